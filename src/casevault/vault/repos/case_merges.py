"""Which cases were merged into which (table case_merges)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from casevault.vault.connection import Connection


def record_merge(
    conn: Connection, kept: uuid.UUID, absorbed: uuid.UUID, at: dt.datetime, filled: dict[str, Any]
) -> None:
    """Remember that `absorbed` now lives on inside `kept`."""
    conn.execute(
        "INSERT INTO case_merges (absorbed, kept, merged_at, filled_fields) VALUES (?, ?, ?, ?)",
        (str(absorbed), str(kept), at.isoformat(), json.dumps(filled, ensure_ascii=False)),
    )


def find_merge(conn: Connection, absorbed: uuid.UUID) -> tuple[uuid.UUID, dict[str, Any]] | None:
    """(kept case, fields filled) if `absorbed` was merged into another case."""
    row = conn.execute(
        "SELECT kept, filled_fields FROM case_merges WHERE absorbed = ?", (str(absorbed),)
    ).fetchone()
    return None if row is None else (uuid.UUID(row[0]), json.loads(row[1]))


def forget_merge(conn: Connection, absorbed: uuid.UUID) -> None:
    """Undo the record of a merge."""
    conn.execute("DELETE FROM case_merges WHERE absorbed = ?", (str(absorbed),))


def absorbed_into(conn: Connection, kept: uuid.UUID) -> list[uuid.UUID]:
    """Cases merged into `kept` (directly or through a chain of merges)."""
    rows = conn.execute(
        "WITH RECURSIVE chain(id) AS (SELECT absorbed FROM case_merges WHERE kept = ?"
        " UNION SELECT m.absorbed FROM case_merges m JOIN chain ON m.kept = chain.id)"
        " SELECT id FROM chain ORDER BY id",
        (str(kept),),
    ).fetchall()
    return [uuid.UUID(row[0]) for row in rows]
