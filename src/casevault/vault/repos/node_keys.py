"""Node keys (migration 0018): this laptop's own node keys and certificate, the certified
nodes of every organisation we know, and signed node revocations. docs/spec/vault.md, "Node
keys". Fingerprints here are lower-case hex."""

from __future__ import annotations

import datetime as dt
import json

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.vault.connection import Connection


def get_own_node_keys(conn: Connection, node_id: str) -> tuple[PrivateKeys, bytes | None] | None:
    """This laptop's node keys and its certificate (None until certified), or None if this
    vault has no node keys yet (made before version 17 and not unlocked since)."""
    row = conn.execute(
        "SELECT private_keys, certificate FROM own_node_keys WHERE node_id = ?", (node_id,)
    ).fetchone()
    if row is None:
        return None
    return PrivateKeys.from_bytes(bytes(row[0])), None if row[1] is None else bytes(row[1])


def insert_own_node_keys(
    conn: Connection, node_id: str, keys: PrivateKeys, at: dt.datetime
) -> None:
    """Store freshly made node keys for this laptop (not yet certified)."""
    conn.execute(
        "INSERT INTO own_node_keys (node_id, private_keys, certificate, created_at)"
        " VALUES (?, ?, NULL, ?)",
        (node_id, keys.to_bytes(), at.isoformat()),
    )


def set_own_certificate(conn: Connection, node_id: str, certificate: bytes) -> None:
    """Store the organisation's certificate for this laptop's node keys."""
    conn.execute(
        "UPDATE own_node_keys SET certificate = ? WHERE node_id = ?", (certificate, node_id)
    )


def put_certificate(
    conn: Connection,
    org_id: str,
    node_id: str,
    public_keys: PublicKeys,
    issued_at: str,
    certificate: bytes,
    at: dt.datetime,
) -> None:
    """Remember a verified certificate; a newer one for the same node replaces an older one."""
    conn.execute(
        "INSERT INTO node_certificates"
        " (org_id, node_id, fingerprint, public_keys, issued_at, certificate, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (org_id, node_id) DO UPDATE SET fingerprint = excluded.fingerprint,"
        " public_keys = excluded.public_keys, issued_at = excluded.issued_at,"
        " certificate = excluded.certificate, received_at = excluded.received_at"
        " WHERE excluded.issued_at > node_certificates.issued_at",
        (
            org_id,
            node_id,
            public_keys.fingerprint().hex(),
            json.dumps(public_keys.to_dict()),
            issued_at,
            certificate,
            at.isoformat(),
        ),
    )


def certified_nodes(conn: Connection, org_id: str) -> list[tuple[str, PublicKeys]]:
    """(node id, public keys) of every certified, non-revoked node of `org_id`, by node id."""
    rows = conn.execute(
        "SELECT c.node_id, c.public_keys FROM node_certificates c WHERE c.org_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM node_revocations r WHERE r.org_id = c.org_id"
        "  AND (r.node_id = c.node_id OR r.fingerprint = c.fingerprint))"
        " ORDER BY c.node_id",
        (org_id,),
    ).fetchall()
    return [(str(r[0]), PublicKeys.from_dict(json.loads(r[1]))) for r in rows]


def certificates(conn: Connection, org_ids: list[str] | None = None) -> list[bytes]:
    """The certificates we hold (of `org_ids`, or all), oldest first."""
    rows = conn.execute(
        "SELECT org_id, certificate FROM node_certificates ORDER BY issued_at, node_id"
    ).fetchall()
    return [bytes(r[1]) for r in rows if org_ids is None or r[0] in org_ids]


def put_revocation(
    conn: Connection,
    org_id: str,
    node_id: str,
    fingerprint: str | None,
    revoked_at: str,
    revocation: bytes,
    at: dt.datetime,
) -> bool:
    """Remember a verified node revocation (the first one for a node stays). True if new."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO node_revocations"
        " (org_id, node_id, fingerprint, revoked_at, revocation, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (org_id, node_id, fingerprint, revoked_at, revocation, at.isoformat()),
    )
    return bool(cursor.rowcount == 1)


def revocations(conn: Connection, org_ids: list[str] | None = None) -> list[bytes]:
    """The signed revocations we hold (of `org_ids`, or all), oldest first."""
    rows = conn.execute(
        "SELECT org_id, revocation FROM node_revocations ORDER BY revoked_at, node_id"
    ).fetchall()
    return [bytes(r[1]) for r in rows if org_ids is None or r[0] in org_ids]


def is_revoked(conn: Connection, org_id: str, node_id: str, fingerprint: str | None) -> bool:
    """True if a revocation names this node of `org_id`, or these node keys."""
    row = conn.execute(
        "SELECT 1 FROM node_revocations WHERE org_id = ? AND (node_id = ? OR fingerprint = ?)"
        " LIMIT 1",
        (org_id, node_id, fingerprint or ""),
    ).fetchone()
    return row is not None


def certified_fingerprint(conn: Connection, org_id: str, node_id: str) -> str | None:
    """The fingerprint of the keys certified for this node of `org_id`, or None if unknown."""
    row = conn.execute(
        "SELECT fingerprint FROM node_certificates WHERE org_id = ? AND node_id = ?",
        (org_id, node_id),
    ).fetchone()
    return None if row is None else str(row[0])
