"""vault/repos/cases.py: cases round-trip, unknown ids are typed errors, listing filters, sorts
and is bounded, search sees names but not deleted cases, tombstones keep the earliest time."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.vault.connection import DatabaseError
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases
from casevault.vault.repos.short_ids import IdTable, find_ids_by_prefix

from .conftest import make_case

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_a_case_round_trips_and_updates(conn: Any) -> None:
    case = make_case(conn, "Чувиляев", notes="O'Brien; DROP TABLE cases; --", tags=["Urgent"])
    assert cases.get_case(conn, case.id) == case
    new_fields = case.fields.model_copy(update={"notes": "changed"})
    updated = case.model_copy(update={"fields": new_fields, "updated_at": AT})
    cases.update_case(conn, updated)
    assert cases.get_case(conn, case.id) == updated
    with pytest.raises(DatabaseError):
        cases.insert_case(conn, case)  # same id twice


def test_unknown_cases_are_typed_errors(conn: Any) -> None:
    missing = make_case(conn).model_copy(update={"id": uuid.uuid4()})
    with pytest.raises(RecordNotFound) as caught:
        cases.get_case(conn, missing.id)
    assert (caught.value.record_type, caught.value.record_id) == ("case", str(missing.id))
    with pytest.raises(RecordNotFound):
        cases.update_case(conn, missing)
    with pytest.raises(RecordNotFound):
        cases.reindex_timeline(conn, missing.id)


def test_listing_filters_sorts_pages_and_is_bounded(conn: Any) -> None:
    b = make_case(conn, "Bravo", country="UA", tags=["x"])
    a = make_case(conn, "alpha", country="UA")
    c = make_case(conn, "Charlie", country="RU")
    gone = make_case(conn, "Aaron")
    cases.update_case(conn, gone.model_copy(update={"deleted": True}))
    everyone = cases.CaseFilter()
    assert [s.id for s in cases.list_cases(conn, everyone)] == [a.id, b.id, c.id]
    assert [s.id for s in cases.list_cases(conn, everyone, limit=1, offset=1)] == [b.id]
    assert cases.count_cases(conn, everyone) == 3
    assert cases.count_cases(conn, cases.CaseFilter(include_deleted=True)) == 4
    assert cases.count_cases(conn, cases.CaseFilter(country="ua")) == 2
    assert [s.id for s in cases.list_cases(conn, cases.CaseFilter(tag=" X "))] == [b.id]
    only = cases.CaseFilter(only_ids=(str(a.id), str(c.id)), except_ids=(str(c.id),))
    assert [s.id for s in cases.list_cases(conn, only)] == [a.id]
    assert cases.iter_case_ids(conn) == sorted(str(x.id) for x in (a, b, c))
    assert len(cases.iter_case_ids(conn, include_deleted=True)) == 4
    for _ in range(cases.MAX_PAGE - 2):
        conn.execute(
            "INSERT INTO cases (id, origin_org, status, risk, display_name, sort_name,"
            " created_at, updated_at, deleted, fields) SELECT ?, origin_org, status, risk,"
            " display_name, sort_name, created_at, updated_at, deleted, fields FROM cases"
            " WHERE id = ?",
            (str(uuid.uuid4()), str(a.id)),
        )
    assert len(cases.list_cases(conn, everyone, limit=10**6)) == cases.MAX_PAGE


def test_ids_by_prefix(conn: Any) -> None:
    case = make_case(conn)
    assert find_ids_by_prefix(conn, IdTable.CASES, str(case.id)[:8]) == [str(case.id)]
    assert find_ids_by_prefix(conn, IdTable.CASES, "zzzz") == []


def test_tombstones_keep_the_earliest_time(conn: Any) -> None:
    later = AT + dt.timedelta(days=1)
    assert not cases.has_tombstone(conn, "case", "c1")
    cases.insert_tombstone(conn, "case", "c1", later)
    cases.insert_tombstone(conn, "case", "c1", AT + dt.timedelta(days=5))  # ignored
    cases.keep_earliest_tombstone(conn, "case", "c1", AT + dt.timedelta(days=3))
    assert cases.list_tombstones(conn, "case") == [("c1", later.isoformat())]
    cases.keep_earliest_tombstone(conn, "case", "c1", AT)
    assert cases.list_tombstones(conn, "case") == [("c1", AT.isoformat())]
    assert cases.list_tombstones(conn, "evaluation") == []
    cases.remove_tombstone(conn, "case", "c1")
    assert not cases.has_tombstone(conn, "case", "c1")
