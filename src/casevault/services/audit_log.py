"""Reading and verifying the audit chain."""

from __future__ import annotations

from casevault.domain.audit import AuditEntry, ChainBreak, verify_chain
from casevault.services.session import Session
from casevault.vault.repos import audit as audit_repo


def list_audit_entries(
    session: Session,
    record_id: str | None = None,
    limit: int = 100,
    before_seq: int | None = None,
) -> list[AuditEntry]:
    """Newest first, optionally for one record."""
    with session.vault.reading() as conn:
        return audit_repo.list_entries(
            conn, record_id=record_id, limit=limit, before_seq=before_seq
        )


def verify_audit_chain(session: Session) -> tuple[int, ChainBreak | None]:
    """(number of entries checked, first break or None). Streams; never loads the whole log."""
    with session.vault.reading() as conn:
        highest = audit_repo.highest_seq_issued(conn)
        result = verify_chain(audit_repo.iter_stored_entries(conn), highest)
    return highest, result
