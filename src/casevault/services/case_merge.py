"""Merging two cases of the same man, and undoing it.

The kept case takes what only the absorbed one knows (empty fields filled, lists united; see
domain.case.fill_from) as an ordinary, versioned edit. The absorbed case is hidden, not
destroyed: its timeline, evaluations and attachments stay its own and are shown with the kept
case (and its evaluations count for the kept case's clearance). `unmerge_cases` brings it back
and empties the fields the merge filled, where nobody changed them since. Both are audited, and
the merge is local: partners keep both cases until they merge them too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import CaseFields, apply_changes, fill_from
from casevault.services.case_refs import resolve_case
from casevault.services.erasure_guard import refuse_if_erased, refuse_ref_if_erased
from casevault.services.errors import CaseDeleted, CaseLinkedToItself, NotMerged
from casevault.services.session import Session
from casevault.services.versioning import stamp_local_changes
from casevault.vault.repos import case_merges as merge_repo
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import name_index


@dataclass(frozen=True)
class MergeResult:
    """What a merge did."""

    kept: uuid.UUID
    absorbed: uuid.UUID
    filled_fields: tuple[str, ...]


def merge_cases(session: Session, kept_ref: str, absorbed_ref: str) -> MergeResult:
    """Merge `absorbed` into `kept`. Raises CaseNotFound, CaseDeleted, CaseLinkedToItself."""
    with session.vault.transaction() as conn:
        kept, absorbed = resolve_case(conn, kept_ref), resolve_case(conn, absorbed_ref)
        for case in (kept, absorbed):
            if case.deleted:
                raise CaseDeleted(str(case.id))
        if kept.id == absorbed.id:
            raise CaseLinkedToItself(str(kept.id))
        changes = fill_from(kept.fields, absorbed.fields)
        now = session.clock()
        new_fields = apply_changes(kept.fields, changes)
        updated = kept.model_copy(update={"fields": new_fields, "updated_at": now})
        case_repo.update_case(conn, updated)
        stamp_local_changes(conn, updated, sorted(changes), now)
        case_repo.update_case(
            conn, absorbed.model_copy(update={"deleted": True, "updated_at": now})
        )
        filled = {name: new_fields.model_dump(mode="json")[name] for name in changes}
        merge_repo.record_merge(conn, kept.id, absorbed.id, now, filled)
        name_index.set_link(conn, kept.id, absorbed.id, "duplicate", now, session.actor)
        session.audit(
            conn,
            AuditAction.CASE_MERGE,
            "case",
            str(kept.id),
            {"absorbed": str(absorbed.id), "fields": sorted(changes)},
        )
    return MergeResult(kept.id, absorbed.id, tuple(sorted(changes)))


def unmerge_cases(session: Session, absorbed_ref: str) -> MergeResult:
    """Bring an absorbed case back; fields the merge filled are emptied again unless they were
    changed since. Raises NotMerged, CaseErased (an erased case never comes back)."""
    with session.vault.transaction() as conn:
        refuse_ref_if_erased(conn, absorbed_ref)
        absorbed = resolve_case(conn, absorbed_ref)
        found = merge_repo.find_merge(conn, absorbed.id)
        if found is None:
            raise NotMerged(str(absorbed.id))
        kept_id, filled = found
        for case_id in (absorbed.id, kept_id):
            refuse_if_erased(conn, case_id)
        kept = case_repo.get_case(conn, kept_id)
        current = kept.fields.model_dump(mode="json")
        defaults = CaseFields().model_dump(mode="json")
        reverted = {
            name: defaults[name] for name, value in filled.items() if current[name] == value
        }
        now = session.clock()
        if reverted:
            new_fields = apply_changes(kept.fields, reverted)
            updated = kept.model_copy(update={"fields": new_fields, "updated_at": now})
            case_repo.update_case(conn, updated)
            stamp_local_changes(conn, updated, sorted(reverted), now)
        case_repo.update_case(
            conn, absorbed.model_copy(update={"deleted": False, "updated_at": now})
        )
        merge_repo.forget_merge(conn, absorbed.id)
        session.audit(
            conn,
            AuditAction.CASE_UNMERGE,
            "case",
            str(kept_id),
            {"absorbed": str(absorbed.id), "fields": sorted(reverted)},
        )
    return MergeResult(kept_id, absorbed.id, tuple(sorted(reverted)))


def merged_into(session: Session, kept_ref: str | uuid.UUID) -> list[uuid.UUID]:
    """Cases that were merged into this one (their histories belong to it)."""
    with session.vault.reading() as conn:
        kept = resolve_case(conn, kept_ref)
        return merge_repo.absorbed_into(conn, kept.id)
