"""The organisation's clearance policy and each case's clearance: whether it is cleared, and
why or why not. Derived from the stored evaluations on every call, never stored. Rules:
domain/clearance.py; spec: docs/spec/evaluation.md.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from casevault.domain.audit_actions import AuditAction
from casevault.domain.clearance import (
    ClearanceExplanation,
    ClearancePolicy,
    NoteKind,
    ScreeningRecord,
    assess_clearance,
    policy_from_settings,
)
from casevault.domain.evaluation import EvaluationState
from casevault.services import cases as case_service
from casevault.services.session import Session
from casevault.services.signer_trust import (
    SignerTrust,
    signer_trust_map,
    standing_of,
    trust_of,
)
from casevault.vault.connection import Connection
from casevault.vault.repos import case_merges as merge_repo
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import organisation as org_repo

THRESHOLD_SETTING = "clearance.threshold"
TWO_ORGANISATIONS_SETTING = "clearance.require_two_organisations"


def get_clearance_policy(session: Session) -> ClearancePolicy:
    """The organisation's clearance policy (threshold never below 2)."""
    with session.vault.reading() as conn:
        return _policy(conn)


def _policy(conn: Connection) -> ClearancePolicy:
    return policy_from_settings(
        org_repo.get_setting(conn, THRESHOLD_SETTING),
        org_repo.get_setting(conn, TWO_ORGANISATIONS_SETTING),
    )


def set_clearance_policy(
    session: Session,
    *,
    threshold: int | None = None,
    require_two_organisations: bool | None = None,
) -> ClearancePolicy:
    """Change the policy; raises ThresholdTooLow below 2. Audited with the setting names."""
    with session.vault.transaction() as conn:
        current = _policy(conn)
        policy = ClearancePolicy(
            current.threshold if threshold is None else threshold,
            current.require_two_organisations
            if require_two_organisations is None
            else require_two_organisations,
        )
        org_repo.put_setting(conn, THRESHOLD_SETTING, policy.threshold)
        org_repo.put_setting(conn, TWO_ORGANISATIONS_SETTING, policy.require_two_organisations)
        session.audit(
            conn,
            AuditAction.SETTINGS_CLEARANCE,
            "settings",
            "clearance",
            {"fields": [THRESHOLD_SETTING, TWO_ORGANISATIONS_SETTING]},
        )
    return policy


@dataclass(frozen=True)
class ClearanceReport:
    """The clearance outcome of one case, with the evaluators' names for display and, for each
    evaluation not counted because of its signer, what we know of that signer."""

    case_id: uuid.UUID
    explanation: ClearanceExplanation
    evaluator_names: dict[uuid.UUID, str]
    signers: dict[str, SignerTrust] = field(default_factory=dict)


def explain_clearance(session: Session, case_ref: str | uuid.UUID) -> ClearanceReport:
    """Whether a case is cleared, and why (or why not). Derived on every call, never stored,
    with the signers' trust as it stands now (a partner revoked since does not count)."""
    case = case_service.get_case(session, case_ref)
    with session.vault.reading() as conn:
        stored = eval_repo.list_evaluations(conn, case.id)
        for absorbed in merge_repo.absorbed_into(conn, case.id):  # merged cases' screenings
            stored += eval_repo.list_evaluations(conn, absorbed)
        policy = _policy(conn)
        names = {e.id: e.name for e in eval_repo.list_evaluators(conn)}
        trust = signer_trust_map(conn)
    records = [
        ScreeningRecord(
            id=s.evaluation.id,
            evaluator_id=s.evaluation.evaluator_id,
            organisation_id=s.evaluation.organisation_id,
            finalised=s.state is EvaluationState.FINALISED,
            verdict=s.evaluation.verdict,
            supersedes=s.evaluation.supersedes,
            signer=standing_of(
                trust,
                s.seal.signer_org_id if s.seal else None,
                s.seal.signer_key_fingerprint if s.seal else None,
            ),
        )
        for s in stored
    ]
    explanation = assess_clearance(records, policy)
    involved = {note.evaluator_id for note in explanation.notes} | set(
        explanation.clearing_evaluators
    )
    signers = {
        note.organisation_id: trust_of(trust, note.organisation_id)
        for note in explanation.notes
        if note.kind is NoteKind.UNTRUSTED_SIGNER and note.organisation_id is not None
    }
    return ClearanceReport(
        case.id, explanation, {k: v for k, v in names.items() if k in involved}, signers
    )
