"""vault/repos/audit.py: entries chain onto each other, are read newest first in pages, and the
database refuses to change or remove them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.domain.audit import verify_chain
from casevault.vault.connection import DatabaseError
from casevault.vault.repos import audit

from .conftest import new_id

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _append(conn: Any, record_id: str, **details: Any) -> int:
    return audit.append_entry(
        conn,
        at=AT,
        actor="tester",
        action="test.write",
        record_type="case",
        record_id=record_id,
        details=details,
    )


def test_entries_chain_and_the_chain_verifies(conn: Any) -> None:
    before = audit.highest_seq_issued(conn)
    first = _append(conn, new_id(), field="status")
    second = _append(conn, new_id())
    assert (first, second) == (before + 1, before + 2)
    assert audit.highest_seq_issued(conn) == second
    newest, previous = audit.list_entries(conn, limit=2)
    assert (newest.seq, previous.seq) == (second, first)
    assert newest.prev_hash == previous.hash
    assert previous.details == {"field": "status"}
    assert newest.at == AT
    stored = list(audit.iter_stored_entries(conn))
    assert [e.seq for e in stored] == list(range(1, second + 1))
    assert verify_chain(stored, audit.highest_seq_issued(conn)) is None


def test_listing_filters_by_record_and_pages_by_seq(conn: Any) -> None:
    record, other = new_id(), new_id()
    seqs = [_append(conn, record) for _ in range(5)]
    _append(conn, other)
    assert [e.seq for e in audit.list_entries(conn, record_id=record)] == seqs[::-1]
    page = audit.list_entries(conn, record_id=record, limit=2)
    assert [e.seq for e in page] == [seqs[4], seqs[3]]
    page = audit.list_entries(conn, record_id=record, limit=2, before_seq=page[-1].seq)
    assert [e.seq for e in page] == [seqs[2], seqs[1]]
    assert audit.list_entries(conn, record_id=record, before_seq=seqs[0]) == []
    assert audit.list_entries(conn, record_id=new_id()) == []


def test_entries_about_a_record_include_those_naming_it_in_details(conn: Any) -> None:
    case, evaluation = new_id(), new_id()
    own = _append(conn, case)
    naming = _append(conn, evaluation, case_id=case)
    _append(conn, new_id())
    assert [e.seq for e in audit.list_entries_about(conn, case)] == [own, naming]


def test_the_database_refuses_to_rewrite_history(conn: Any) -> None:
    seq = _append(conn, new_id())
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?", (seq,))
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    assert audit.list_entries(conn, limit=1)[0].actor == "tester"


def test_bulk_append_stores_the_very_rows_of_one_append_per_entry(conn: Any) -> None:
    _append(conn, new_id())  # a chain head to continue from
    entries = [
        audit.NewEntry(
            AT + dt.timedelta(microseconds=i),
            "tester",
            "case.import",
            "case",
            new_id(),
            {"fields": ["notes", "status"][: i % 3], "conflicts": [], "ё": i},
        )
        for i in range(600)  # more than one block of rows (vault/repos/bulk.py)
    ]
    conn.execute("SAVEPOINT one_by_one")
    seqs = [
        audit.append_entry(
            conn,
            at=e.at,
            actor=e.actor,
            action=e.action,
            record_type=e.record_type,
            record_id=e.record_id,
            details=e.details,
        )
        for e in entries
    ]
    one_by_one = list(audit.iter_stored_entries(conn))
    conn.execute("ROLLBACK TO one_by_one")
    assert audit.append_entries(conn, entries) == seqs
    assert list(audit.iter_stored_entries(conn)) == one_by_one
    assert audit.highest_seq_issued(conn) == seqs[-1]
    assert verify_chain(one_by_one, seqs[-1]) is None
    assert audit.append_entries(conn, []) == []
    assert _append(conn, new_id()) == seqs[-1] + 1  # the chain goes on after a bulk append
