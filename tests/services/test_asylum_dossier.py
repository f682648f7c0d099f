"""The asylum dossier model from a real vault: profile-cut identity with spellings, the
chronology with flags, proofs, evaluations with their real signature state."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from casevault.domain.chronology import FlagKind
from casevault.domain.timeline_kinds import EventKind
from casevault.services import evaluations as eval_service
from casevault.services.asylum_dossier import SignatureState, collect_asylum_dossier
from casevault.services.errors import ProfileNotFound
from casevault.services.session import Session
from tests.support.asylum_case import CONTACT, SCREENSHOT, make_asylum_case


def test_the_model_holds_what_the_dossier_shows(session: Session) -> None:
    case_id = make_asylum_case(session)
    dossier = collect_asylum_dossier(session, case_id, "fr", "standard")
    identity = dossier.identity
    assert identity.name_cyrillic == "Чувиляев Сергей Юрьевич"
    assert identity.name_latin == "Chuviliaev Sergei"
    assert identity.aliases == ("Tchouviliaev",)
    spellings = dict(identity.spellings)
    assert spellings["ICAO"] == "Chuviliaev Sergei Iurevich"
    assert spellings["German"].startswith("Tschuwiljajew")
    assert identity.service_type == "mobilised"
    assert identity.unit == "в/ч 00000"
    kinds = [entry.kind for entry in dossier.chronology.entries]
    assert kinds == [
        EventKind.SUMMONS,
        EventKind.EXIT_BAN,
        EventKind.DEPARTURE,
        EventKind.CROSSING,
        EventKind.ARRIVAL,
    ]  # the free "call" is not a step
    assert dossier.chronology.flags == ()
    [proof] = dossier.proofs
    assert proof.filename == "register.png"
    assert proof.sha256 == hashlib.sha256(SCREENSHOT).hexdigest()
    assert proof.size == len(SCREENSHOT)
    assert proof.origin == dossier.organisation_name
    states = [row.state for row in dossier.evaluations]
    assert sorted(states) == [
        SignatureState.DRAFT,
        SignatureState.VERIFIED,
        SignatureState.VERIFIED,
    ]
    assert {row.evaluator for row in dossier.evaluations} == {"Evaluator Alpha", "Evaluator Beta"}
    assert {row.organisation for row in dossier.evaluations} == {dossier.organisation_name}
    assert dossier.clearance == "cleared"
    assert CONTACT not in repr(dossier)
    assert "Our Caseworker" not in repr(dossier)


def test_the_minimal_profile_withholds_unit_and_rank(session: Session) -> None:
    case_id = make_asylum_case(session)
    dossier = collect_asylum_dossier(session, case_id, "en", "minimal")
    assert dossier.identity.unit == ""
    assert dossier.identity.rank == ""
    assert dossier.identity.name_cyrillic
    assert "unit" in dossier.withheld
    with pytest.raises(ProfileNotFound):
        collect_asylum_dossier(session, case_id, "en", "no-such-profile")
    with pytest.raises(ValueError, match="language"):
        collect_asylum_dossier(session, case_id, "de", "standard")


def test_an_early_departure_is_flagged(session: Session) -> None:
    case_id = make_asylum_case(session, departure="2025-02-20")
    flags = collect_asylum_dossier(session, case_id).chronology.flags
    assert flags[0].kind is FlagKind.DEPARTURE_BEFORE_CALLUP
    assert flags[0].dates == (dt.date(2025, 2, 20), dt.date(2025, 3, 1))


def test_a_tampered_evaluation_is_reported_as_not_verifying(session: Session) -> None:
    case_id = make_asylum_case(session)
    signed = [s for s in eval_service.list_evaluations(session, case_id) if s.finalised]
    target = signed[0]
    assert target.seal is not None
    with session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER evaluations_finalised_no_update")
        conn.execute(
            "UPDATE evaluations SET payload = ? WHERE id = ?",
            (
                target.seal.payload.replace(b'"cleared"', b'"inconclusive"'),
                str(target.evaluation.id),
            ),
        )
    rows = {r.evaluation_id: r.state for r in collect_asylum_dossier(session, case_id).evaluations}
    assert rows[target.evaluation.id] is SignatureState.INVALID
    assert rows[signed[1].evaluation.id] is SignatureState.VERIFIED


def test_proofs_carry_provenance_derived_copies_and_examination_notes(session: Session) -> None:
    import io

    from casevault.domain.examination import ExaminationResult
    from casevault.services import attachments as attachment_service
    from casevault.services.examination_verify import NoteStatus
    from casevault.services.examinations import examine_attachment

    case_id = make_asylum_case(session)
    original = attachment_service.add_attachment(
        session,
        case_id,
        io.BytesIO(b"%PDF-1.4 summons"),
        "summons.pdf",
        received_from="the man himself, by Signal",
        received_on=dt.date(2025, 3, 20),
    )
    attachment_service.derive_attachment(
        session, original.id, io.BytesIO(b"%PDF-1.4 redacted"), "summons-redacted.pdf", "crop"
    )
    examiner = eval_service.add_evaluator(session, "Evaluator Gamma", "document examiner")
    examine_attachment(session, original.id, examiner.id, "anomalies", "date typed later")
    dossier = collect_asylum_dossier(session, case_id, "en", "standard")
    proofs = {proof.filename: proof for proof in dossier.proofs}
    summons = proofs["summons.pdf"]
    assert (summons.received_from, summons.received_on) == (
        "the man himself, by Signal",
        dt.date(2025, 3, 20),
    )
    [note] = summons.notes
    assert (note.examiner, note.result, note.text) == (
        "Evaluator Gamma",
        ExaminationResult.ANOMALIES,
        "date typed later",
    )
    assert note.status is NoteStatus.VERIFIED
    assert summons.has_anomalies
    derived = proofs["summons-redacted.pdf"]
    assert (derived.derived_from, derived.derived_how) == ("summons.pdf", "crop")
    assert proofs["register.png"].received_from is None  # provenance not recorded
