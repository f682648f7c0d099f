"""Many rows into one table, or updated in it, with one statement run per block of rows (import).

Why it matters: the vault turns on SQLCipher's `cipher_memory_security` (docs/hardening.md),
which makes every allocation SQLite takes outside its per-connection lookaside (123 small
slots) an `mlock` and, when freed, a wipe and an `munlock`: two system calls each (profiled
with `perf`: more than half of a bulk insert's time). So a block of rows must leave the
lookaside free:

* one run of the statement per block, not per row (`executemany` allocates and frees again per
  row what a run needs: the statement journal of a write to several b-trees, trigger frames);
* one bound value per block: the rows as one JSON array, read by `jsonb_each`, whose `value`
  for a row is that row's array in SQLite's binary JSON, so `value->>i` takes a column without
  parsing text again. A multi-row `VALUES` binds one value per cell and holds them all at once
  (the lookaside is gone after a few rows); `json_each` would hand each row over as text to be
  parsed again (both measured on the rows of a 3,000-case import: docs/performance.md,
  "Import, 2026-11-30 (fourth pass)").

A block of one row (an edit of one case) binds its values directly: building and parsing the
JSON and joining `jsonb_each` cost more than the few values take (an UPDATE of one case 1.6 ms
by JSON, 0.35 ms bound; of 100 cases 14 ms by JSON, 27 ms one by one).

Values must be `str`, `int` or `None` (what JSON carries exactly: `->>` gives back TEXT,
INTEGER and NULL); rows go in in the order given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from casevault.vault.connection import Connection

Value = str | int | None
# A block is one statement run. Large blocks matter: each run copies every page it changes to
# the statement journal first, and rows with random keys (the second index of name_keys, the
# indexes of cases) touch a different page each, so 500-row blocks copied most pages of an index
# again and again (10,000-case import: name keys 1.7 s, 0.6 s with 5,000-row blocks). The
# character budget bounds the JSON of one run (case rows are 1-3 KB each).
_BLOCK_ROWS = 5_000
_BLOCK_CHARACTERS = 8_000_000


def insert_rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Value]],
    *,
    or_ignore: bool = False,
) -> None:
    """INSERT `rows` (each with one value per column, in `columns` order) into `table`; the
    table and column names must be our own code's, never from outside. Raises TypeError for a
    value of another type, and what the INSERT raises (a constraint violation: the caller's
    transaction is rolled back whole)."""
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    picks = ", ".join(f"value->>{index}" for index in range(len(columns)))
    into = f"{verb} INTO {table} ({', '.join(columns)})"
    sql = f"{into} SELECT {picks} FROM jsonb_each(?)"  # noqa: S608 - our own names
    one = f"{into} VALUES ({', '.join('?' for _ in columns)})"
    for block in _blocks(rows, len(columns)):
        if len(block) == 1:
            conn.execute(one, tuple(block[0]))
        else:
            _run(conn, sql, block)


def update_rows(
    conn: Connection,
    table: str,
    key: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Value]],
) -> int:
    """UPDATE the rows of `table` whose `key` column equals each row's first value, setting
    `columns` to its other values; return how many rows were updated. Keys must be unique
    among `rows` (SQLite would apply one of two rows for the same key, unsaid which). Names
    as for `insert_rows`; raises what it raises."""
    assignments = ", ".join(f"{name} = v.value->>{index}" for index, name in enumerate(columns, 1))
    matching = f"FROM jsonb_each(?) AS v WHERE {table}.{key} = v.value->>0"
    sql = f"UPDATE {table} SET {assignments} {matching}"  # noqa: S608 - our own names
    bound = ", ".join(f"{name} = ?" for name in columns)
    one = f"UPDATE {table} SET {bound} WHERE {key} = ?"  # noqa: S608 - our own names
    updated = 0
    for block in _blocks(rows, len(columns) + 1):
        before = conn.total_changes
        if len(block) == 1:
            conn.execute(one, (*block[0][1:], block[0][0]))
        else:
            _run(conn, sql, block)
        updated += conn.total_changes - before
    return updated


def one_of(column: str, values: Sequence[Value]) -> tuple[str, tuple[Value]]:
    """A condition "`column` is one of `values`" and its one parameter: `column = ?` for one
    value (an edit of one case: no JSON to build, parse and join), else membership of the
    values bound as one JSON array. `column` must be our own code's."""
    if len(values) == 1:
        return f"{column} = ?", (values[0],)
    return f"{column} IN (SELECT value FROM json_each(?))", (json.dumps(list(values)),)  # noqa: S608 - our own names


def _blocks(rows: Iterable[Sequence[Value]], width: int) -> Iterator[list[Sequence[Value]]]:
    """`rows` in blocks of at most _BLOCK_ROWS rows and about _BLOCK_CHARACTERS characters."""
    block: list[Sequence[Value]] = []
    characters = 0
    for row in rows:
        characters += _checked_length(row, width)
        block.append(row)
        if len(block) == _BLOCK_ROWS or characters >= _BLOCK_CHARACTERS:
            yield block
            block, characters = [], 0
    if block:
        yield block


def _checked_length(row: Sequence[Value], width: int) -> int:
    """The characters of `row`'s texts; TypeError for a row of another width or value type."""
    if len(row) != width:
        raise TypeError(f"a bulk row has {len(row)} values for {width} columns")
    length = width
    for value in row:
        if type(value) is str:
            length += len(value)
        elif value is not None and type(value) is not int:  # bool, float, bytes
            raise TypeError(f"bulk rows carry str, int or None, not {type(value).__name__}")
    return length


def _run(conn: Connection, sql: str, block: list[Sequence[Value]]) -> None:
    conn.execute(sql, (json.dumps(block, ensure_ascii=False, allow_nan=False),))
