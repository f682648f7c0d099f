"""The database's own integrity checks: SQLCipher's page authentication and SQLite's structure.

`PRAGMA cipher_integrity_check` re-reads every page of the file and checks its HMAC (a page
altered or damaged at rest fails it); `PRAGMA integrity_check` walks every b-tree, index and
free list. Both only read. Neither reveals case data: they report page numbers and tree names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casevault.vault.connection import Connection, DatabaseError, OperationalError

_PAGE_NUMBER = re.compile(r"page (\d+)")
_STRUCTURE_LIMIT = 100  # integrity_check stops after this many problems; the count is enough


@dataclass(frozen=True)
class PageCheck:
    """Pages of the file whose authentication failed (numbers from 1), and how many problems
    SQLCipher reported in all (a line it reports without a page number still counts)."""

    damaged_pages: tuple[int, ...]
    problems: int


def check_pages(conn: Connection) -> PageCheck:
    """Run `PRAGMA cipher_integrity_check` on the open database. Read-only; never raises for
    damage (damage is the answer), only for a storage failure of the read itself."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    pages = sorted({int(match) for row in rows for match in _PAGE_NUMBER.findall(row)})
    return PageCheck(tuple(pages), len(rows))


def count_structure_problems(conn: Connection) -> int:
    """Run `PRAGMA integrity_check`: 0 if the b-trees are sound, else the number of problems
    found (at least 1 if SQLite could not even walk the file: a damaged page it needs)."""
    try:
        rows = conn.execute(f"PRAGMA integrity_check({_STRUCTURE_LIMIT})").fetchall()
    except OperationalError:
        raise  # the storage failed (I/O, vanished): not an answer about the structure
    except DatabaseError:
        return 1
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    problems = [line for line in lines if line != "ok" and not line.startswith("***")]
    return len(problems)
