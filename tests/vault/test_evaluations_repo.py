"""vault/repos/evaluations.py and the triggers of migrations/0002: finalised rows are final."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from casevault.domain.case import CaseFields
from casevault.domain.evaluation import EvaluationState, Evaluator, validate_evaluation
from casevault.services import cases as case_service
from casevault.services.session import Session
from casevault.vault.connection import IntegrityError
from casevault.vault.errors import RecordImmutable, RecordNotFound
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos.evaluations import EvaluationSeal
from casevault.vault.repos.short_ids import IdTable, find_ids_by_prefix

NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


def _seal() -> EvaluationSeal:
    return EvaluationSeal(
        signer_org_id="org",
        signer_key_fingerprint="ab" * 32,
        finalised_at=NOW,
        payload=b"{}",
        sig_ed25519=b"e" * 64,
        sig_mldsa65=b"m" * 3309,
    )


@pytest.fixture
def draft_id(session: Session) -> uuid.UUID:
    """A stored draft evaluation of a new case by a new evaluator."""
    case = case_service.create_case(session, CaseFields(unit="в/ч 00000"))
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        evaluator = Evaluator(
            id=uuid.uuid4(), name="Evaluator A", role="", organisation_id=org.id, created_at=NOW
        )
        eval_repo.insert_evaluator(conn, evaluator)
        evaluation = validate_evaluation(
            {
                "id": str(uuid.uuid4()),
                "case_id": str(case.id),
                "evaluator_id": str(evaluator.id),
                "organisation_id": org.id,
                "date": "2024-05-01",
                "verdict": "inconclusive",
                "confidence": "low",
            }
        )
        eval_repo.insert_draft(conn, evaluation, NOW)
    return evaluation.id


def test_draft_round_trip_edit_and_delete(session: Session, draft_id: uuid.UUID) -> None:
    with session.vault.transaction() as conn:
        stored = eval_repo.get_evaluation(conn, draft_id)
        assert stored.state is EvaluationState.DRAFT
        assert stored.seal is None
        edited = stored.evaluation.model_copy(update={"notes": "more"})
        eval_repo.update_draft(conn, edited, NOW)
        assert eval_repo.get_evaluation(conn, draft_id).evaluation.notes == "more"
        assert find_ids_by_prefix(conn, IdTable.EVALUATIONS, str(draft_id)[:6]) == [str(draft_id)]
        eval_repo.delete_draft(conn, draft_id)
        with pytest.raises(RecordNotFound):
            eval_repo.get_evaluation(conn, draft_id)


def test_finalised_row_refuses_update_and_delete_through_the_repo(
    session: Session, draft_id: uuid.UUID
) -> None:
    with session.vault.transaction() as conn:
        eval_repo.finalise(conn, draft_id, _seal())
        stored = eval_repo.get_evaluation(conn, draft_id)
        assert stored.finalised
        assert stored.seal == _seal()
        with pytest.raises(RecordImmutable):
            eval_repo.update_draft(conn, stored.evaluation, NOW)
        with pytest.raises(RecordImmutable):
            eval_repo.delete_draft(conn, draft_id)
        with pytest.raises(RecordImmutable):
            eval_repo.finalise(conn, draft_id, _seal())


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE evaluations SET verdict = 'cleared' WHERE id = ?",
        "UPDATE evaluations SET payload = x'00' WHERE id = ?",
        "UPDATE evaluations SET state = 'draft', finalised_at = NULL, payload = NULL,"
        " sig_ed25519 = NULL, sig_mldsa65 = NULL, signer_org_id = NULL,"
        " signer_key_fingerprint = NULL WHERE id = ?",
        "DELETE FROM evaluations WHERE id = ?",
    ],
)
def test_database_itself_refuses_raw_sql_on_finalised_rows(
    session: Session, draft_id: uuid.UUID, statement: str
) -> None:
    with session.vault.transaction() as conn:
        eval_repo.finalise(conn, draft_id, _seal())
    with pytest.raises(IntegrityError, match="immutable"), session.vault.transaction() as conn:
        conn.execute(statement, (str(draft_id),))
    with session.vault.reading() as conn:
        stored = eval_repo.get_evaluation(conn, draft_id)
    assert stored.finalised
    assert stored.seal == _seal()


def test_raw_sql_may_still_change_a_draft(session: Session, draft_id: uuid.UUID) -> None:
    with session.vault.transaction() as conn:
        conn.execute("UPDATE evaluations SET verdict = 'cleared' WHERE id = ?", (str(draft_id),))
        conn.execute("DELETE FROM evaluations WHERE id = ?", (str(draft_id),))
        assert eval_repo.list_evaluations(conn) == []


def test_a_draft_cannot_carry_a_signature(session: Session, draft_id: uuid.UUID) -> None:
    with pytest.raises(IntegrityError), session.vault.transaction() as conn:
        conn.execute("UPDATE evaluations SET payload = x'00' WHERE id = ?", (str(draft_id),))


def test_evaluator_of_a_finalised_evaluation_is_immutable(
    session: Session, draft_id: uuid.UUID
) -> None:
    with session.vault.transaction() as conn:
        evaluator_id = eval_repo.get_evaluation(conn, draft_id).evaluation.evaluator_id
        conn.execute("UPDATE evaluators SET role = 'x' WHERE id = ?", (str(evaluator_id),))
        eval_repo.finalise(conn, draft_id, _seal())
    with pytest.raises(IntegrityError), session.vault.transaction() as conn:
        conn.execute("UPDATE evaluators SET name = 'Someone' WHERE id = ?", (str(evaluator_id),))
    with pytest.raises(IntegrityError), session.vault.transaction() as conn:
        conn.execute("DELETE FROM evaluators WHERE id = ?", (str(evaluator_id),))


def test_successor_is_listed_and_unique(session: Session, draft_id: uuid.UUID) -> None:
    with session.vault.transaction() as conn:
        eval_repo.finalise(conn, draft_id, _seal())
        old = eval_repo.get_evaluation(conn, draft_id).evaluation
        correction = old.model_copy(update={"id": uuid.uuid4(), "supersedes": draft_id})
        eval_repo.insert_draft(conn, correction, NOW)
        assert eval_repo.find_successor(conn, draft_id, old.organisation_id) == correction.id
        # A draft correction does not yet supersede.
        assert eval_repo.get_evaluation(conn, draft_id).superseded_by is None
        eval_repo.finalise(conn, correction.id, _seal())
        assert eval_repo.get_evaluation(conn, draft_id).superseded_by == correction.id
        second = old.model_copy(update={"id": uuid.uuid4(), "supersedes": draft_id})
        with pytest.raises(IntegrityError):
            eval_repo.insert_draft(conn, second, NOW)
        listed = {s.evaluation.id for s in eval_repo.list_evaluations(conn, old.case_id)}
        assert listed == {draft_id, correction.id}
        sealed = {row.id for row in eval_repo.iter_sealed_rows(conn)}
        assert sealed == {str(draft_id), str(correction.id)}


def test_another_organisations_record_is_no_successor_and_blocks_none(
    session: Session, draft_id: uuid.UUID
) -> None:
    """A partner's record naming our evaluation (as imports stored before migration 0012) is not
    its correction: it is not listed as one, and our own correction can still be stored."""
    with session.vault.transaction() as conn:
        eval_repo.finalise(conn, draft_id, _seal())
        old = eval_repo.get_evaluation(conn, draft_id).evaluation
        partner_evaluator = Evaluator(
            id=uuid.uuid4(), name="Partner", role="", organisation_id="partner", created_at=NOW
        )
        eval_repo.insert_evaluator(conn, partner_evaluator)
        foreign = old.model_copy(
            update={
                "id": uuid.uuid4(),
                "supersedes": draft_id,
                "organisation_id": "partner",
                "evaluator_id": partner_evaluator.id,
            }
        )
        eval_repo.insert_received(conn, foreign, _seal(), NOW)
        assert eval_repo.find_successor(conn, draft_id, old.organisation_id) is None
        assert eval_repo.get_evaluation(conn, draft_id).superseded_by is None
        ours = old.model_copy(update={"id": uuid.uuid4(), "supersedes": draft_id})
        eval_repo.insert_draft(conn, ours, NOW)
        eval_repo.finalise(conn, ours.id, _seal())
        assert eval_repo.get_evaluation(conn, draft_id).superseded_by == ours.id
