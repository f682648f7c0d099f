"""What each partner was given of each case, and partners' notices that they closed a case.

Tables `case_shared_fields` and `partner_closures` (migrations/0015). Both rows go with their case
(ON DELETE CASCADE), so erasing a case erases them too.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from casevault.vault.connection import Connection


def remember_shared_fields(
    conn: Connection, case_id: str, partner_id: str, fields: Iterable[str]
) -> None:
    """Add `fields` to what `partner_id` has received of one case (a union, never a removal)."""
    held = shared_fields(conn, case_id, partner_id) or frozenset()
    union = sorted(held | frozenset(fields))
    conn.execute(
        "INSERT INTO case_shared_fields (case_id, partner_id, fields) VALUES (?, ?, ?)"
        " ON CONFLICT (case_id, partner_id) DO UPDATE SET fields = excluded.fields",
        (case_id, partner_id, json.dumps(union)),
    )


def shared_fields(conn: Connection, case_id: str, partner_id: str) -> frozenset[str] | None:
    """The fields of one case that have left to one partner; None if the case never went there."""
    row = conn.execute(
        "SELECT fields FROM case_shared_fields WHERE case_id = ? AND partner_id = ?",
        (case_id, partner_id),
    ).fetchone()
    if row is None:
        return None
    return frozenset(str(name) for name in json.loads(row[0]))


@dataclass(frozen=True)
class Closure:
    """A partner's notice that it deleted its copy of one of our cases."""

    case_id: uuid.UUID
    partner_id: str
    closed_at: dt.datetime
    received_at: dt.datetime


def record_closure(
    conn: Connection,
    case_id: str,
    partner_id: str,
    closed_at: dt.datetime,
    received_at: dt.datetime,
) -> bool:
    """Store a closure notice; the earliest closing time is kept. True if it is new."""
    existing = conn.execute(
        "SELECT 1 FROM partner_closures WHERE case_id = ? AND partner_id = ?",
        (case_id, partner_id),
    ).fetchone()
    if existing is not None:
        conn.execute(
            "UPDATE partner_closures SET closed_at = min(closed_at, ?)"
            " WHERE case_id = ? AND partner_id = ?",
            (closed_at.isoformat(), case_id, partner_id),
        )
        return False
    conn.execute(
        "INSERT INTO partner_closures (case_id, partner_id, closed_at, received_at)"
        " VALUES (?, ?, ?, ?)",
        (case_id, partner_id, closed_at.isoformat(), received_at.isoformat()),
    )
    return True


def closure_exists(conn: Connection, case_id: str, partner_id: str) -> bool:
    """True if this partner already told us it closed this case."""
    row = conn.execute(
        "SELECT 1 FROM partner_closures WHERE case_id = ? AND partner_id = ?",
        (case_id, partner_id),
    ).fetchone()
    return row is not None


def list_closures(conn: Connection, case_id: str) -> list[Closure]:
    """Every partner that closed its copy of one case, earliest first."""
    rows = conn.execute(
        "SELECT case_id, partner_id, closed_at, received_at FROM partner_closures"
        " WHERE case_id = ? ORDER BY closed_at, partner_id",
        (case_id,),
    ).fetchall()
    return [
        Closure(
            uuid.UUID(r[0]),
            str(r[1]),
            dt.datetime.fromisoformat(r[2]),
            dt.datetime.fromisoformat(r[3]),
        )
        for r in rows
    ]
