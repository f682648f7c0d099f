"""Import, step 3: apply a previewed bundle atomically.

`apply_import` reuses the preview's plans (services/import_preview.py) when the vault has not
changed since, or plans again inside its one transaction, and writes them. Any failure rolls the
whole import back: the vault is exactly as before. The preview's types are re-exported here, so
callers keep one module to import.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from casevault.domain.attachment import Attachment
from casevault.domain.case import Case, TimelineEvent
from casevault.domain.evaluation import Evaluator
from casevault.exchange.content import AttachmentRecord, CaseRecord
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.hlc import ClockError, Timestamp
from casevault.exchange.records import Blob
from casevault.services import (
    admission,
    erasure_guard,
    incremental,
    partner_closures,
    partner_keys,
)
from casevault.services.errors import BundleReplayed
from casevault.services.evaluation_intake import refusal_reason
from casevault.services.import_preview import (
    CasePlan,
    FieldChange,
    ImportPreview,
    ImportResult,
    plan_case,
    preview_import,
)
from casevault.services.import_verify import StagedBundle, StagedEvaluation
from casevault.services.session import Session
from casevault.services.signer_trust import SignerTrust, signer_trust_map
from casevault.services.versioning import (
    observe_stamp,
    version_to_json,
)
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import sync_state
from casevault.vault.repos import timeline as timeline_repo
from casevault.vault.repos.evaluations import EvaluationSeal

__all__ = [
    "CasePlan",
    "FieldChange",
    "ImportPreview",
    "ImportResult",
    "apply_import",
    "plan_case",
    "preview_import",
]


def _apply_case(session: Session, conn: Connection, plan: CasePlan, record: CaseRecord) -> None:
    now = session.clock()
    if plan.is_new:
        case = Case(
            id=record.id,
            origin_org=plan.origin_org,
            created_at=record.created_at,
            updated_at=now,
            deleted=plan.deleted_here,
            fields=plan.new_fields,
        )
        case_repo.insert_case(conn, case)
    else:
        current = case_repo.get_case(conn, record.id)
        case = current.model_copy(update={"fields": plan.new_fields, "updated_at": now})
        case_repo.update_case(conn, case)
    stored = sync_state.get_field_versions(conn, str(record.id))
    for name, versions in plan.merged.items():
        stored[name] = [version_to_json(v) for v in versions]
    sync_state.put_case_versions(conn, str(record.id), stored)
    action = "case.import" if plan.is_new else "case.merge"
    details = {"fields": sorted(plan.merged), "conflicts": list(plan.conflicts)}
    session.audit(conn, action, "case", str(record.id), details)


def _apply_evaluation(
    session: Session, conn: Connection, staged: StagedEvaluation, trust: dict[str, SignerTrust]
) -> bool:
    statement = staged.statement
    evaluation = statement.evaluation
    if eval_repo.evaluation_exists(conn, evaluation.id):
        return False
    if refusal_reason(conn, statement, trust, {}) is not None:
        return False  # checked at staging; again here, against the vault as it is now
    try:
        case_repo.get_case(conn, evaluation.case_id)
    except RecordNotFound:
        return False  # not about a case we hold (it was not sent, or was erased here)
    if evaluation.supersedes and not eval_repo.evaluation_exists(conn, evaluation.supersedes):
        return False
    if evaluation.supersedes and eval_repo.find_successor(
        conn, evaluation.supersedes, evaluation.organisation_id
    ):
        return False  # that organisation corrected it already; a second correction is refused
    if not eval_repo.evaluator_exists(conn, statement.evaluator.id):
        eval_repo.insert_evaluator(
            conn,
            Evaluator(
                id=statement.evaluator.id,
                name=statement.evaluator.name,
                role=statement.evaluator.role,
                organisation_id=statement.evaluator.organisation_id,
                created_at=statement.signed_at,
            ),
        )
    ed, ml = staged.record.signatures()
    seal = EvaluationSeal(
        signer_org_id=statement.signer.organisation_id,
        signer_key_fingerprint=statement.signer.key_fingerprint,
        finalised_at=staged.record.finalised_at,
        payload=staged.record.payload_bytes(),
        sig_ed25519=ed,
        sig_mldsa65=ml,
    )
    eval_repo.insert_received(conn, evaluation, seal, session.clock())
    session.audit(
        conn,
        "evaluation.import",
        "case",
        str(evaluation.case_id),
        {"evaluation": str(evaluation.id)},
    )
    return True


def _observe_clock(conn: Connection, staged: StagedBundle, now: dt.datetime) -> None:
    stamps = [
        Timestamp.decode(v.stamp)
        for record in staged.cases
        for versions in record.fields.values()
        for v in versions
    ]
    if stamps:
        try:
            observe_stamp(conn, max(stamps), now)
        except ClockError as exc:
            raise ContentInvalid("case", "stamp") from exc


def apply_import(
    session: Session,
    staged: StagedBundle,
    progress: Callable[[int, int], object] | None = None,
) -> ImportResult:
    """Apply a verified bundle in one transaction, audited. All or nothing.

    `progress(done, total)` is called after each case (for a progress bar)."""
    new = changed = conflicts = events = evaluations = tombstones = 0
    with session.vault.transaction() as conn:
        if sync_state.bundle_was_applied(conn, staged.bundle_id):
            raise BundleReplayed(staged.bundle_id)
        erasure_guard.drop_erased(conn, staged)  # again: an erasure may follow the preview
        now = session.clock()
        _observe_clock(conn, staged, now)
        sender = admission.bundle_sender(conn, staged)
        previewed: dict[uuid.UUID, CasePlan] = {}
        gate: admission.RecordGate | None = None
        if staged.previewed.get("audit_seq") == audit_repo.highest_seq_issued(conn):
            previewed = dict(staged.previewed["plans"])
            gate = staged.previewed.get("gate")
        if gate is None:  # decided before any case is written, as the preview did
            new_cases = admission.new_case_origins(conn, sender, staged.cases)
            gate = admission.gate_records(conn, sender, staged, new_cases)
        refused = len(gate.refusals)
        admitted_cases: list[uuid.UUID] = []
        for done, record in enumerate(staged.cases, start=1):
            if progress is not None:
                progress(done, len(staged.cases))
            # A preview plan is used once: a case id repeated in a bundle is planned afresh
            # against what the first occurrence just wrote.
            plan = previewed.pop(record.id, None) or plan_case(conn, record, sender)
            refused += len(plan.refusals)
            if not plan.refused:
                admitted_cases.append(record.id)
            if not plan.refused and (plan.is_new or plan.merged):
                _apply_case(session, conn, plan, record)
                new += plan.is_new
                changed += (not plan.is_new) and bool(plan.changes)
                conflicts += len(plan.conflicts)
        erasure_guard.note_senders(conn, staged.sender_org_id, admitted_cases)
        for event in staged.timeline:
            origin = gate.timeline_origins.get(event.id)
            if origin is None or timeline_repo.event_exists(conn, event.id):
                continue
            try:
                case_repo.get_case(conn, event.case_id)
            except RecordNotFound:
                continue
            timeline_repo.insert_event(
                conn,
                TimelineEvent(
                    id=event.id,
                    case_id=event.case_id,
                    date=event.date,
                    kind=event.kind,
                    text=event.text,
                    created_at=event.created_at,
                ),
                origin_org=origin,
            )
            case_repo.reindex_timeline(conn, event.case_id)
            events += 1
        trust = signer_trust_map(conn)
        for staged_eval in sorted(staged.evaluations, key=lambda e: e.record.finalised_at):
            evaluations += _apply_evaluation(session, conn, staged_eval, trust)
        attachments = _apply_attachments(session, conn, staged, gate.attachment_origins)
        _apply_key_events(session, conn, staged)
        for tomb in gate.deletions:  # only from our own laptops (services/admission.py)
            tombstones += _apply_tombstone(conn, tomb.record_id, tomb.deleted_at)
        closures = partner_closures.apply_closures(session, conn, sender.org_id, gate.closures)
        incremental.note_applied_bundle(conn, staged, now)
        sync_state.record_applied_bundle(
            conn,
            staged.bundle_id,
            staged.sender_org_id,
            staged.sender_node_id,
            staged.created_at,
            now,
        )
        session.audit(
            conn,
            "bundle.import",
            "bundle",
            staged.bundle_id,
            {
                "sender": staged.sender_org_id,
                "new": new,
                "changed": changed,
                "conflicts": conflicts,
                "refused": refused,
            },
        )
    return ImportResult(
        staged.bundle_id,
        new,
        changed,
        conflicts,
        events,
        evaluations,
        tombstones,
        attachments,
        closures,
        refused,
    )


def _apply_key_events(session: Session, conn: Connection, staged: StagedBundle) -> None:
    """A verified rotation replaces the partner's keys (unverified until confirmed); a
    revocation revokes the named key and every key rotated from it (services/partner_keys.py)."""
    for rotation in staged.key_rotations:
        partner_keys.apply_rotation(session, conn, rotation)
    for revocation in staged.key_revocations:
        partner_keys.apply_revocation(session, conn, revocation)


def _apply_attachments(
    session: Session, conn: Connection, staged: StagedBundle, admitted: dict[uuid.UUID, str]
) -> int:
    """Stream the bytes of new attachments into the vault (a second decryption of the bundle).

    Only those in `admitted` (id -> origin to store, services/admission.py) are written."""
    wanted: dict[str, AttachmentRecord] = {}
    for record in staged.attachments:
        origin = admitted.get(record.id)
        if origin is None or blobs.attachment_exists(conn, record.id):
            continue
        try:
            case_repo.get_case(conn, record.case_id)
        except RecordNotFound:
            continue
        wanted[record.blob_id] = record.model_copy(update={"origin_org": origin})
    if not wanted or staged.verified is None:
        return 0
    for item in staged.verified.items():
        if not isinstance(item, Blob):
            continue
        meta = wanted.get(item.blob_id)
        if meta is None:
            item.drain()
            continue
        blobs.insert_attachment(conn, Attachment.model_validate(meta.model_dump()))
        size, digest = blobs.write_chunks(conn, meta.id, item.chunks())
        if size != meta.size or digest != meta.sha256:
            raise ContentInvalid("attachment", "sha256")
        session.audit(
            conn, "attachment.import", "case", str(meta.case_id), {"attachment": str(meta.id)}
        )
    return len(wanted)


def _apply_tombstone(conn: Connection, case_id: uuid.UUID, deleted_at: dt.datetime) -> int:
    """Removal wins: the case is deleted here too, and stays deleted whatever arrives later."""
    if case_repo.has_tombstone(conn, "case", str(case_id)):
        # Keep the earliest deletion time, so the order bundles arrive in does not matter.
        case_repo.keep_earliest_tombstone(conn, "case", str(case_id), deleted_at)
        return 0
    case_repo.insert_tombstone(conn, "case", str(case_id), deleted_at)
    try:
        case = case_repo.get_case(conn, case_id)
    except RecordNotFound:
        return 1
    if not case.deleted:
        case_repo.update_case(conn, case.model_copy(update={"deleted": True}))
    return 1
