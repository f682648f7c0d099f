"""Writing the name index (tables name_keys, name_key_vocab): one case's keys, many cases' keys,
the rebuild after the migration that created the index. Reading it: vault/repos/name_index.py.

The keys are computed by domain/names.py. Keys no longer used by any case leave the vocabulary
too, so an erased name leaves nothing behind in the index.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from casevault.domain.case import CaseFields
from casevault.domain.names import index_rows
from casevault.vault.connection import Connection
from casevault.vault.repos import bulk

Row = tuple[str, str, str]  # kind, part, value


def write_name_keys(conn: Connection, case_rowid: int, fields: CaseFields | None) -> None:
    """Replace a case's rows with those of `fields` (None: the case leaves the index)."""
    write_cases_name_keys(conn, [(case_rowid, fields)])


def write_cases_name_keys(conn: Connection, cases: Sequence[tuple[int, CaseFields | None]]) -> None:
    """`write_name_keys` for many cases, one statement per table for all of them; a case whose
    rows are unchanged (the usual edit leaves the names as they were) is not rewritten."""
    wanted = {rowid: index_rows(fields) if fields is not None else set() for rowid, fields in cases}
    stored: dict[int, set[Row]] = {rowid: set() for rowid in wanted}
    condition, parameters = bulk.one_of("case_rowid", sorted(wanted))
    for rowid, kind, part, value in conn.execute(
        f"SELECT case_rowid, kind, part, value FROM name_keys WHERE {condition}",  # noqa: S608 - our own names
        parameters,
    ):
        stored[int(rowid)].add((str(kind), str(part), str(value)))
    changed = sorted(rowid for rowid, rows in wanted.items() if rows != stored[rowid])
    if not changed:
        return
    condition, parameters = bulk.one_of("case_rowid", changed)
    conn.execute(f"DELETE FROM name_keys WHERE {condition}", parameters)  # noqa: S608 - our own names
    old_keys = {value for rowid in changed for kind, _, value in stored[rowid] if kind == "k"}
    new_keys = {value for rowid in changed for kind, _, value in wanted[rowid] if kind == "k"}
    _insert(conn, [(rowid, row) for rowid in changed for row in wanted[rowid]], new_keys - old_keys)
    gone = sorted(old_keys - new_keys)
    if gone:
        conn.execute(
            "DELETE FROM name_key_vocab WHERE key IN (SELECT value FROM json_each(?))"
            " AND NOT EXISTS (SELECT 1 FROM name_keys WHERE kind = 'k' AND value = key)",
            (json.dumps(gone, ensure_ascii=False),),
        )


def write_new_name_keys(conn: Connection, cases: Sequence[tuple[int, CaseFields]]) -> None:
    """Index cases that have no rows yet (just inserted), all in one batch: the rows of
    `write_name_keys`, without its read and delete of rows that cannot exist."""
    rows = [(rowid, row) for rowid, fields in cases for row in index_rows(fields)]
    _insert(conn, rows, {value for _, (kind, _, value) in rows if kind == "k"})


def _insert(conn: Connection, rows: Sequence[tuple[int, Row]], keys: set[str]) -> None:
    """Insert `rows`, and `keys` into the vocabulary unless it has them."""
    # In primary-key order (kind, value, case_rowid, part): the table is WITHOUT ROWID, so rows
    # in key order fill its pages one after the other instead of splitting pages at random.
    ordered = sorted((kind, value, rowid, part) for rowid, (kind, part, value) in rows)
    bulk.insert_rows(conn, "name_keys", ("kind", "value", "case_rowid", "part"), ordered)
    bulk.insert_rows(
        conn,
        "name_key_vocab",
        ("key", "reversed"),
        [(key, key[::-1]) for key in sorted(keys)],
        or_ignore=True,
    )


def rebuild_if_pending(conn: Connection) -> int:
    """Index every live case once after the migration that created the index; return how many.

    Runs in its own transaction; a crash midway leaves the flag set and the work is redone.
    """
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'name_index'").fetchone()
    if row is None or row[0] != "rebuild":
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        cases = conn.execute("SELECT rowid, fields FROM cases WHERE deleted = 0").fetchall()
        write_cases_name_keys(
            conn, [(rowid, CaseFields.model_validate_json(fields)) for rowid, fields in cases]
        )
        conn.execute("UPDATE vault_meta SET value = 'current' WHERE key = 'name_index'")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(cases)
