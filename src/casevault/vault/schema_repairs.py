"""Bring tables made by an earlier text of a migration to the shape today's text makes.

Two migrations were edited after vaults had been written with them (before the first release):
0003 (`case_field_versions`: one row per field became one row per case) and 0005 (`name_keys`:
the primary key order changed so that "does case N have value V" is one seek). `user_version`
cannot tell these vaults apart, so the shape is read from the table itself. Found by the saved
vaults of tests/data/vaults/ (schema 3..10 were written with the earlier texts). `name_keys` of
either text is now rebuilt in today's shape by migration 0024, which runs before the repairs,
so only `case_field_versions` is left to repair here.

A migration file that vaults may have been written with must never be edited again: add a new
migration instead. Each repair runs in one transaction: a kill leaves the old shape, redone on
the next unlock.
"""

from __future__ import annotations

from casevault.vault.connection import Connection

_FIELD_VERSIONS = """
CREATE TABLE case_field_versions_new (
    case_id   TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    versions  TEXT NOT NULL,
    conflicts INTEGER NOT NULL DEFAULT 0 CHECK (conflicts >= 0)
);
INSERT INTO case_field_versions_new (case_id, versions, conflicts)
    SELECT case_id, json_group_object(field, json(versions)), sum(in_conflict)
    FROM case_field_versions GROUP BY case_id;
DROP TABLE case_field_versions;
ALTER TABLE case_field_versions_new RENAME TO case_field_versions;
CREATE INDEX case_field_conflicts ON case_field_versions (conflicts) WHERE conflicts > 0;
"""


def _columns(conn: Connection, table: str) -> dict[str, int]:
    """Column name -> its position in the primary key (0 = not in it)."""
    rows = conn.execute(f"PRAGMA table_info('{table}')").fetchall()
    return {str(row[1]): int(row[5]) for row in rows}


def _run(conn: Connection, sql: str) -> None:
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nCOMMIT;")
    except Exception:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def repair_edited_migrations(conn: Connection) -> list[str]:
    """Rebuild the tables that still have an earlier migration text's shape; return their names.

    Data is carried over unchanged in meaning. Raises the database's error if SQLite refuses
    (the table then keeps its old shape and its rows).
    """
    repaired: list[str] = []
    if "field" in _columns(conn, "case_field_versions"):
        _run(conn, _FIELD_VERSIONS)
        repaired.append("case_field_versions")
    return repaired
