"""Import, step 3: apply a previewed bundle atomically: load state -> plan -> write.

`apply_import` writes, in one transaction, the import plan (exchange/import_plan.py) the
preview showed (services/import_preview.py) when the vault has not changed since; otherwise it
loads the vault's state again inside the transaction and plans again from the already-verified
content (never a stale plan), and says so (`ImportResult.replanned`, and in the audit). Any
failure rolls the whole import back: the vault is exactly as before. The preview's types are
re-exported here, so callers keep one module to import.
"""

from __future__ import annotations

from collections.abc import Callable

from casevault.domain.audit_actions import AuditAction
from casevault.exchange.plan_types import ImportPlan
from casevault.services import incremental, node_keys, partner_keys
from casevault.services.errors import BundleReplayed
from casevault.services.gc_pause import collector_paused
from casevault.services.import_preview import (
    CasePlan,
    FieldChange,
    ImportPreview,
    ImportResult,
    plan_for,
    preview_import,
)
from casevault.services.import_verify import StagedBundle
from casevault.services.import_write import write_plan
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import sync_state

__all__ = [
    "CasePlan",
    "FieldChange",
    "ImportPreview",
    "ImportResult",
    "apply_import",
    "preview_import",
]


def _current_plan(conn: Connection, staged: StagedBundle) -> tuple[ImportPlan, bool]:
    """The preview's plan if nothing changed the vault since, else a new one; and whether the
    new one differs from the one shown."""
    shown = staged.previewed.get("plan")
    if isinstance(shown, ImportPlan):
        if staged.previewed.get("audit_seq") == audit_repo.highest_seq_issued(conn):
            return shown, False
        fresh = plan_for(conn, staged)
        return fresh, fresh != shown
    return plan_for(conn, staged), False


# What a new case costs the vault, indexes included (10,000 cases with 1 KB notes: 120 MB).
_KIB_PER_CASE = 12


def _expected_kib(staged: StagedBundle) -> int:
    """Room for the pages the import writes, so that none is spilled and read back half-way
    (vault/connection.py). Nothing more for a bundle with attachment bytes: they stream in
    64 KiB chunks written once, and room for them would only hold memory (the peak of an
    import with a 1 GiB attachment is a goal, docs/performance.md)."""
    return 0 if staged.attachments else len(staged.cases) * _KIB_PER_CASE


@collector_paused  # many small objects, no cycles: services/gc_pause.py
def apply_import(
    session: Session,
    staged: StagedBundle,
    progress: Callable[[int, int], object] | None = None,
) -> ImportResult:
    """Apply a verified bundle in one transaction, audited. All or nothing.

    `progress(done, total)` is called after each case (for a progress bar)."""
    with session.vault.transaction(writes_kib=_expected_kib(staged)) as conn:
        if sync_state.bundle_was_applied(conn, staged.bundle_id):
            raise BundleReplayed(staged.bundle_id)
        plan, replanned = _current_plan(conn, staged)
        written = write_plan(session, conn, plan, staged.verified, progress)
        _apply_key_events(session, conn, staged)
        now = session.clock()
        incremental.note_applied_bundle(conn, staged, now)
        sync_state.record_applied_bundle(
            conn,
            staged.bundle_id,
            staged.sender_org_id,
            staged.sender_node_id,
            staged.created_at,
            now,
        )
        details: dict[str, object] = {
            "sender": staged.sender_org_id,
            "new": written.new_cases,
            "changed": written.changed_cases,
            "conflicts": written.conflicts,
            "refused": len(plan.refusals),
        }
        if replanned:
            details["replanned"] = True
        if staged.passed_over_kinds:  # a newer writer's kinds (exchange/record_kinds.py)
            details["passed_over"] = dict(sorted(staged.passed_over_kinds.items()))
        session.audit(conn, AuditAction.BUNDLE_IMPORT, "bundle", staged.bundle_id, details)
    return ImportResult(
        staged.bundle_id,
        written.new_cases,
        written.changed_cases,
        written.conflicts,
        written.timeline_events,
        written.evaluations,
        written.tombstones,
        written.attachments,
        written.closures,
        len(plan.refusals),
        replanned,
    )


def _apply_key_events(session: Session, conn: Connection, staged: StagedBundle) -> None:
    """A verified rotation replaces the partner's keys (unverified until confirmed); a
    revocation revokes the named key and every key rotated from it (services/partner_keys.py)."""
    for rotation in staged.key_rotations:
        partner_keys.apply_rotation(session, conn, rotation)
    for revocation in staged.key_revocations:
        partner_keys.apply_revocation(session, conn, revocation)
    node_keys.apply_node_records(session, conn, staged.node_records)
