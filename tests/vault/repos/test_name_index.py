"""vault/repos/name_index.py: the name keys written with each case, and links between cases."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.vault.repos import name_index, name_keys
from tests.vault.repos.conftest import make_case

AT = dt.datetime(2026, 2, 1, 10, 0, tzinfo=dt.UTC)


def _rowid(conn: Any, case_id: uuid.UUID) -> int:
    return int(conn.execute("SELECT rowid FROM cases WHERE id = ?", (str(case_id),)).fetchone()[0])


def test_a_verdict_is_one_per_pair_whatever_the_order(conn: Any) -> None:
    a, b = make_case(conn, "Orlov").id, make_case(conn, "Orlow").id
    assert name_index.get_link(conn, a, b) is None
    assert name_index.set_link(conn, a, b, "duplicate", AT, "caseworker") is None
    assert name_index.get_link(conn, b, a) == "duplicate"
    # Replacing returns the verdict it replaced; the pair is stored once.
    assert name_index.set_link(conn, b, a, "distinct", AT, "caseworker") == "duplicate"
    assert name_index.links_of(conn, a) == [(b, "distinct")]
    assert name_index.links_of(conn, b) == [(a, "distinct")]
    assert name_index.all_links(conn, "distinct") == {tuple(sorted((str(a), str(b))))}
    assert name_index.all_links(conn, "duplicate") == set()
    assert name_index.remove_link(conn, b, a) is True
    assert name_index.remove_link(conn, a, b) is False
    assert name_index.links_of(conn, a) == []


def test_rowids_map_back_to_case_ids(conn: Any) -> None:
    cases = [make_case(conn, name).id for name in ("Petrov", "Sidorov")]
    rowids = [_rowid(conn, case_id) for case_id in cases]
    assert name_index.case_ids_for_rowids(conn, rowids) == dict(zip(rowids, cases, strict=True))
    with pytest.raises(ValueError, match="between 1 and 500"):
        name_index.case_ids_for_rowids(conn, [])  # a query is bounded to 1..500 parameters


def test_name_keys_are_written_with_the_case_and_removed_with_none(conn: Any) -> None:
    case = make_case(conn, "Chuviliaev")
    rowid = _rowid(conn, case.id)
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%case_rowid%'"
        )
    ]
    assert tables  # the key table(s) the index writes
    counted = sum(
        conn.execute(f"SELECT count(*) FROM {t} WHERE case_rowid = ?", (rowid,)).fetchone()[0]
        for t in tables
    )
    assert counted > 0
    name_keys.write_name_keys(conn, rowid, None)
    after = sum(
        conn.execute(f"SELECT count(*) FROM {t} WHERE case_rowid = ?", (rowid,)).fetchone()[0]
        for t in tables
    )
    assert after == 0
