"""Migration 0024 kept name_keys' rule on `part` (s, g, p, a) while writing it as comparisons:
a row with another part is still refused, one with each allowed part goes in."""

from __future__ import annotations

import pytest

from casevault.services.session import Session
from casevault.vault.connection import Connection, IntegrityError


def _case_rowid(conn: Connection) -> int:
    conn.execute(
        "INSERT INTO cases (id, origin_org, status, risk, display_name, sort_name, created_at,"
        " updated_at, fields) VALUES ('c-0024', 'o', 'new', 'unknown', 'A', 'a', 't', 't', '{}')"
    )
    return int(conn.execute("SELECT rowid FROM cases WHERE id = 'c-0024'").fetchone()[0])


@pytest.mark.parametrize("part", ["x", "S", "", "sg"])
def test_another_part_is_refused(session: Session, part: str) -> None:
    with session.vault.transaction() as conn:
        rowid = _case_rowid(conn)
        with pytest.raises(IntegrityError):
            conn.execute(
                "INSERT INTO name_keys (case_rowid, kind, part, value) VALUES (?, 'k', ?, 'v')",
                (rowid, part),
            )
        assert conn.execute("SELECT count(*) FROM name_keys").fetchone()[0] == 0


def test_each_allowed_part_goes_in(session: Session) -> None:
    with session.vault.transaction() as conn:
        rowid = _case_rowid(conn)
        for part in "sgpa":
            conn.execute(
                "INSERT INTO name_keys (case_rowid, kind, part, value) VALUES (?, 't', ?, 'v')",
                (rowid, part),
            )
        stored = conn.execute("SELECT part FROM name_keys WHERE case_rowid = ?", (rowid,))
        assert sorted(row[0] for row in stored) == ["a", "g", "p", "s"]
