"""When a bundle was applied (table applied_bundles, migration 0003)."""

from __future__ import annotations

import datetime as dt

from casevault.vault.connection import Connection


def applied_at(conn: Connection, bundle_id: str) -> dt.datetime | None:
    """When the bundle with this id was applied here, or None if it never was."""
    row = conn.execute(
        "SELECT applied_at FROM applied_bundles WHERE bundle_id = ?", (bundle_id,)
    ).fetchone()
    return None if row is None else dt.datetime.fromisoformat(str(row[0]))
