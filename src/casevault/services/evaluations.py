"""Screening use cases: evaluators, draft evaluations, signing and corrections (verification
is services/evaluation_verify.py, the clearance policy and explanation services/
case_clearance.py). Every change is one transaction with one audit entry whose details hold ids
and field names only. Spec: docs/spec/evaluation.md.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from casevault.crypto.signing import sign, verify
from casevault.domain.audit_actions import AuditAction
from casevault.domain.errors import InvalidField
from casevault.domain.evaluation import (
    EDITABLE_FIELDS,
    SIGNING_CONTEXT,
    Evaluator,
    apply_draft_changes,
    changed_fields,
    check_ready_to_finalise,
    encode_statement,
    make_statement,
    new_evaluator,
    validate_evaluation,
)
from casevault.domain.field_problems import Problem
from casevault.domain.outside_names import check_display_name
from casevault.services import cases as case_service
from casevault.services.errors import (
    AlreadySuperseded,
    CaseDeleted,
    EvaluationFinalised,
    EvaluationNotFinalised,
    EvaluationNotFound,
    EvaluatorNotFound,
    EvaluatorNotOurs,
)
from casevault.services.evaluation_verify import (
    EvaluationProblem,
    ProblemKind,
    UncountedEvaluation,
    VerificationReport,
    verify_evaluations,
)
from casevault.services.session import Session
from casevault.services.short_ids import IdKind, resolve_uuid
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos.evaluations import EvaluationSeal, StoredEvaluation

# Verification lives in services/evaluation_verify.py; its names stay importable from here.
__all__ = [
    "EvaluationProblem",
    "ProblemKind",
    "StoredEvaluation",
    "UncountedEvaluation",
    "VerificationReport",
    "verify_evaluations",
]

_ID_PREFIX = re.compile(r"^[0-9a-fA-F-]{4,36}$")


def _resolve(conn: Connection, record_type: str, ref: str | uuid.UUID) -> uuid.UUID:
    kind = IdKind.EVALUATOR if record_type == "evaluator" else IdKind.EVALUATION
    return resolve_uuid(conn, kind, ref)


def _load(conn: Connection, ref: str | uuid.UUID) -> StoredEvaluation:
    try:
        return eval_repo.get_evaluation(conn, _resolve(conn, "evaluation", ref))
    except RecordNotFound as exc:
        raise EvaluationNotFound(str(ref)) from exc


def _load_evaluator(conn: Connection, ref: str | uuid.UUID) -> Evaluator:
    try:
        return eval_repo.get_evaluator(conn, _resolve(conn, "evaluator", ref))
    except RecordNotFound as exc:
        raise EvaluatorNotFound(str(ref)) from exc


def _load_draft(conn: Connection, ref: str | uuid.UUID) -> StoredEvaluation:
    stored = _load(conn, ref)
    if stored.finalised:
        raise EvaluationFinalised(str(stored.evaluation.id))
    return stored


# ---- evaluators ---------------------------------------------------------------------------


def add_evaluator(session: Session, name: str, role: str = "") -> Evaluator:
    """Record a person of our organisation who screens cases. Audited (id only).

    The name and role go into every evaluation this person signs, and partners refuse a signed
    name with control, bidi or invisible characters: refused here first (UnsafeName)."""
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        evaluator = new_evaluator(name, role, org.id, session.clock())  # bounds: InvalidField
        check_display_name(evaluator.name)
        if evaluator.role:
            check_display_name(evaluator.role)
        eval_repo.insert_evaluator(conn, evaluator)
        session.audit(conn, AuditAction.EVALUATOR_ADD, "evaluator", str(evaluator.id))
    return evaluator


def list_evaluators(session: Session) -> list[Evaluator]:
    """Every known evaluator, by name."""
    with session.vault.reading() as conn:
        return eval_repo.list_evaluators(conn)


# ---- drafts -------------------------------------------------------------------------------


def create_draft(
    session: Session,
    case_ref: str | uuid.UUID,
    evaluator_ref: str | uuid.UUID,
    fields: dict[str, Any],
) -> StoredEvaluation:
    """A new draft evaluation of a case by one of our evaluators.

    `fields` holds the editable fields (domain/evaluation.py EDITABLE_FIELDS). Raises
    CaseNotFound, CaseDeleted, EvaluatorNotFound, EvaluatorNotOurs, InvalidField.
    """
    case = case_service.get_case(session, case_ref)
    if case.deleted:
        raise CaseDeleted(str(case.id))
    with session.vault.transaction() as conn:
        evaluator = _load_evaluator(conn, evaluator_ref)
        if evaluator.organisation_id != org_repo.get_own_organisation(conn).id:
            raise EvaluatorNotOurs(str(evaluator.id))
        fixed = sorted(set(fields) - set(EDITABLE_FIELDS))
        if fixed:
            raise InvalidField(fixed[0], Problem.NOT_EDITABLE)
        evaluation = validate_evaluation(
            {
                **fields,
                "id": str(uuid.uuid4()),
                "case_id": str(case.id),
                "evaluator_id": str(evaluator.id),
                "organisation_id": evaluator.organisation_id,
            }
        )
        eval_repo.insert_draft(conn, evaluation, session.clock())
        session.audit(
            conn,
            AuditAction.EVALUATION_CREATE,
            "evaluation",
            str(evaluation.id),
            {"case": str(case.id), "evaluator": str(evaluator.id)},
        )
        return eval_repo.get_evaluation(conn, evaluation.id)


def edit_draft(
    session: Session, evaluation_ref: str | uuid.UUID, changes: dict[str, Any]
) -> StoredEvaluation:
    """Change fields of a draft. Raises EvaluationFinalised for a signed one, InvalidField.
    Audited with the names of the changed fields, never their values."""
    with session.vault.transaction() as conn:
        stored = _load_draft(conn, evaluation_ref)
        updated = apply_draft_changes(stored.evaluation, changes)
        changed = changed_fields(stored.evaluation, updated)
        if not changed:
            return stored
        eval_repo.update_draft(conn, updated, session.clock())
        session.audit(
            conn, AuditAction.EVALUATION_EDIT, "evaluation", str(updated.id), {"fields": changed}
        )
        return eval_repo.get_evaluation(conn, updated.id)


def delete_draft(session: Session, evaluation_ref: str | uuid.UUID) -> uuid.UUID:
    """Delete a draft for good (it was never signed). EvaluationFinalised for a signed one."""
    with session.vault.transaction() as conn:
        stored = _load_draft(conn, evaluation_ref)
        evaluation = stored.evaluation
        eval_repo.delete_draft(conn, evaluation.id)
        session.audit(
            conn,
            AuditAction.EVALUATION_DELETE,
            "evaluation",
            str(evaluation.id),
            {"case": str(evaluation.case_id)},
        )
    return evaluation.id


# ---- signing and correcting ---------------------------------------------------------------


def finalise_evaluation(session: Session, evaluation_ref: str | uuid.UUID) -> StoredEvaluation:
    """Sign a draft with our organisation's Ed25519 and ML-DSA-65 keys; from then on the database
    refuses any change to it. Both signatures are verified before anything is stored.

    Raises EvaluationFinalised, EvaluationIncomplete, EvaluatorNotOurs.
    """
    with session.vault.transaction() as conn:
        stored = _load_draft(conn, evaluation_ref)
        evaluation = stored.evaluation
        check_ready_to_finalise(evaluation)
        evaluator = eval_repo.get_evaluator(conn, evaluation.evaluator_id)
        org = org_repo.get_own_organisation(conn)
        if evaluation.organisation_id != org.id or evaluator.organisation_id != org.id:
            raise EvaluatorNotOurs(str(evaluator.id))
        now = session.clock()
        fingerprint = org.public_keys.fingerprint().hex()
        payload = encode_statement(make_statement(evaluation, evaluator, fingerprint, now))
        signature = sign(org_repo.get_own_private_keys(conn), SIGNING_CONTEXT, payload)
        verify(org.public_keys, SIGNING_CONTEXT, payload, signature)
        seal = EvaluationSeal(
            signer_org_id=org.id,
            signer_key_fingerprint=fingerprint,
            finalised_at=now,
            payload=payload,
            sig_ed25519=signature.ed25519,
            sig_mldsa65=signature.mldsa65,
        )
        eval_repo.finalise(conn, evaluation.id, seal)
        details = {"case": str(evaluation.case_id), "evaluator": str(evaluator.id)}
        if evaluation.supersedes is not None:
            details["supersedes"] = str(evaluation.supersedes)
        session.audit(
            conn, AuditAction.EVALUATION_FINALISE, "evaluation", str(evaluation.id), details
        )
        return eval_repo.get_evaluation(conn, evaluation.id)


def supersede_evaluation(
    session: Session, evaluation_ref: str | uuid.UUID, changes: dict[str, Any]
) -> StoredEvaluation:
    """Start a correction: a new draft by the same evaluator, copying the finalised evaluation
    with `changes` applied and naming it in `supersedes`. The old one stays visible; it stops
    counting once the correction is finalised. Only the organisation that signed an evaluation
    corrects it: a partner's evaluation is refused here (EvaluatorNotOurs), and a partner's
    record that names ours as superseded is no correction and does not stand in the way.

    Raises EvaluationNotFinalised, EvaluatorNotOurs, AlreadySuperseded, InvalidField.
    """
    with session.vault.transaction() as conn:
        old = _load(conn, evaluation_ref)
        old_id = old.evaluation.id
        if not old.finalised:
            raise EvaluationNotFinalised(str(old_id))
        own_id = org_repo.get_own_organisation(conn).id
        if old.evaluation.organisation_id != own_id:
            raise EvaluatorNotOurs(str(old.evaluation.evaluator_id))
        successor = eval_repo.find_successor(conn, old_id, own_id)
        if successor is not None:
            raise AlreadySuperseded(str(old_id), str(successor))
        copy = old.evaluation.model_copy(update={"id": uuid.uuid4(), "supersedes": old_id})
        correction = apply_draft_changes(copy, changes)
        eval_repo.insert_draft(conn, correction, session.clock())
        session.audit(
            conn,
            AuditAction.EVALUATION_SUPERSEDE,
            "evaluation",
            str(correction.id),
            {"case": str(correction.case_id), "supersedes": str(old_id), "fields": sorted(changes)},
        )
        return eval_repo.get_evaluation(conn, correction.id)


# ---- reading ------------------------------------------------------------------------------


def list_evaluations(
    session: Session, case_ref: str | uuid.UUID | None = None
) -> list[StoredEvaluation]:
    """Evaluations of one case (or all), oldest first; superseded ones included and flagged."""
    case_id = case_service.get_case(session, case_ref).id if case_ref is not None else None
    with session.vault.reading() as conn:
        return eval_repo.list_evaluations(conn, case_id)


def get_evaluation(session: Session, evaluation_ref: str | uuid.UUID) -> StoredEvaluation:
    """One evaluation by id or unambiguous prefix."""
    with session.vault.reading() as conn:
        return _load(conn, evaluation_ref)


def get_evaluator(session: Session, evaluator_ref: str | uuid.UUID) -> Evaluator:
    """One evaluator by id or unambiguous prefix."""
    with session.vault.reading() as conn:
        return _load_evaluator(conn, evaluator_ref)
