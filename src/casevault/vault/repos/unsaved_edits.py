"""Rows of `unsaved_edits` (migration 0016): form values kept when the vault locked."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from casevault.vault.connection import Connection


@dataclass(frozen=True)
class KeptEditRow:
    """One kept edit as stored: `fields` is the editor's form data, not validated."""

    id: str
    case_id: str | None
    fields: dict[str, Any]
    kept_at: str


def insert(
    conn: Connection, edit_id: str, case_id: str | None, fields: dict[str, Any], at: dt.datetime
) -> None:
    """Store one kept edit."""
    conn.execute(
        "INSERT INTO unsaved_edits (id, case_id, fields, kept_at) VALUES (?, ?, ?, ?)",
        (edit_id, case_id, json.dumps(fields, ensure_ascii=False, sort_keys=True), at.isoformat()),
    )


def list_all(conn: Connection) -> list[KeptEditRow]:
    """Every kept edit, oldest first."""
    rows = conn.execute(
        "SELECT id, case_id, fields, kept_at FROM unsaved_edits ORDER BY kept_at, id"
    ).fetchall()
    return [KeptEditRow(row[0], row[1], _as_object(row[2]), row[3]) for row in rows]


def delete(conn: Connection, edit_id: str) -> bool:
    """Remove one kept edit; False if there was none with that id."""
    return bool(conn.execute("DELETE FROM unsaved_edits WHERE id = ?", (edit_id,)).rowcount)


def _as_object(text: str) -> dict[str, Any]:
    value = json.loads(text)
    return value if isinstance(value, dict) else {}
