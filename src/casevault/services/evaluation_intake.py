"""Import: which received evaluations (their signatures already verified) are refused, and why.

A signed evaluation may be well-formed and correctly signed and still claim what its signer may
not claim. Refused, each with a reason for the import preview:

* it names another organisation's evaluation in `supersedes` (only the organisation that signed
  an evaluation corrects it: a partner must not be able to "correct" our "not cleared" away, nor
  make our own correction impossible by taking its place);
* it names as its evaluator a person we hold as another organisation's evaluator (the clearance
  rule counts people, and a borrowed evaluator id would let a partner speak for ours);
* its signer is a partner whose keys we revoked (whoever seized that laptop can sign anything).

A refused evaluation is not stored; the rest of the bundle is applied as usual. Evaluations of
an unverified partner are not refused: they are stored for reference, marked and never counted
until the partner is verified (services/signer_trust.py). Spec: docs/sync.md, "Evaluations".
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from casevault.domain.clearance import SignerStanding
from casevault.domain.evaluation import EvaluationStatement
from casevault.exchange.plan_types import EvaluationRefusal
from casevault.services.signer_trust import SignerTrust, trust_of
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import evaluations as eval_repo

__all__ = ["EvaluationRefusal", "RefusedEvaluation", "refusal_reason", "refuse"]


@dataclass(frozen=True)
class RefusedEvaluation:
    """One evaluation of a bundle that will not be stored, and why."""

    evaluation_id: uuid.UUID
    case_id: uuid.UUID
    signer_org_id: str
    reason: EvaluationRefusal


def _organisation_of(
    conn: Connection, evaluation_id: uuid.UUID, in_bundle: Mapping[uuid.UUID, str]
) -> str | None:
    try:
        return eval_repo.get_evaluation(conn, evaluation_id).evaluation.organisation_id
    except RecordNotFound:
        return in_bundle.get(evaluation_id)


def refusal_reason(
    conn: Connection,
    statement: EvaluationStatement,
    trust: Mapping[str, SignerTrust],
    in_bundle: Mapping[uuid.UUID, str],
) -> EvaluationRefusal | None:
    """Why this verified statement must not be stored, or None. `in_bundle` maps the ids of the
    other evaluations of the same bundle to their signing organisation (a correction may travel
    with what it corrects). The statement's own organisation fields are already known to agree
    (domain/evaluation.py: evaluation, evaluator and signer name the same organisation)."""
    signer = statement.signer.organisation_id
    if trust_of(trust, signer).standing is SignerStanding.REVOKED:
        return EvaluationRefusal.SIGNER_REVOKED
    target = statement.evaluation.supersedes
    if target is not None:
        owner = _organisation_of(conn, target, in_bundle)
        if owner is not None and owner != signer:
            return EvaluationRefusal.SUPERSEDES_OTHER_ORGANISATION
    try:
        known = eval_repo.get_evaluator(conn, statement.evaluator.id)
    except RecordNotFound:
        return None
    if known.organisation_id != signer:
        return EvaluationRefusal.EVALUATOR_OF_OTHER_ORGANISATION
    return None


def refuse(statement: EvaluationStatement, reason: EvaluationRefusal) -> RefusedEvaluation:
    """The preview's entry for a refused statement."""
    return RefusedEvaluation(
        statement.evaluation.id,
        statement.evaluation.case_id,
        statement.signer.organisation_id,
        reason,
    )
