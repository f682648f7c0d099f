"""Edits that were open when the vault locked: kept encrypted in the vault, offered back later.

Locking (by hand or by the idle timer) must be instant and must never lose work. The app hands
the form values of every editor with unsaved changes to `keep_unsaved_edits` just before it
closes the session; they are stored inside SQLCipher (never in a file, a setting or a temp
folder). After the next unlock, `list_kept_edits` returns them so the caseworker can restore
them into an editor (`take_kept_edit`) or discard them (`discard_kept_edit`).

A kept edit is NOT a change to the case: it is not validated, not versioned, never exported;
it becomes a change only when the caseworker restores it and saves. Audit entries name the
case id only, never a value. Erasing a case removes its kept edits (ON DELETE CASCADE).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.services.session import Session
from casevault.vault.repos import unsaved_edits as repo


@dataclass(frozen=True)
class KeptEdit:
    """One editor's unsaved form values: `case_id` None for a case never saved."""

    id: uuid.UUID
    case_id: uuid.UUID | None
    fields: dict[str, Any]
    kept_at: str


def keep_unsaved_edits(
    session: Session, edits: Sequence[tuple[uuid.UUID | None, dict[str, Any]]]
) -> list[uuid.UUID]:
    """Store each (case id or None, form values) pair, all in one transaction with one audit
    entry each. Returns the new ids. Raises what the vault raises (VaultDestroyed,
    StorageFailed); then nothing is stored."""
    if not edits:
        return []
    ids: list[uuid.UUID] = []
    with session.vault.transaction() as conn:
        for case_id, fields in edits:
            edit_id = uuid.uuid4()
            repo.insert(conn, str(edit_id), _text(case_id), fields, session.clock())
            details = {"case": _text(case_id)} if case_id is not None else {}
            session.audit(conn, AuditAction.DRAFT_KEEP, "draft", str(edit_id), details)
            ids.append(edit_id)
    return ids


def list_kept_edits(session: Session) -> list[KeptEdit]:
    """Every kept edit, oldest first."""
    with session.vault.reading() as conn:
        rows = repo.list_all(conn)
    return [
        KeptEdit(
            id=uuid.UUID(row.id),
            case_id=uuid.UUID(row.case_id) if row.case_id else None,
            fields=row.fields,
            kept_at=row.kept_at,
        )
        for row in rows
    ]


def take_kept_edit(session: Session, edit_id: uuid.UUID) -> bool:
    """The caseworker restored it into an editor: remove the stored copy (audited).
    False if it was already gone."""
    return _forget(session, edit_id, AuditAction.DRAFT_RESTORE)


def discard_kept_edit(session: Session, edit_id: uuid.UUID) -> bool:
    """The caseworker chose to throw it away: remove it (audited). False if already gone."""
    return _forget(session, edit_id, AuditAction.DRAFT_DISCARD)


def _forget(session: Session, edit_id: uuid.UUID, action: AuditAction) -> bool:
    with session.vault.transaction() as conn:
        if not repo.delete(conn, str(edit_id)):
            return False
        session.audit(conn, action, "draft", str(edit_id))
    return True


def _text(case_id: uuid.UUID | None) -> str | None:
    return str(case_id) if case_id is not None else None
