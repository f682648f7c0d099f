"""Many new rows into one table with one statement execution per block of rows (bulk import).

Why not `executemany`: the vault turns on SQLCipher's `cipher_memory_security`
(docs/hardening.md), which makes every allocation SQLite takes outside its per-connection
lookaside cost an `mlock` and, when freed, a wipe and an `munlock`: two system calls that
split and merge the process's memory map (profiled with `perf`: 56% of a bulk insert's time).
`executemany` runs the statement once per row, and each run allocates and frees again what a
run needs: the statement journal of a write to several b-trees, the ephemeral table of a
`CHECK (x IN (...))` with more than two values, trigger frames. One run per block pays that
once per block. Two ways to hand a block over, each better for one kind of row (measured on
the rows of a 1,000-case import, memory security on; docs/performance.md, "Import"):

* rows of short values (index rows): one JSON array bound once, unpacked by `json_each`
  (the name index: 5.1 s with `executemany`, 1.0 s; a multi-row VALUES needs a bound value
  per cell, and that many exhaust the lookaside);
* rows with long texts (`large_values`; case rows, full-text rows): a multi-row `VALUES` with
  every value bound (case rows: 3.9 s with `executemany`, 0.9 s; through JSON 1.9 s, as
  `json_each` renders every row's array as text again, growing its buffer by reallocation).

Values must be `str`, `int` or `None` (what JSON carries exactly: `->>` gives back TEXT,
INTEGER and NULL); rows go in in the order given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from casevault.vault.connection import Connection

Value = str | int | None
_JSON_BLOCK_ROWS = 500  # bounds the JSON text of one run
_VALUES_BLOCK_ROWS = 250  # and the bound values of one multi-row VALUES (SQLite allows 32,766)


def insert_rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Value]],
    *,
    or_ignore: bool = False,
    large_values: bool = False,
) -> None:
    """INSERT `rows` (each with one value per column, in `columns` order) into `table`; the
    table and column names must be our own code's, never from outside. Raises TypeError for a
    value of another type, and what the INSERT raises (a constraint violation: the caller's
    transaction is rolled back whole)."""
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    head = f"{verb} INTO {table} ({', '.join(columns)})"
    size = _VALUES_BLOCK_ROWS if large_values else _JSON_BLOCK_ROWS
    block: list[Sequence[Value]] = []
    for row in rows:
        _check(row, len(columns))
        block.append(row)
        if len(block) == size:
            _run(conn, head, len(columns), block, large_values)
            block = []
    if block:
        _run(conn, head, len(columns), block, large_values)


def _check(row: Sequence[Value], width: int) -> None:
    if len(row) != width:
        raise TypeError(f"a bulk row has {len(row)} values for {width} columns")
    for value in row:
        if value is not None and type(value) not in (str, int):  # bool, float, bytes
            raise TypeError(f"bulk rows carry str, int or None, not {type(value).__name__}")


def _run(
    conn: Connection, head: str, width: int, block: list[Sequence[Value]], large: bool
) -> None:
    if large:
        one = "(" + ", ".join("?" * width) + ")"
        conn.execute(
            f"{head} VALUES {', '.join([one] * len(block))}",
            [value for row in block for value in row],
        )
        return
    picks = ", ".join(f"value->>{index}" for index in range(width))
    conn.execute(
        f"{head} SELECT {picks} FROM json_each(?)",  # noqa: S608 - our own names
        (json.dumps(block, ensure_ascii=False, allow_nan=False),),
    )
