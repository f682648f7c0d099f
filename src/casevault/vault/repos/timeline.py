"""Timeline events of a case (table timeline_events)."""

from __future__ import annotations

import datetime as dt
import uuid

from casevault.domain.case import TimelineEvent
from casevault.vault.connection import Connection


def insert_event(conn: Connection, event: TimelineEvent, origin_org: str | None = None) -> None:
    """Store one event; `origin_org` names the organisation it came from (None: ours)."""
    conn.execute(
        "INSERT INTO timeline_events (id, case_id, date, kind, text, created_at, origin_org)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            str(event.id),
            str(event.case_id),
            event.date.isoformat(),
            event.kind,
            event.text,
            event.created_at.isoformat(),
            origin_org,
        ),
    )


def get_origin(conn: Connection, event_id: uuid.UUID) -> str | None:
    """The organisation an event came from, or None if it was made here."""
    row = conn.execute(
        "SELECT origin_org FROM timeline_events WHERE id = ?", (str(event_id),)
    ).fetchone()
    return None if row is None else row[0]


def event_exists(conn: Connection, event_id: uuid.UUID) -> bool:
    """True if the event is stored (events are immutable: merged by id)."""
    row = conn.execute("SELECT 1 FROM timeline_events WHERE id = ?", (str(event_id),))
    return row.fetchone() is not None


def list_events(conn: Connection, case_id: uuid.UUID) -> list[TimelineEvent]:
    """A case's events, oldest first."""
    rows = conn.execute(
        "SELECT id, case_id, date, kind, text, created_at FROM timeline_events"
        " WHERE case_id = ? ORDER BY date, created_at",
        (str(case_id),),
    ).fetchall()
    return [
        TimelineEvent(
            id=uuid.UUID(row[0]),
            case_id=uuid.UUID(row[1]),
            date=dt.date.fromisoformat(row[2]),
            kind=row[3],
            text=row[4],
            created_at=dt.datetime.fromisoformat(row[5]),
        )
        for row in rows
    ]
