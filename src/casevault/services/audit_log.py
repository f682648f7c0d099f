"""Reading and verifying the audit chain."""

from __future__ import annotations

from collections.abc import Iterator

from casevault.domain.audit import AuditEntry, ChainBreak, StoredEntry, verify_chain
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


# Entries read per short read: the app's other calls get the vault between pages, so a check of
# a long log (it runs in a worker) never freezes the window.
VERIFY_PAGE = 2_000


def verify_audit_chain(session: Session) -> tuple[int, ChainBreak | None]:
    """(number of entries checked, first break or None), for the log as it was when the check
    began. Reads page by page, each page its own short read: never the whole log in memory,
    never the vault held for the whole check. The log is append-only, so the pages agree."""
    with session.vault.reading() as conn:
        highest = audit_repo.highest_seq_issued(conn)
    return highest, verify_chain(_pages(session, highest), highest)


def _pages(session: Session, highest: int) -> Iterator[StoredEntry]:
    after = 0
    while True:
        with session.vault.reading() as conn:
            page = audit_repo.stored_entries_after(conn, after, highest, VERIFY_PAGE)
        yield from page
        if len(page) < VERIFY_PAGE:
            return
        after = page[-1].seq
