"""Ids of one kind of record that start with what a person typed (a short id), via each table's
primary-key index. The table comes from a closed list, never from input."""

from __future__ import annotations

from enum import StrEnum

from casevault.vault.connection import Connection


class IdTable(StrEnum):
    """The tables whose records a person may name by a short id."""

    CASES = "cases"
    PARTNERS = "partners"
    EVALUATORS = "evaluators"
    EVALUATIONS = "evaluations"
    ATTACHMENTS = "attachments"


# A range on the primary key, not LIKE: LIKE would read '%' and '_' typed by a person as
# wildcards and could not use the index. One fixed statement per table.
_QUERIES: dict[IdTable, str] = {
    IdTable.CASES: "SELECT id FROM cases WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
    IdTable.PARTNERS: "SELECT id FROM partners WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
    IdTable.EVALUATORS: "SELECT id FROM evaluators WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
    IdTable.EVALUATIONS: "SELECT id FROM evaluations WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
    IdTable.ATTACHMENTS: "SELECT id FROM attachments WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
}


def find_ids_by_prefix(conn: Connection, table: IdTable, prefix: str, limit: int = 2) -> list[str]:
    """Up to `limit` ids of `table` starting with `prefix`, in order (an exact id comes first)."""
    rows = conn.execute(_QUERIES[table], (prefix, prefix + "\uffff", limit)).fetchall()
    return [str(row[0]) for row in rows]
