"""Remove every row about one case, for good (the storage half of services/erasure.py).

The rows that never change otherwise (consent records, override reasons, finalised evaluations)
can only be removed while `erasure_in_progress` holds the case id (0007/0008 migrations):
`begin_erasure` writes it and `end_erasure` removes it, both inside the caller's transaction.
Tables that a later migration may or may not have added yet (name keys, case links) are
cleaned only if they exist, checked in sqlite_master.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casevault.vault.connection import Connection
from casevault.vault.repos import fulltext_terms

# Optional tables (added by other migrations): table -> SQL removing the case's rows, by the
# case's id or by its integer rowid (bound once as ?1).
_OPTIONAL_BY_ID: dict[str, str] = {
    "case_links": "DELETE FROM case_links WHERE case_a = ?1 OR case_b = ?1",
}
_OPTIONAL_BY_ROWID: dict[str, str] = {
    "name_keys": "DELETE FROM name_keys WHERE case_rowid = ?1",
}


@dataclass(frozen=True)
class ErasedRows:
    """What was removed: counts, and the ids that get tombstones."""

    evaluation_ids: tuple[str, ...]
    timeline_event_ids: tuple[str, ...]
    consents: int
    overrides_blanked: int
    deliveries: int
    field_versions: int
    optional_tables: tuple[str, ...]


def table_exists(conn: Connection, name: str) -> bool:
    """True if the schema has a table (or virtual table) of this name."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def begin_erasure(conn: Connection, case_id: str) -> None:
    """Open the narrow route: the case's protected rows may now be removed (this transaction)."""
    conn.execute("INSERT OR IGNORE INTO erasure_in_progress (case_id) VALUES (?)", (case_id,))


def end_erasure(conn: Connection, case_id: str) -> None:
    """Close the route again before the transaction commits."""
    conn.execute("DELETE FROM erasure_in_progress WHERE case_id = ?", (case_id,))


def _delete(conn: Connection, sql: str, case_id: str) -> int:
    return int(conn.execute(sql, (case_id,)).rowcount)


def erase_case_rows(conn: Connection, case_id: str, at: dt.datetime) -> ErasedRows:
    """Remove the case and everything attached to it. Call between begin_ and end_erasure.

    Foreign keys are checked at commit (defer_foreign_keys), so the order of deletions inside
    the case (corrections of evaluations, links) does not matter. Returns what went.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    evaluation_ids = tuple(
        row[0] for row in conn.execute("SELECT id FROM evaluations WHERE case_id = ?", (case_id,))
    )
    event_ids = tuple(
        row[0]
        for row in conn.execute("SELECT id FROM timeline_events WHERE case_id = ?", (case_id,))
    )
    rowid_row = conn.execute("SELECT rowid FROM cases WHERE id = ?", (case_id,)).fetchone()
    optional: list[str] = []
    if rowid_row is not None:
        conn.execute("DELETE FROM case_fts WHERE rowid = ?", (rowid_row[0],))
        for table, sql in _OPTIONAL_BY_ROWID.items():
            if table_exists(conn, table):
                conn.execute(sql, (rowid_row[0],))
                optional.append(table)
    for table, sql in _OPTIONAL_BY_ID.items():
        if table_exists(conn, table):
            _delete(conn, sql, case_id)
            optional.append(table)
    if table_exists(conn, "name_key_vocab") and table_exists(conn, "name_keys"):
        # A phonetic key of his name leaves the vocabulary once no other case uses it.
        conn.execute(
            "DELETE FROM name_key_vocab WHERE key NOT IN"
            " (SELECT value FROM name_keys WHERE kind = 'k')"
        )
        optional.append("name_key_vocab")
    conn.execute("DELETE FROM evaluations WHERE case_id = ?", (case_id,))
    consents = _delete(conn, "DELETE FROM consents WHERE case_id = ?", case_id)
    blanked = int(
        conn.execute(
            "UPDATE consent_overrides SET reason = NULL, reason_erased_at = ?"
            " WHERE reason IS NOT NULL AND id IN"
            " (SELECT override_id FROM consent_override_cases WHERE case_id = ?)",
            (at.isoformat(), case_id),
        ).rowcount
    )
    _delete(conn, "DELETE FROM consent_override_cases WHERE case_id = ?", case_id)
    deliveries = _delete(conn, "DELETE FROM case_deliveries WHERE case_id = ?", case_id)
    versions = _delete(conn, "DELETE FROM case_field_versions WHERE case_id = ?", case_id)
    _delete(conn, "DELETE FROM timeline_events WHERE case_id = ?", case_id)
    _delete(conn, "DELETE FROM case_tags WHERE case_id = ?", case_id)
    _delete(conn, "DELETE FROM case_received_from WHERE case_id = ?", case_id)
    _delete(conn, "DELETE FROM cases WHERE id = ?", case_id)
    return ErasedRows(
        evaluation_ids=evaluation_ids,
        timeline_event_ids=event_ids,
        consents=consents,
        overrides_blanked=blanked,
        deliveries=deliveries,
        field_versions=versions,
        optional_tables=tuple(optional),
    )


def purge_search_index(conn: Connection) -> None:
    """Merge the full-text index so that deleted entries' terms leave its pages.

    A contentless_delete FTS5 table first only marks a deleted row; its words stay in the index
    segments until they are merged. 'optimize' merges everything into one segment, dropping
    them; then the list of terms (vault/repos/fulltext_terms.py) keeps only what is left.
    Statistics tables, if ANALYZE ever ran, hold sample index keys (names): rebuilt.
    """
    conn.execute("INSERT INTO case_fts (case_fts) VALUES ('optimize')")
    fulltext_terms.prune_to_index(conn)
    if table_exists(conn, "sqlite_stat4") or table_exists(conn, "sqlite_stat1"):
        conn.execute("ANALYZE")


def same_man_cases(conn: Connection, case_id: str) -> list[str]:
    """Every other case that belongs to the same man as `case_id`: merged into it or it into
    them, or linked to it as a duplicate, followed through chains of merges and links (a case
    linked as "distinct" is another man and is not followed). Sorted ids."""
    links = table_exists(conn, "case_links")
    seen = {case_id}
    todo = [case_id]
    while todo:
        current = todo.pop()
        neighbours = [
            row[0]
            for row in conn.execute(
                "SELECT kept FROM case_merges WHERE absorbed = ?1"
                " UNION SELECT absorbed FROM case_merges WHERE kept = ?1",
                (current,),
            )
        ]
        if links:
            neighbours += [
                row[0]
                for row in conn.execute(
                    "SELECT case_b FROM case_links WHERE case_a = ?1 AND verdict = 'duplicate'"
                    " UNION SELECT case_a FROM case_links WHERE case_b = ?1"
                    " AND verdict = 'duplicate'",
                    (current,),
                )
            ]
        for other in neighbours:
            if other not in seen:
                seen.add(other)
                todo.append(other)
    seen.discard(case_id)
    return sorted(seen)
