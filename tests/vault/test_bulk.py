"""Bulk inserts (vault/repos/bulk.py) write exactly the rows given in a real
vault: types, order, NULL, quotes, non-Latin text, more rows than one block; a wrong value
type is refused (its block is not written), and a constraint violation raises."""

from __future__ import annotations

import pytest

from casevault.services.session import Session
from casevault.vault.connection import IntegrityError
from casevault.vault.repos import bulk

HOSTILE = [
    'a"b',
    "x'y",
    "\\",
    "[1,2]",
    "null",
    "Ёжиков",
    "tab\there",
    "new\nline",
    "😀",
    "",
    "nul\x00inside",
    "\u2028",
]


def _rows(count: int) -> list[tuple[str | int | None, ...]]:
    return [
        (index, HOSTILE[index % len(HOSTILE)] * (1 + index % 3), None if index % 4 else index * 7)
        for index in range(count)
    ]


@pytest.mark.parametrize("count", [0, 1, 5_001])
def test_rows_arrive_exactly(session: Session, count: int) -> None:
    rows = _rows(count)
    with session.vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE bulk_probe (n INTEGER, t TEXT, m)")
        bulk.insert_rows(conn, "bulk_probe", ("n", "t", "m"), rows)
        stored = conn.execute("SELECT n, t, m, typeof(t), typeof(m) FROM bulk_probe").fetchall()
    assert [tuple(r[:3]) for r in stored] == rows  # order, values and NULLs kept
    assert all(r[3] == "text" and r[4] in ("integer", "null") for r in stored)


def test_blocks_cut_by_characters_keep_every_row(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "_BLOCK_CHARACTERS", 40)  # a block every few rows
    rows = _rows(97)
    with session.vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE bulk_probe (n INTEGER, t TEXT, m)")
        bulk.insert_rows(conn, "bulk_probe", ("n", "t", "m"), rows)
        stored = conn.execute("SELECT n, t, m FROM bulk_probe").fetchall()
    assert [tuple(r) for r in stored] == rows


def test_or_ignore_skips_rows_already_there(session: Session) -> None:
    with session.vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE bulk_keys (k TEXT PRIMARY KEY)")
        bulk.insert_rows(conn, "bulk_keys", ("k",), [("a",), ("b",)])
        bulk.insert_rows(conn, "bulk_keys", ("k",), [("b",), ("c",)], or_ignore=True)
        with pytest.raises(IntegrityError):
            bulk.insert_rows(conn, "bulk_keys", ("k",), [("d",), ("a",)])
        conn.execute("DELETE FROM bulk_keys WHERE k = 'd'")
        assert [r[0] for r in conn.execute("SELECT k FROM bulk_keys ORDER BY k")] == [
            "a",
            "b",
            "c",
        ]


@pytest.mark.parametrize("value", [True, 1.5, b"bytes"])
def test_other_value_types_are_refused_before_writing(session: Session, value: object) -> None:
    with session.vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE bulk_types (v)")
        with pytest.raises(TypeError):
            bulk.insert_rows(conn, "bulk_types", ("v",), [("ok",), (value,)])  # type: ignore[list-item]
        assert conn.execute("SELECT count(*) FROM bulk_types").fetchone()[0] == 0


@pytest.mark.parametrize("count", [1, 3, 5_001])
def test_updates_change_exactly_the_keyed_rows(session: Session, count: int) -> None:
    rows = _rows(count)
    with session.vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE bulk_update (n INTEGER PRIMARY KEY, t TEXT, m)")
        bulk.insert_rows(conn, "bulk_update", ("n", "t", "m"), [(-1, "other", 0), *rows])
        changed = [(n, f"{t}!", None if m is None else m + 1) for n, t, m in rows]
        stranger = (10**9, "nobody", 1)  # no such key: nothing written
        updated = bulk.update_rows(conn, "bulk_update", "n", ("t", "m"), [*changed, stranger])
        stored = conn.execute("SELECT n, t, m FROM bulk_update ORDER BY n").fetchall()
    assert updated == count
    assert [tuple(r) for r in stored] == [(-1, "other", 0), *changed]


@pytest.mark.parametrize("values", [["Ёж"], ["a", "b'", "Ёж"]])
def test_one_of_matches_exactly_the_values(session: Session, values: list[str]) -> None:
    with session.vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE bulk_match (k TEXT)")
        bulk.insert_rows(conn, "bulk_match", ("k",), [("a",), ("b'",), ("Ёж",), ("z",)])
        condition, parameters = bulk.one_of("k", values)
        found = conn.execute(f"SELECT k FROM bulk_match WHERE {condition}", parameters)
        assert sorted(r[0] for r in found) == sorted(values)
