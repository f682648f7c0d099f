"""vault/repos/erasure.py: between begin and end of an erasure, every row of the case goes,
an override covering it is blanked, and the route is closed again afterwards."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.domain.case import TimelineEvent
from casevault.vault.connection import DatabaseError
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import case_search, cases, consent, erasure, sync_state, timeline

from .conftest import make_case
from .test_consent import _record

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_a_case_and_its_rows_go_and_the_route_closes(conn: Any) -> None:
    case = make_case(conn, "Erasable", tags=["x"])
    other = make_case(conn, "Other")
    case_id = str(case.id)
    event = TimelineEvent(
        id=uuid.uuid4(), case_id=case.id, date=dt.date(2026, 2, 1), text="t", created_at=AT
    )
    timeline.insert_event(conn, event)
    consent.insert_consent(conn, _record(case_id, AT))
    override = uuid.uuid4()
    consent.insert_override(conn, override, "org-a", "reason", AT, "w", [case_id, str(other.id)])
    sync_state.put_field_versions(conn, case_id, "status", [{"v": 1}])
    sync_state.record_delivery(conn, case_id, "org-a", "b1", AT)
    with pytest.raises(DatabaseError, match="immutable"):  # the route is closed
        erasure.erase_case_rows(conn, case_id, AT)

    erasure.begin_erasure(conn, case_id)
    gone = erasure.erase_case_rows(conn, case_id, AT)
    erasure.end_erasure(conn, case_id)
    assert gone.timeline_event_ids == (str(event.id),)
    assert (gone.consents, gone.overrides_blanked, gone.deliveries, gone.field_versions) == (
        1,
        1,
        1,
        1,
    )
    assert "name_keys" in gone.optional_tables
    with pytest.raises(RecordNotFound):
        cases.get_case(conn, case.id)
    assert case_search.search_cases(conn, "Erasable") == []
    assert conn.execute("SELECT count(*) FROM erasure_in_progress").fetchone()[0] == 0
    (kept,) = consent.list_overrides_for_case(conn, other.id)
    assert (kept.reason, kept.reason_erased_at, kept.case_ids) == (None, AT, (str(other.id),))
    assert [s.id for s in case_search.search_cases(conn, "Other")] == [other.id]


def test_table_exists(conn: Any) -> None:
    assert erasure.table_exists(conn, "cases")
    assert erasure.table_exists(conn, "case_fts")
    assert not erasure.table_exists(conn, "no_such_table")
