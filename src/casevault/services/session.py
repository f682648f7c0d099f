"""An unlocked vault plus who is working and what time it is: the context of every service call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.domain.transliteration import clear_caches as clear_name_caches
from casevault.vault.connection import Connection
from casevault.vault.repos import audit as audit_repo
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
        """
        audit_repo.append_entry(
            conn,
            at=self.clock(),
            actor=self.actor,
            action=action.value,
            record_type=record_type,
            record_id=record_id,
            details=details or {},
        )

    def audit_many(
        self,
        conn: Connection,
        items: Iterable[tuple[AuditAction, str, str, dict[str, Any]]],
    ) -> None:
        """`audit(conn, action, record_type, record_id, details)` for each item, in order, as
        one bulk write (vault/repos/audit.py, `append_entries`): the same entries, each with
        its own time from the clock, chained exactly as one call per item would chain them."""
        audit_repo.append_entries(
            conn,
            [
                audit_repo.NewEntry(
                    self.clock(), self.actor, action.value, record_type, record_id, details
                )
                for action, record_type, record_id, details in items
            ],
        )

    def close(self) -> None:
        """Close the vault (releases the lock) and drop derived data held in memory."""
        self.vault.close()
        self.derived.clear()
        clear_name_caches()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
