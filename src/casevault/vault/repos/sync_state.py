"""Sync bookkeeping: field versions, the node's clock, applied bundles, deliveries."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

from casevault.vault.connection import Connection
from casevault.vault.repos import bulk

CLOCK_KEY = "hlc_last"
CaseVersions = tuple[str, dict[str, list[dict[str, Any]]]]  # case id, field -> versions


def get_field_versions(conn: Connection, case_id: str) -> dict[str, list[dict[str, Any]]]:
    """field -> its stored versions (JSON objects), for one case."""
    return get_cases_field_versions(conn, [case_id]).get(case_id, {})


def get_cases_field_versions(
    conn: Connection, case_ids: Sequence[str]
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """case id -> its fields' stored versions, for the cases among `case_ids` that have any."""
    condition, parameters = bulk.one_of("case_id", sorted(set(case_ids)))
    rows = conn.execute(
        f"SELECT case_id, versions FROM case_field_versions WHERE {condition}",  # noqa: S608 - our own names
        parameters,
    ).fetchall()
    return {str(row[0]): dict(json.loads(row[1])) for row in rows}


def put_case_versions(
    conn: Connection, case_id: str, versions: dict[str, list[dict[str, Any]]]
) -> None:
    """Replace every field's versions of one case (one row: one write per edit or import)."""
    replace_cases_versions(conn, [(case_id, versions)])


def replace_cases_versions(conn: Connection, items: Sequence[CaseVersions]) -> None:
    """`put_case_versions` for many cases (distinct ids), one statement per block of them."""
    if items:
        condition, parameters = bulk.one_of("case_id", [case_id for case_id, _ in items])
        conn.execute(f"DELETE FROM case_field_versions WHERE {condition}", parameters)  # noqa: S608 - our own names
        put_new_case_versions(conn, items)


def put_field_versions(
    conn: Connection, case_id: str, field: str, versions: list[dict[str, Any]]
) -> None:
    """Replace one field's versions (more than one means a conflict)."""
    current = get_field_versions(conn, case_id)
    current[field] = versions
    put_case_versions(conn, case_id, current)


def iter_conflicts(conn: Connection, limit: int = 1000) -> Iterator[tuple[str, str, str]]:
    """(case id, field, versions JSON) of every field in conflict."""
    cursor = conn.execute(
        "SELECT case_id, versions FROM case_field_versions WHERE conflicts > 0"
        " ORDER BY case_id LIMIT ?",
        (limit,),
    )
    for case_id, versions_json in cursor.fetchall():
        for field, versions in sorted(json.loads(versions_json).items()):
            if len(versions) > 1:
                yield case_id, field, json.dumps(versions, ensure_ascii=False)


def count_conflicts(conn: Connection) -> int:
    """How many fields are in conflict."""
    row = conn.execute(
        "SELECT coalesce(sum(conflicts), 0) FROM case_field_versions WHERE conflicts > 0"
    ).fetchone()
    return int(row[0])


def get_clock(conn: Connection) -> str | None:
    """The last HLC timestamp this node issued or observed (encoded)."""
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (CLOCK_KEY,)).fetchone()
    return None if row is None else str(row[0])


def put_clock(conn: Connection, encoded: str) -> None:
    """Advance the node's clock."""
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (CLOCK_KEY, encoded),
    )


def bundle_was_applied(conn: Connection, bundle_id: str) -> bool:
    """True if a bundle with this id was applied before (replay)."""
    row = conn.execute("SELECT 1 FROM applied_bundles WHERE bundle_id = ?", (bundle_id,))
    return row.fetchone() is not None


def record_applied_bundle(
    conn: Connection,
    bundle_id: str,
    sender_org: str,
    sender_node: str,
    created_at: str,
    at: dt.datetime,
) -> None:
    """Remember a bundle id for good."""
    conn.execute(
        "INSERT INTO applied_bundles (bundle_id, sender_org, sender_node, created_at, applied_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (bundle_id, sender_org, sender_node, created_at, at.isoformat()),
    )


def record_delivery(
    conn: Connection, case_id: str, partner_id: str, bundle_id: str, at: dt.datetime
) -> None:
    """Remember that a partner received a case."""
    conn.execute(
        "INSERT OR IGNORE INTO case_deliveries (case_id, partner_id, bundle_id, sent_at)"
        " VALUES (?, ?, ?, ?)",
        (case_id, partner_id, bundle_id, at.isoformat()),
    )


def list_deliveries(conn: Connection, case_id: str) -> list[tuple[str, str, str]]:
    """(partner id, bundle id, sent at) for one case."""
    rows = conn.execute(
        "SELECT partner_id, bundle_id, sent_at FROM case_deliveries WHERE case_id = ?"
        " ORDER BY sent_at",
        (case_id,),
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def put_new_case_versions(conn: Connection, items: Sequence[CaseVersions]) -> None:
    """`put_case_versions` for many cases that have no versions stored yet, in one statement."""
    bulk.insert_rows(  # one statement run per block of rows (vault/repos/bulk.py)
        conn,
        "case_field_versions",
        ("case_id", "versions", "conflicts"),
        [
            (
                case_id,
                json.dumps(versions, ensure_ascii=False, sort_keys=True),
                sum(1 for field_versions in versions.values() if len(field_versions) > 1),
            )
            for case_id, versions in items
        ],
    )
