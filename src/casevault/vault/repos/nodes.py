"""Our organisation's nodes (laptops): which were removed, which we have heard from."""

from __future__ import annotations

import datetime as dt

from casevault.crypto.keys import PrivateKeys
from casevault.vault.connection import Connection


def remove_node(conn: Connection, node_id: str, at: dt.datetime) -> None:
    """Refuse this node's bundles from now on (idempotent)."""
    conn.execute(
        "INSERT OR IGNORE INTO removed_nodes (node_id, removed_at) VALUES (?, ?)",
        (node_id, at.isoformat()),
    )


def is_removed(conn: Connection, node_id: str) -> bool:
    """True if the node was removed."""
    row = conn.execute("SELECT 1 FROM removed_nodes WHERE node_id = ?", (node_id,)).fetchone()
    return row is not None


def list_nodes(conn: Connection, own_org_id: str) -> list[tuple[str, str | None, str | None]]:
    """(node id, last bundle applied from it, removed at) for every other node we heard from."""
    rows = conn.execute(
        "SELECT n.node_id, max(b.applied_at), r.removed_at FROM"
        " (SELECT sender_node AS node_id FROM applied_bundles WHERE sender_org = ?"
        "  UNION SELECT node_id FROM removed_nodes) n"
        " LEFT JOIN applied_bundles b ON b.sender_node = n.node_id"
        " LEFT JOIN removed_nodes r ON r.node_id = n.node_id"
        " GROUP BY n.node_id ORDER BY n.node_id",
        (own_org_id,),
    ).fetchall()
    return [(row[0], row[1], row[2]) for row in rows]


def replace_own_identity(
    conn: Connection, org_id: str, name: str, public_keys_json: str, keys: PrivateKeys
) -> None:
    """Become a node of another organisation: its id, name and keys replace ours (enrolment)."""
    conn.execute(
        "UPDATE own_organisation SET id = ?, name = ?, public_keys = ?, private_keys = ?",
        (org_id, name, public_keys_json, keys.to_bytes()),
    )


def count_own_records(conn: Connection) -> int:
    """Cases, evaluators and partners held: a vault must be empty to join an organisation."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM evaluators)"
        " + (SELECT count(*) FROM partners)"
    ).fetchone()
    return int(row[0])
