"""vault/repos/unsaved_edits.py: kept edits round-trip oldest first, are deleted one by one and
go with their case."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.vault.connection import DatabaseError
from casevault.vault.repos import unsaved_edits

from .conftest import new_id

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_kept_edits_round_trip_oldest_first(case_id: str, conn: Any) -> None:
    newer, older = new_id(), new_id()
    fields = {"notes": "Ёжик 🙂", "name_latin": {"surname": "X"}}
    unsaved_edits.insert(conn, newer, None, {"status": "open"}, AT + dt.timedelta(minutes=1))
    unsaved_edits.insert(conn, older, case_id, fields, AT)
    rows = unsaved_edits.list_all(conn)
    assert [r.id for r in rows] == [older, newer]
    assert rows[0].case_id == case_id
    assert rows[0].fields == fields
    assert rows[0].kept_at == AT.isoformat()
    assert rows[1].case_id is None


def test_delete_reports_whether_there_was_one(conn: Any) -> None:
    edit = new_id()
    unsaved_edits.insert(conn, edit, None, {}, AT)
    assert unsaved_edits.delete(conn, edit)
    assert not unsaved_edits.delete(conn, edit)
    assert unsaved_edits.list_all(conn) == []


def test_a_non_object_stored_value_reads_as_empty(conn: Any) -> None:
    conn.execute(
        "INSERT INTO unsaved_edits (id, case_id, fields, kept_at) VALUES (?, NULL, '[1, 2]', ?)",
        (new_id(), AT.isoformat()),
    )
    assert unsaved_edits.list_all(conn)[0].fields == {}


def test_kept_edits_need_a_real_case_and_go_with_it(case_id: str, conn: Any) -> None:
    with pytest.raises(DatabaseError):
        unsaved_edits.insert(conn, new_id(), new_id(), {}, AT)
    unsaved_edits.insert(conn, new_id(), case_id, {}, AT)
    conn.execute("DELETE FROM case_field_versions WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    assert unsaved_edits.list_all(conn) == []
