"""Subject access (GDPR art. 15): a copy of everything the vault holds about one man.

The report is built in memory from one consistent read; writing it anywhere is the caller's
decision (cli/ writes it only to a file the user names, after a warning). Building it is audited
(`case.access_report`): handing out a full copy of a file is itself worth a trace.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from casevault.domain.attachment import Attachment
from casevault.domain.audit import AuditEntry
from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import Case, TimelineEvent
from casevault.domain.consent import ConsentRecord
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.json_values import to_jsonable
from casevault.services.session import Session
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import consent as consent_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import sync_state
from casevault.vault.repos import timeline as timeline_repo
from casevault.vault.repos.consent import StoredOverride
from casevault.vault.repos.evaluations import StoredEvaluation


@dataclass(frozen=True)
class EvaluationEntry:
    """One screening of him and whether its signature still checks out.

    `verification`: "draft" (not signed), "verified", or a ProblemKind value of
    services/evaluations.py ("signature", "content_mismatch", ...).
    """

    evaluation: StoredEvaluation
    verification: str


@dataclass(frozen=True)
class DeliveryEntry:
    """A partner that received his file, in which bundle, when."""

    partner_id: str
    partner_name: str | None
    bundle_id: str
    sent_at: dt.datetime


@dataclass(frozen=True)
class SubjectAccessReport:
    """Everything held about one case, including the list of his attachments (the files
    themselves can be copied out one by one with services/attachments.py)."""

    generated_at: dt.datetime
    case: Case
    field_versions: dict[str, list[dict[str, Any]]]
    timeline: tuple[TimelineEvent, ...]
    evaluations: tuple[EvaluationEntry, ...]
    consents: tuple[ConsentRecord, ...]
    consent_overrides: tuple[StoredOverride, ...]
    deliveries: tuple[DeliveryEntry, ...]
    audit: tuple[AuditEntry, ...]
    attachments: tuple[Attachment, ...] = ()


def _verification(stored: StoredEvaluation, problems: dict[str, str]) -> str:
    if not stored.finalised:
        return "draft"
    return problems.get(str(stored.evaluation.id), "verified")


def build_subject_access_report(session: Session, case_ref: str | uuid.UUID) -> SubjectAccessReport:
    """Collect everything about the case (deleted cases included). Audited. Raises
    CaseNotFound, AmbiguousCaseId.

    Read on a snapshot (vault/snapshot.py), so saves are not blocked meanwhile; the audit entry
    is written after, in its own short transaction."""
    with session.vault.snapshot() as conn:
        report = _collect(session, conn, case_ref)
    with session.vault.transaction() as conn:
        session.audit(conn, AuditAction.CASE_ACCESS_REPORT, "case", str(report.case.id))
    return report


def _collect(session: Session, conn: Connection, case_ref: str | uuid.UUID) -> SubjectAccessReport:
    case = case_service.get_case(session, case_ref)
    report_problems = eval_service.verify_evaluations(session, [case.id])
    problems = {
        p.evaluation_id: p.kind.value for p in report_problems.problems if p.case_id == str(case.id)
    }
    evaluations = eval_service.list_evaluations(session, case.id)
    deliveries = []
    for partner_id, bundle_id, sent_at in sync_state.list_deliveries(conn, str(case.id)):
        partner = partner_repo.find_partner(conn, partner_id)
        deliveries.append(
            DeliveryEntry(
                partner_id,
                partner.name if partner else None,
                bundle_id,
                dt.datetime.fromisoformat(sent_at),
            )
        )
    return SubjectAccessReport(
        generated_at=session.clock(),
        case=case,
        field_versions=sync_state.get_field_versions(conn, str(case.id)),
        timeline=tuple(timeline_repo.list_events(conn, case.id)),
        evaluations=tuple(EvaluationEntry(e, _verification(e, problems)) for e in evaluations),
        consents=tuple(consent_repo.list_consents(conn, case.id)),
        consent_overrides=tuple(consent_repo.list_overrides_for_case(conn, case.id)),
        deliveries=tuple(deliveries),
        audit=tuple(audit_repo.list_entries_about(conn, str(case.id))),
        attachments=tuple(blobs.list_attachments(conn, case.id)),
    )


def _bytes_as_base64(value: object) -> str:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")  # signed payloads and signatures
    raise TypeError(type(value).__name__)


def report_json(report: SubjectAccessReport) -> str:
    """The whole report as one JSON document (bytes, i.e. signatures, in base64): the copy both
    front ends write (`case access --json`, the app's "Copy of his data…")."""
    document = to_jsonable(report)
    return json.dumps(document, ensure_ascii=False, indent=2, default=_bytes_as_base64) + "\n"
