"""Read-only views of laptops (nodes): ours for the laptops screen, anyone's for naming the
sides of a conflict. Nothing here writes; node keys and revocations are written by
repos/node_keys.py and repos/nodes.py."""

from __future__ import annotations

from dataclasses import dataclass

from casevault.vault.connection import Connection


@dataclass(frozen=True)
class LaptopRow:
    """One laptop of an organisation as this vault knows it. Fingerprints are lower-case hex."""

    node_id: str
    fingerprint: str | None  # of the certified node keys, None if no certificate is held
    certificate: bytes | None  # as verified on receipt (carries the laptop's label)
    removed_at: str | None  # removed here (our own laptops only)
    revoked_at: str | None  # a signed revocation is held
    last_bundle_applied: str | None


_OWN_LAPTOPS = """
SELECT n.node_id, c.fingerprint, c.certificate, r.removed_at, v.revoked_at,
       (SELECT max(b.applied_at) FROM applied_bundles b
         WHERE b.sender_org = :org AND b.sender_node = n.node_id)
FROM (SELECT node_id FROM node_certificates WHERE org_id = :org
      UNION SELECT sender_node FROM applied_bundles WHERE sender_org = :org
      UNION SELECT node_id FROM removed_nodes
      UNION SELECT node_id FROM node_revocations WHERE org_id = :org
      UNION SELECT :this) n
LEFT JOIN node_certificates c ON c.org_id = :org AND c.node_id = n.node_id
LEFT JOIN removed_nodes r ON r.node_id = n.node_id
LEFT JOIN node_revocations v ON v.org_id = :org AND v.node_id = n.node_id
ORDER BY n.node_id
"""


def laptops_of(conn: Connection, org_id: str, this_node: str) -> list[LaptopRow]:
    """Every laptop of `org_id` this vault knows of (certified, heard from, removed or revoked),
    `this_node` always included, by node id."""
    rows = conn.execute(_OWN_LAPTOPS, {"org": org_id, "this": this_node}).fetchall()
    return [
        LaptopRow(
            str(row[0]),
            None if row[1] is None else str(row[1]),
            None if row[2] is None else bytes(row[2]),
            None if row[3] is None else str(row[3]),
            None if row[4] is None else str(row[4]),
            None if row[5] is None else str(row[5]),
        )
        for row in rows
    ]


def known_node_origins(conn: Connection) -> list[tuple[str, str, bytes | None]]:
    """(organisation id, node id, certificate or None) for every node this vault heard from:
    certified nodes first, then senders of applied bundles without a certificate."""
    rows = conn.execute(
        "SELECT org_id, node_id, certificate FROM node_certificates"
        " UNION ALL SELECT DISTINCT b.sender_org, b.sender_node, NULL FROM applied_bundles b"
        " WHERE NOT EXISTS (SELECT 1 FROM node_certificates c"
        "  WHERE c.org_id = b.sender_org AND c.node_id = b.sender_node)"
    ).fetchall()
    return [(str(r[0]), str(r[1]), None if r[2] is None else bytes(r[2])) for r in rows]
