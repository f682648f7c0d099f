"""services/signer_trust.py and its use: only evaluations signed by us or by a verified,
non-revoked partner count, checked when they arrive and whenever clearance is computed."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.clearance import ClearanceState, NoteKind, SignerStanding
from casevault.domain.organisation import VerificationMethod
from casevault.services import case_clearance, case_list, import_verify, imports, statistics
from casevault.services import evaluations as ev
from casevault.services import partners as partner_service
from casevault.services.errors import EvaluationNotFound
from casevault.services.evaluation_intake import EvaluationRefusal
from casevault.services.signer_trust import describe_signers
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, make_org
from tests.support.screening import new_case, signed_evaluation


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org, Org]]:
    """Berlin and Paris verified to each other, Paris and Yerevan too. How Yerevan knows Berlin
    is up to each test."""
    berlin, paris, yerevan = (make_org(tmp_path, n) for n in ("berlin", "paris", "yerevan"))
    introduce(berlin, paris)
    introduce(paris, yerevan)
    yield berlin, paris, yerevan
    for org in (berlin, paris, yerevan):
        org.session.close()


def _screened_by_berlin_and_paris(berlin: Org, paris: Org) -> tuple[str, uuid.UUID, uuid.UUID]:
    """A case cleared at Paris by one Berlin and one Paris evaluation."""
    case_id = new_case(berlin)
    by_berlin = signed_evaluation(berlin, case_id, "Evaluator A")
    import_bytes(paris, export_bytes(berlin, paris))
    by_paris = signed_evaluation(paris, case_id, "Evaluator B")
    assert case_clearance.explain_clearance(paris.session, case_id).explanation.cleared
    return case_id, by_berlin, by_paris


def _relay_to_yerevan(paris: Org, yerevan: Org) -> imports.ImportPreview:
    """Paris sends the case with both evaluations to Yerevan, which applies it."""
    staged = import_verify.verify_and_stage(
        yerevan.session, io.BytesIO(export_bytes(paris, yerevan))
    )
    preview = imports.preview_import(yerevan.session, staged)
    imports.apply_import(yerevan.session, staged)
    return preview


def _untrusted_notes(org: Org, case_id: str) -> list[tuple[uuid.UUID, SignerStanding | None]]:
    notes = case_clearance.explain_clearance(org.session, case_id).explanation.notes
    return [(n.evaluation_id, n.signer) for n in notes if n.kind is NoteKind.UNTRUSTED_SIGNER]


def _verify_by_short_code(org: Org, partner: Org) -> None:
    details = partner_service.show_partner(org.session, partner.org_id)
    partner_service.verify_partner(
        org.session, partner.org_id, VerificationMethod.SHORT_CODE, details.short_code
    )


def test_the_standing_of_each_signer(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, yerevan = orgs
    introduce(berlin, yerevan, verify=False)
    trust = describe_signers(yerevan.session)
    assert trust[yerevan.org_id].standing is SignerStanding.OURS
    assert trust[paris.org_id].standing is SignerStanding.VERIFIED
    assert trust[berlin.org_id].standing is SignerStanding.UNVERIFIED
    partner_service.revoke_partner(yerevan.session, paris.org_id)
    revoked = describe_signers(yerevan.session)[paris.org_id]
    assert revoked.standing is SignerStanding.REVOKED
    assert revoked.revoked_at is not None
    # A verified signer's evaluation signed with a key that is not theirs does not count.
    own = trust[yerevan.org_id]
    assert own.standing_for_key("00" * 32) is SignerStanding.UNKNOWN_KEY
    assert own.standing_for_key(next(iter(own.fingerprints))) is SignerStanding.OURS


def test_relayed_evaluation_of_an_unverified_partner_is_kept_marked_and_not_counted(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, yerevan = orgs
    introduce(berlin, yerevan, verify=False)
    case_id, by_berlin, by_paris = _screened_by_berlin_and_paris(berlin, paris)
    preview = _relay_to_yerevan(paris, yerevan)
    assert (preview.new_evaluations, preview.uncounted_evaluations) == (2, 1)
    report = case_clearance.explain_clearance(yerevan.session, case_id)
    assert not report.explanation.cleared
    assert len(report.explanation.clearing_evaluators) == 1  # "1 of 2"
    assert _untrusted_notes(yerevan, case_id) == [(by_berlin, SignerStanding.UNVERIFIED)]
    assert report.signers[berlin.org_id].name == "berlin"
    verification = ev.verify_evaluations(yerevan.session)
    assert verification.intact
    assert [(u.evaluation_id, u.standing, u.signature_valid) for u in verification.not_counted] == [
        (str(by_berlin), SignerStanding.UNVERIFIED, True)
    ]
    # Once Yerevan verifies Berlin in person, Berlin's evaluation counts.
    _verify_by_short_code(yerevan, berlin)
    assert case_clearance.explain_clearance(yerevan.session, case_id).explanation.cleared
    assert ev.verify_evaluations(yerevan.session).not_counted == ()
    assert by_paris in {s.evaluation.id for s in ev.list_evaluations(yerevan.session, case_id)}


def test_relayed_evaluation_of_a_revoked_partner_is_refused(orgs: tuple[Org, Org, Org]) -> None:
    berlin, paris, yerevan = orgs
    introduce(berlin, yerevan)
    partner_service.revoke_partner(yerevan.session, berlin.org_id)
    case_id, by_berlin, _ = _screened_by_berlin_and_paris(berlin, paris)
    preview = _relay_to_yerevan(paris, yerevan)
    assert [(r.evaluation_id, r.reason) for r in preview.refused_evaluations] == [
        (by_berlin, EvaluationRefusal.SIGNER_REVOKED)
    ]
    assert preview.new_evaluations == 1
    with pytest.raises(EvaluationNotFound):
        ev.get_evaluation(yerevan.session, by_berlin)
    report = case_clearance.explain_clearance(yerevan.session, case_id)
    assert not report.explanation.cleared
    assert len(report.explanation.clearing_evaluators) == 1


def test_revoking_a_partner_later_withdraws_its_evaluations_everywhere(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, yerevan = orgs
    introduce(berlin, yerevan)
    case_id, by_berlin, _ = _screened_by_berlin_and_paris(berlin, paris)
    _relay_to_yerevan(paris, yerevan)
    session = yerevan.session
    assert case_clearance.explain_clearance(session, case_id).explanation.cleared
    # The case list filter is computed (and cached) while Berlin is still trusted.
    assert [str(c.id) for c in case_list.list_cases(session, clearance="cleared")] == [case_id]
    assert statistics.compute_statistics(session).clearance.cleared == 1

    partner_service.revoke_partner(session, berlin.org_id)

    report = case_clearance.explain_clearance(session, case_id)
    assert report.explanation.state is ClearanceState.PENDING
    assert _untrusted_notes(yerevan, case_id) == [(by_berlin, SignerStanding.REVOKED)]
    assert report.signers[berlin.org_id].revoked_at is not None
    assert case_list.list_cases(session, clearance="cleared") == []
    assert case_list.count_cases(session, clearance="cleared") == 0
    assert [str(c.id) for c in case_list.list_cases(session, clearance="pending")] == [case_id]
    counts = statistics.compute_statistics(session).clearance
    assert (counts.cleared, counts.pending) == (0, 1)
    assert [(u.evaluation_id, u.standing) for u in ev.verify_evaluations(session).not_counted] == [
        (str(by_berlin), SignerStanding.REVOKED)
    ]
