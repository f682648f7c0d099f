"""vault/repos/timeline.py: events round-trip in date order, remember their origin, are unique
by id and go with their case."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.domain.case import TimelineEvent
from casevault.vault.connection import DatabaseError
from casevault.vault.repos import timeline

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _event(case_id: str, day: int, created: dt.datetime = AT, text: str = "call") -> TimelineEvent:
    return TimelineEvent(
        id=uuid.uuid4(),
        case_id=uuid.UUID(case_id),
        date=dt.date(2026, 2, day),
        kind="call",
        text=text,
        created_at=created,
    )


def test_events_round_trip_in_date_then_creation_order(case_id: str, conn: Any) -> None:
    late = _event(case_id, 20, text="Ёжик 🙂 O'Brien; --")
    early_second = _event(case_id, 3, AT + dt.timedelta(minutes=1))
    early_first = _event(case_id, 3, AT)
    for event in (late, early_second, early_first):
        timeline.insert_event(conn, event)
    assert timeline.list_events(conn, uuid.UUID(case_id)) == [early_first, early_second, late]
    assert timeline.list_events(conn, uuid.uuid4()) == []


def test_origin_and_existence(case_id: str, conn: Any) -> None:
    ours, theirs = _event(case_id, 1), _event(case_id, 2)
    timeline.insert_event(conn, ours)
    timeline.insert_event(conn, theirs, origin_org="org-partner")
    assert timeline.get_origin(conn, ours.id) is None
    assert timeline.get_origin(conn, theirs.id) == "org-partner"
    assert timeline.event_exists(conn, theirs.id)
    assert not timeline.event_exists(conn, uuid.uuid4())
    assert timeline.get_origin(conn, uuid.uuid4()) is None


def test_an_event_is_stored_once_needs_its_case_and_goes_with_it(case_id: str, conn: Any) -> None:
    event = _event(case_id, 1)
    timeline.insert_event(conn, event)
    with pytest.raises(DatabaseError):
        timeline.insert_event(conn, event)
    with pytest.raises(DatabaseError):
        timeline.insert_event(conn, _event(str(uuid.uuid4()), 1))
    conn.execute("DELETE FROM case_field_versions WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    assert not timeline.event_exists(conn, event.id)
