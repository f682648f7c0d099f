"""Import, step 3's writing half: write an import plan (exchange/import_plan.py) to the vault.

Called by services/imports.py inside its one transaction, after the replay check and with a
plan made against the vault as it is in that transaction. Writes exactly what the plan says,
in its order (exchange/plan_types.py, ImportPlan), audited; decides nothing. The bytes of
planned attachments are streamed from the already-verified bundle (a second decryption, of
the blobs' part only being kept: never plaintext on disk, never a whole blob in memory).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from casevault.domain.attachment import Attachment
from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import Case, TimelineEvent
from casevault.domain.evaluation import Evaluator
from casevault.exchange.content import AttachmentRecord
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.field_versions import version_to_json
from casevault.exchange.hlc import ClockError
from casevault.exchange.import_content import VerifiedEvaluation
from casevault.exchange.plan_types import CasePlan, ImportPlan, PlannedDeletion
from casevault.exchange.records import Blob
from casevault.exchange.unseal import VerifiedBundle
from casevault.services import erasure_guard, partner_closures
from casevault.services.examination_intake import write_received_notes
from casevault.services.session import Session
from casevault.services.versioning import observe_stamp
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import sync_state
from casevault.vault.repos import timeline as timeline_repo
from casevault.vault.repos.evaluations import EvaluationSeal


@dataclass(frozen=True)
class Written:
    """How many records of each kind a plan wrote."""

    new_cases: int
    changed_cases: int
    conflicts: int
    timeline_events: int
    evaluations: int
    tombstones: int
    attachments: int
    closures: int


def observe_clock(conn: Connection, plan: ImportPlan, now: dt.datetime) -> None:
    """Fold the bundle's newest stamp into our clock. Raises ContentInvalid on wild drift."""
    if plan.latest_stamp is not None:
        try:
            observe_stamp(conn, plan.latest_stamp, now)
        except ClockError as exc:
            raise ContentInvalid("case", "stamp") from exc


def _audit_case(session: Session, conn: Connection, plan: CasePlan) -> None:
    action = AuditAction.CASE_IMPORT if plan.is_new else AuditAction.CASE_MERGE
    details = {"fields": sorted(plan.merged), "conflicts": list(plan.conflicts)}
    session.audit(conn, action, "case", str(plan.case_id), details)


def _write_new_cases(
    session: Session, conn: Connection, plans: list[CasePlan], now: dt.datetime
) -> None:
    """Insert cases we do not hold, in batches (vault/repos/cases.py, insert_new_cases)."""
    if not plans:
        return
    case_repo.insert_new_cases(
        conn,
        [
            Case(
                id=plan.case_id,
                origin_org=plan.origin_org,
                created_at=plan.created_at or now,
                updated_at=now,
                deleted=plan.deleted_here,
                fields=plan.new_fields,
            )
            for plan in plans
        ],
    )
    sync_state.put_new_case_versions(
        conn,
        [
            (
                str(plan.case_id),
                {n: [version_to_json(v) for v in vs] for n, vs in plan.merged.items()},
            )
            for plan in plans
        ],
    )
    # One entry per case, as for a merged case, chained in one pass and written at once.
    with session.audit_batched(conn):
        for plan in plans:
            _audit_case(session, conn, plan)
    plans.clear()


def _write_case(session: Session, conn: Connection, plan: CasePlan, now: dt.datetime) -> None:
    """Merge into a case we hold."""
    case_id = str(plan.case_id)
    current = case_repo.get_case(conn, plan.case_id)
    case_repo.update_case(
        conn, current.model_copy(update={"fields": plan.new_fields, "updated_at": now})
    )
    stored = sync_state.get_field_versions(conn, case_id)
    for name, versions in plan.merged.items():
        stored[name] = [version_to_json(v) for v in versions]
    sync_state.put_case_versions(conn, case_id, stored)
    _audit_case(session, conn, plan)


def _write_evaluation(session: Session, conn: Connection, verified: VerifiedEvaluation) -> None:
    statement = verified.statement
    evaluation = statement.evaluation
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
    ed, ml = verified.record.signatures()
    seal = EvaluationSeal(
        signer_org_id=statement.signer.organisation_id,
        signer_key_fingerprint=statement.signer.key_fingerprint,
        finalised_at=verified.record.finalised_at,
        payload=verified.record.payload_bytes(),
        sig_ed25519=ed,
        sig_mldsa65=ml,
    )
    eval_repo.insert_received(conn, evaluation, seal, session.clock())
    session.audit(
        conn,
        AuditAction.EVALUATION_IMPORT,
        "case",
        str(evaluation.case_id),
        {"evaluation": str(evaluation.id)},
    )


def _write_attachments(
    session: Session, conn: Connection, plan: ImportPlan, verified: VerifiedBundle | None
) -> int:
    """Stream the bytes of the planned attachments into the vault, checking size and digest."""
    wanted: dict[str, AttachmentRecord] = {a.record.blob_id: a.record for a in plan.attachments}
    if not wanted or verified is None:
        return 0
    for item in verified.items():
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
            conn,
            AuditAction.ATTACHMENT_IMPORT,
            "case",
            str(meta.case_id),
            {"attachment": str(meta.id)},
        )
    return len(wanted)


def _write_deletion(conn: Connection, deletion: PlannedDeletion) -> int:
    """Removal wins: the case is deleted here too, and stays deleted whatever arrives later."""
    case_id = str(deletion.case_id)
    if not deletion.new:
        # Keep the earliest deletion time, so the order bundles arrive in does not matter.
        case_repo.keep_earliest_tombstone(conn, "case", case_id, deletion.deleted_at)
        return 0
    case_repo.insert_tombstone(conn, "case", case_id, deletion.deleted_at)
    if deletion.mark_deleted:
        try:
            case = case_repo.get_case(conn, deletion.case_id)
        except RecordNotFound:  # pragma: no cover - the plan saw it held
            return 1
        case_repo.update_case(conn, case.model_copy(update={"deleted": True}))
    return 1


def write_plan(
    session: Session,
    conn: Connection,
    plan: ImportPlan,
    verified: VerifiedBundle | None,
    progress: Callable[[int, int], object] | None = None,
) -> Written:
    """Write `plan` (inside the caller's transaction). Raises ContentInvalid (attachment bytes
    that do not match their record) and what the vault raises; the caller rolls back."""
    now = session.clock()
    observe_clock(conn, plan, now)
    new = changed = conflicts = 0
    pending: list[CasePlan] = []  # new cases, inserted in batches
    # The cases' audit entries, new and merged, in order, written as one bulk append at the end
    # of the block (a routine incremental bundle merges into cases we hold).
    with session.audit_batched(conn):
        for done, case_plan in enumerate(plan.cases, start=1):
            if progress is not None:
                progress(done, len(plan.cases))
            if not case_plan.writes:
                continue
            if case_plan.is_new:
                pending.append(case_plan)
            else:
                _write_new_cases(session, conn, pending, now)  # a repeated id merges into it
                _write_case(session, conn, case_plan, now)
            new += case_plan.is_new
            changed += (not case_plan.is_new) and bool(case_plan.changes)
            conflicts += len(case_plan.conflicts)
        _write_new_cases(session, conn, pending, now)
    erasure_guard.note_senders(conn, plan.sender_org_id, plan.admitted_case_ids)
    for event in plan.timeline:
        record = event.record
        timeline_repo.insert_event(
            conn,
            TimelineEvent(
                id=record.id,
                case_id=record.case_id,
                date=record.date,
                kind=record.kind,
                text=record.text,
                created_at=record.created_at,
            ),
            origin_org=event.origin_org,
        )
        case_repo.reindex_timeline(conn, record.case_id)
    for verified_evaluation in plan.evaluations:
        _write_evaluation(session, conn, verified_evaluation)
    attachments = _write_attachments(session, conn, plan, verified)
    write_received_notes(session, conn, plan.examination_notes)  # after their attachments
    tombstones = sum(_write_deletion(conn, d) for d in plan.deletions)
    closures = partner_closures.apply_closures(session, conn, plan.sender_org_id, plan.closures)
    return Written(
        new,
        changed,
        conflicts,
        len(plan.timeline),
        len(plan.evaluations),
        tombstones,
        attachments,
        closures,
    )
