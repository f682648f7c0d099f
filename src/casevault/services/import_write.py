"""Import, step 3's writing half: write an import plan (exchange/import_plan.py) to the vault.

Called by services/imports.py inside its one transaction, after the replay check and with a
plan made against the vault as it is in that transaction. Writes exactly what the plan says,
in its order (exchange/plan_types.py, ImportPlan), audited; decides nothing. The bytes of
planned attachments are streamed from the already-verified bundle (a second decryption, of
the blobs' part only being kept: never plaintext on disk, never a whole blob in memory).
"""

from __future__ import annotations

import datetime as dt
import uuid
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
from casevault.vault.repos import case_index, sync_state
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import evaluations as eval_repo
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


# Cases written per batch: the bulk statements' block size (vault/repos/bulk.py), and a bound
# on the rows a batch holds in memory at once (a full bundle of 50,000 changed cases).
_BATCH_CASES = 5_000


class _PendingCases:
    """Case plans waiting to be written in batches: new cases inserted, held ones merged into.

    A case id already waiting (a bundle may name a case twice) first has everything waiting
    written, so the second record sees the first one stored, as the plan did."""

    def __init__(self, session: Session, conn: Connection, now: dt.datetime) -> None:
        self.session, self.conn, self.now = session, conn, now
        self.new: list[CasePlan] = []
        self.held: list[CasePlan] = []
        self.ids: set[uuid.UUID] = set()

    def add(self, plan: CasePlan) -> None:
        if plan.case_id in self.ids:
            self.flush()
        (self.new if plan.is_new else self.held).append(plan)
        self.ids.add(plan.case_id)
        if len(self.ids) >= _BATCH_CASES:
            self.flush()

    def flush(self) -> None:
        _write_new_cases(self.conn, self.new, self.now)
        _write_held_cases(self.conn, self.held, self.now)
        for plan in (*self.new, *self.held):
            _audit_case(self.session, self.conn, plan)
        self.new, self.held, self.ids = [], [], set()


def _write_new_cases(conn: Connection, plans: list[CasePlan], now: dt.datetime) -> None:
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


def _write_held_cases(conn: Connection, plans: list[CasePlan], now: dt.datetime) -> None:
    """Merge into cases we hold, in batches (vault/repos/cases.py, update_cases): each keeps
    its origin, creation time and deletion mark; the merged fields' versions replace theirs."""
    if not plans:
        return
    current = case_repo.get_cases(conn, [plan.case_id for plan in plans])
    missing = [plan.case_id for plan in plans if plan.case_id not in current]
    if missing:  # the plan was made in this transaction: a bug, not bad input
        raise RecordNotFound("case", str(missing[0]))
    case_repo.update_cases(
        conn,
        [
            current[plan.case_id].model_copy(update={"fields": plan.new_fields, "updated_at": now})
            for plan in plans
        ],
    )
    stored = sync_state.get_cases_field_versions(conn, [str(plan.case_id) for plan in plans])
    for plan in plans:
        versions = stored.setdefault(str(plan.case_id), {})
        for name, merged in plan.merged.items():
            versions[name] = [version_to_json(v) for v in merged]
    sync_state.replace_cases_versions(
        conn, [(case_id, stored[case_id]) for case_id in sorted({str(p.case_id) for p in plans})]
    )


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
    pending = _PendingCases(session, conn, now)
    # New cases and merges into held ones are written in batches (a routine incremental bundle
    # merges into hundreds of held cases), with one audit entry per case, all of them chained
    # and written as one bulk append.
    with session.audit_batched(conn):
        for done, case_plan in enumerate(plan.cases, start=1):
            if progress is not None:
                progress(done, len(plan.cases))
            if not case_plan.writes:
                continue
            pending.add(case_plan)
            new += case_plan.is_new
            changed += (not case_plan.is_new) and bool(case_plan.changes)
            conflicts += len(case_plan.conflicts)
        pending.flush()
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
    case_index.reindex_timelines(conn, [event.record.case_id for event in plan.timeline])
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
