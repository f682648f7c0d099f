"""An unlocked vault plus who is working and what time it is: the context of every service call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.domain.transliteration import clear_caches as clear_name_caches
from casevault.vault.connection import Connection
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos.fulltext_terms import forget_characters
from casevault.vault.store import Vault


def utc_now() -> dt.datetime:
    """The current time in UTC (the only clock services read; tests may pass their own)."""
    return dt.datetime.now(dt.UTC)


@dataclass
class Session:
    """An open vault and the caseworker acting on it."""

    vault: Vault
    actor: str = "caseworker"
    clock: Callable[[], dt.datetime] = field(default=utc_now)
    # Derived values that are costly to compute (e.g. clearance of every case), keyed by the
    # audit chain's length: any change appends an audit entry, which invalidates them.
    derived: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False)
    # Entries gathered inside `audit_batched`, written at its end; None outside one.
    _pending_audit: list[audit_repo.NewEntry] | None = field(default=None, repr=False)

    def audit(
        self,
        conn: Connection,
        action: AuditAction,
        record_type: str,
        record_id: str,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Append an audit entry inside the caller's transaction.

        Details hold ids and field names only, never values: the log carries no personal data.
        Inside `audit_batched`, the entry is written at the end of that block.
        """
        entry = audit_repo.NewEntry(
            self.clock(), self.actor, action.value, record_type, record_id, details or {}
        )
        if self._pending_audit is not None:
            self._pending_audit.append(entry)
        else:
            audit_repo.append_entries(conn, [entry])

    @contextmanager
    def audit_batched(self, conn: Connection) -> Iterator[None]:
        """Inside this block, `audit(conn, ...)` gathers its entries (each with its own time
        from the clock, in call order) and the block's end writes them as one bulk append
        (vault/repos/audit.py, `append_entries`): the very entries, chained exactly as one
        write per call would chain them, for far fewer statement runs (a bulk import audits
        every case). If the block raises, nothing gathered is written (the caller's
        transaction is rolled back anyway). Read nothing of the audit chain inside the block:
        its entries are not written yet. Nested blocks join the outer one."""
        if self._pending_audit is not None:
            yield
            return
        self._pending_audit = []
        try:
            yield
            pending = self._pending_audit
        finally:
            self._pending_audit = None
        audit_repo.append_entries(conn, pending)

    def close(self) -> None:
        """Close the vault (releases the lock) and drop derived data held in memory."""
        self.vault.close()
        self.derived.clear()
        clear_name_caches()
        forget_characters()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
