"""Which laptop certificates and node revocations each peer holds (migration 0020).

Records are named by the SHA-256 (hex) of their signed envelope. `note_sends` remembers what a
bundle carried to a peer; `confirm` turns that into "held" once the peer's acknowledgement
names the bundle; `held` lists what still counts as held under the peer's current
acknowledgement. docs/sync.md, "Laptop certificates until acknowledged".
"""

from __future__ import annotations

from collections.abc import Iterable

from casevault.vault.connection import Connection


def note_sends(conn: Connection, peer_org: str, bundle_id: str, digests: Iterable[str]) -> None:
    """Remember that bundle `bundle_id` carried these records to `peer_org`."""
    conn.executemany(
        "INSERT OR IGNORE INTO node_record_sends (peer_org, bundle_id, digest) VALUES (?, ?, ?)",
        [(peer_org, bundle_id, digest) for digest in digests],
    )


def confirm(conn: Connection, peer_org: str, bundle_id: str, seq: int) -> int:
    """The peer acknowledged our bundle `bundle_id`, which brought its knowledge of us to
    `seq`: every record that bundle carried to it counts as held from `seq` on (the lowest
    such sequence is kept: the peer held it from then). Returns how many records that names."""
    rows = conn.execute(
        "SELECT digest FROM node_record_sends WHERE peer_org = ? AND bundle_id = ?",
        (peer_org, bundle_id),
    ).fetchall()
    digests = [row[0] for row in rows]
    conn.executemany(
        "INSERT INTO node_records_held (peer_org, digest, seq) VALUES (?, ?, ?)"
        " ON CONFLICT (peer_org, digest) DO UPDATE SET seq = min(seq, excluded.seq)",
        [(peer_org, digest, seq) for digest in digests],
    )
    # The sends of a held record are no longer needed (a restore adds new ones).
    conn.executemany(
        "DELETE FROM node_record_sends WHERE peer_org = ? AND digest = ?",
        [(peer_org, digest) for digest in digests],
    )
    return len(digests)


def held(conn: Connection, peer_org: str, acknowledged_seq: int) -> set[str]:
    """Digests of the records `peer_org` holds, given that it acknowledges our changes up to
    `acknowledged_seq` (records confirmed at a higher sequence were lost with a restore)."""
    rows = conn.execute(
        "SELECT digest FROM node_records_held WHERE peer_org = ? AND seq <= ?",
        (peer_org, acknowledged_seq),
    )
    return {row[0] for row in rows}
