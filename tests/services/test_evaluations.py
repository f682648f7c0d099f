"""services/evaluations.py on a real vault with real keys and real signatures."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

import pytest

from casevault.domain.case import CaseFields
from casevault.domain.clearance import ClearanceState
from casevault.domain.errors import EvaluationIncomplete, InvalidField
from casevault.domain.evaluation import Evaluator, decode_statement
from casevault.services import case_clearance
from casevault.services import cases as case_service
from casevault.services import evaluations as svc
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.errors import (
    AlreadySuperseded,
    EvaluationFinalised,
    EvaluationNotFinalised,
    EvaluatorNotOurs,
)
from casevault.services.evaluations import ProblemKind
from casevault.services.session import Session
from casevault.vault.repos import evaluations as eval_repo

SECRET_NOTE = "Canary-Evaluation-Note-7f3a"
CLEARED = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": SECRET_NOTE}},
    "verdict": "cleared",
    "confidence": "high",
    "notes": SECRET_NOTE,
}


@dataclass
class Screening:
    """A case and two evaluators of our organisation."""

    session: Session
    case_id: uuid.UUID
    a: Evaluator
    b: Evaluator

    def finalised(self, evaluator: Evaluator, **changes: object) -> svc.StoredEvaluation:
        draft = svc.create_draft(self.session, self.case_id, evaluator.id, {**CLEARED, **changes})
        return svc.finalise_evaluation(self.session, draft.evaluation.id)


def new_screening(session: Session) -> Screening:
    """A case and two of our evaluators (also used by test_case_clearance.py)."""
    case = case_service.create_case(session, CaseFields(unit="в/ч 00000"))
    a = svc.add_evaluator(session, "Evaluator A", "screener")
    b = svc.add_evaluator(session, "Evaluator B", "lawyer")
    return Screening(session, case.id, a, b)


@pytest.fixture
def screening(session: Session) -> Screening:
    return new_screening(session)


def _audit(session: Session, record_id: uuid.UUID) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.details) for e in list_audit_entries(session, record_id=str(record_id))]


def test_evaluators_are_ours_and_audited_without_names(screening: Screening) -> None:
    session = screening.session
    assert [e.name for e in svc.list_evaluators(session)] == ["Evaluator A", "Evaluator B"]
    assert _audit(session, screening.a.id) == [("evaluator.add", {})]
    with pytest.raises(InvalidField):
        svc.add_evaluator(session, "")


def test_draft_lifecycle_is_audited_with_ids_and_field_names_only(screening: Screening) -> None:
    session = screening.session
    draft = svc.create_draft(session, str(screening.case_id)[:8], str(screening.a.id)[:8], CLEARED)
    evaluation_id = draft.evaluation.id
    edited = svc.edit_draft(session, evaluation_id, {"verdict": "inconclusive", "notes": "x"})
    assert edited.evaluation.verdict == "inconclusive"
    assert not edited.finalised
    svc.delete_draft(session, str(evaluation_id)[:8])
    assert svc.list_evaluations(session, screening.case_id) == []
    entries = _audit(session, evaluation_id)
    assert [action for action, _ in entries] == [
        "evaluation.delete",
        "evaluation.edit",
        "evaluation.create",
    ]
    assert entries[1][1] == {"fields": ["verdict", "notes"]}
    assert SECRET_NOTE not in json.dumps([details for _, details in entries])
    assert verify_audit_chain(session)[1] is None


def test_finalise_signs_with_both_keys_and_freezes(screening: Screening) -> None:
    session = screening.session
    stored = screening.finalised(screening.a)
    assert stored.finalised
    assert stored.seal is not None
    assert len(stored.seal.sig_ed25519) == 64
    assert len(stored.seal.sig_mldsa65) == 3309
    statement = decode_statement(stored.seal.payload)
    assert statement.evaluation == stored.evaluation
    assert statement.evaluator.name == "Evaluator A"
    assert statement.signer.organisation_id == stored.evaluation.organisation_id
    report = svc.verify_evaluations(session)
    assert (report.checked, report.intact) == (1, True)
    with pytest.raises(EvaluationFinalised):
        svc.edit_draft(session, stored.evaluation.id, {"notes": "changed"})
    with pytest.raises(EvaluationFinalised):
        svc.delete_draft(session, stored.evaluation.id)
    with pytest.raises(EvaluationFinalised):
        svc.finalise_evaluation(session, stored.evaluation.id)
    actions = [action for action, _ in _audit(session, stored.evaluation.id)]
    assert actions == ["evaluation.finalise", "evaluation.create"]


def test_finalise_refuses_an_incomplete_screening(screening: Screening) -> None:
    draft = svc.create_draft(
        screening.session, screening.case_id, screening.a.id, {**CLEARED, "checklist": {}}
    )
    with pytest.raises(EvaluationIncomplete):
        svc.finalise_evaluation(screening.session, draft.evaluation.id)
    assert not svc.get_evaluation(screening.session, draft.evaluation.id).finalised


def test_evaluator_of_another_organisation_cannot_draft_here(screening: Screening) -> None:
    session = screening.session
    partner = Evaluator(
        id=uuid.uuid4(),
        name="Partner Evaluator",
        organisation_id="partner-org",
        created_at=dt.datetime.now(dt.UTC),
    )
    with session.vault.transaction() as conn:
        eval_repo.insert_evaluator(conn, partner)
    with pytest.raises(EvaluatorNotOurs):
        svc.create_draft(session, screening.case_id, partner.id, CLEARED)


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("payload", None, ProblemKind.SIGNATURE),
        ("content", None, ProblemKind.CONTENT_MISMATCH),
        ("verdict", "not_cleared", ProblemKind.CONTENT_MISMATCH),
        ("signer_key_fingerprint", "00" * 32, ProblemKind.KEY_MISMATCH),
        ("signer_org_id", "someone-else", ProblemKind.UNKNOWN_SIGNER),
    ],
)
def test_verify_detects_tampering_behind_the_triggers(
    screening: Screening, column: str, value: str | None, expected: ProblemKind
) -> None:
    session = screening.session
    intact = screening.finalised(screening.a)
    tampered = screening.finalised(screening.b)
    assert tampered.seal is not None
    tampered_id = str(tampered.evaluation.id)
    if column == "payload":
        value = tampered.seal.payload.replace(b'"cleared"', b'"inconclusive"')
    elif column == "content":
        value = tampered.evaluation.model_copy(update={"notes": "rewritten"}).model_dump_json()
    # Someone holding the database key drops the trigger and rewrites the row.
    with session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER evaluations_finalised_no_update")
        conn.execute(
            f"UPDATE evaluations SET {column} = ? WHERE id = ?",
            (value, tampered_id),
        )
    report = svc.verify_evaluations(session)
    assert report.checked == 2
    assert not report.intact
    assert [(p.evaluation_id, p.kind) for p in report.problems] == [(tampered_id, expected)]
    assert str(intact.evaluation.id) not in {p.evaluation_id for p in report.problems}


def test_supersede_keeps_both_and_changes_clearance(screening: Screening) -> None:
    session = screening.session
    screening.finalised(screening.a)
    old = screening.finalised(screening.b, verdict="not_cleared")
    assert case_clearance.explain_clearance(session, screening.case_id).explanation.state is (
        ClearanceState.BLOCKED
    )
    correction = svc.supersede_evaluation(session, old.evaluation.id, {"verdict": "cleared"})
    assert correction.evaluation.supersedes == old.evaluation.id
    assert correction.evaluation.evaluator_id == screening.b.id
    assert not correction.finalised
    # A draft correction changes nothing yet.
    assert not case_clearance.explain_clearance(session, screening.case_id).explanation.cleared
    with pytest.raises(AlreadySuperseded):
        svc.supersede_evaluation(session, old.evaluation.id, {})
    with pytest.raises(EvaluationNotFinalised):
        svc.supersede_evaluation(session, correction.evaluation.id, {})
    svc.finalise_evaluation(session, correction.evaluation.id)
    report = case_clearance.explain_clearance(session, screening.case_id)
    assert report.explanation.cleared
    listed = svc.list_evaluations(session, screening.case_id)
    assert len(listed) == 3
    assert svc.get_evaluation(session, old.evaluation.id).superseded_by == correction.evaluation.id
    assert svc.verify_evaluations(session).intact
    details = _audit(session, correction.evaluation.id)[-1][1]
    assert details["supersedes"] == str(old.evaluation.id)


def test_cleared_cannot_be_set_by_hand(screening: Screening) -> None:
    with pytest.raises(InvalidField) as info:
        case_service.edit_case(screening.session, screening.case_id, {"status": "cleared"})
    assert info.value.field == "status"


def test_verification_can_be_limited_to_some_cases(session: Session) -> None:
    person = svc.add_evaluator(session, "Evaluator A")
    cases = [case_service.create_case(session, CaseFields(notes=str(i))).id for i in range(2)]
    for case_id in cases:
        draft = svc.create_draft(session, case_id, person.id, CLEARED)
        svc.finalise_evaluation(session, draft.evaluation.id)
    assert svc.verify_evaluations(session).checked == 2
    one = svc.verify_evaluations(session, [cases[0]])
    assert one.checked == 1
    assert one.intact
    assert svc.verify_evaluations(session, []).checked == 0


def test_evaluator_names_with_hidden_characters_are_refused_here_first(
    screening: Screening,
) -> None:
    """Partners refuse a signed evaluator name with bidi or invisible characters; so a name
    like that must never get into our own signed evaluations in the first place."""
    from casevault.domain.errors import UnsafeName

    session = screening.session
    before = [e.name for e in svc.list_evaluators(session)]
    for hostile in ("Anna\u202eK.", "Anna\u200bK.", "Anna\x00K."):
        with pytest.raises((UnsafeName, InvalidField)):
            svc.add_evaluator(session, hostile)
    with pytest.raises(UnsafeName):
        svc.add_evaluator(session, "Anna K.", "interviewer\u200e")
    assert [e.name for e in svc.list_evaluators(session)] == before
