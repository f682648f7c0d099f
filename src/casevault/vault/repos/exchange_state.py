"""Incremental exchange bookkeeping (migration 0019): change sequence, knowledge, acks, sends.

The change sequence is stamped by triggers on every record a bundle carries; this module only
reads it. Knowledge is what this vault applied from each sending node; acks are what each peer
said it applied from this node; sent bundles remember what each of our bundles covered.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from casevault.vault.connection import Connection


@dataclass(frozen=True)
class Knowledge:
    """What this vault applied without a gap from one sending node."""

    node_id: str
    org_id: str
    seq: int
    bundle_id: str


@dataclass(frozen=True)
class StoredAck:
    """A peer's latest acknowledgement of this node's changes."""

    peer_org: str
    seq: int
    bundle_id: str
    bundle_created_at: dt.datetime
    received_at: dt.datetime


@dataclass(frozen=True)
class SentBundle:
    """One whole-vault bundle this node wrote."""

    bundle_id: str
    peer_org: str
    base: int
    high: int
    coverage: frozenset[str]
    sent_at: dt.datetime


def current_seq(conn: Connection) -> int:
    """The highest change sequence number issued in this vault."""
    return int(conn.execute("SELECT seq FROM change_counter WHERE id = 1").fetchone()[0])


def raise_seq_above(conn: Connection, seq: int) -> None:
    """Make every later change number larger than `seq` (after a restore from backup)."""
    conn.execute("UPDATE change_counter SET seq = max(seq, ?) WHERE id = 1", (seq,))


def changed_since(conn: Connection, since: int) -> tuple[dict[str, set[str]], set[str]]:
    """(kind -> record ids changed after `since`, case ids first seen here after `since`).

    Kinds: case, timeline, evaluation, attachment, tombstone. For a case, the record id is the
    case id; for the others the case id is in `case_of`."""
    by_kind: dict[str, set[str]] = defaultdict(set)
    new_cases: set[str] = set()
    rows = conn.execute(
        "SELECT kind, record_id, first_seq FROM record_changes WHERE seq > ?", (since,)
    )
    for kind, record_id, first_seq in rows:
        by_kind[kind].add(record_id)
        if kind == "case" and first_seq > since:
            new_cases.add(record_id)
    return by_kind, new_cases


def cases_of(conn: Connection, kind: str, record_ids: set[str]) -> set[str]:
    """The case ids the given records of one kind belong to."""
    found: set[str] = set()
    ids = sorted(record_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT case_id FROM record_changes WHERE kind = ? AND record_id IN ({marks})",  # noqa: S608 - placeholders only
            (kind, *chunk),
        )
        found.update(row[0] for row in rows)
    return found


def get_knowledge(conn: Connection) -> list[Knowledge]:
    """Everything this vault applied without a gap, per sending node."""
    rows = conn.execute(
        "SELECT node_id, org_id, seq, bundle_id FROM peer_knowledge ORDER BY node_id"
    ).fetchall()
    return [Knowledge(r[0], r[1], int(r[2]), r[3]) for r in rows]


def put_knowledge(conn: Connection, knowledge: Knowledge, at: dt.datetime) -> None:
    """Store what we now hold without a gap from one node (the caller decides it may rise)."""
    conn.execute(
        "INSERT INTO peer_knowledge (node_id, org_id, seq, bundle_id, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (node_id) DO UPDATE SET org_id = excluded.org_id,"
        " seq = excluded.seq, bundle_id = excluded.bundle_id, updated_at = excluded.updated_at",
        (knowledge.node_id, knowledge.org_id, knowledge.seq, knowledge.bundle_id, at.isoformat()),
    )


def get_ack(conn: Connection, peer_org: str) -> StoredAck | None:
    """The peer's latest acknowledgement of this node's changes, if any."""
    row = conn.execute(
        "SELECT peer_org, seq, bundle_id, bundle_created_at, received_at FROM peer_acks"
        " WHERE peer_org = ?",
        (peer_org,),
    ).fetchone()
    if row is None:
        return None
    return StoredAck(
        row[0],
        int(row[1]),
        row[2],
        dt.datetime.fromisoformat(row[3]),
        dt.datetime.fromisoformat(row[4]),
    )


def put_ack(conn: Connection, ack: StoredAck) -> None:
    """Replace the peer's stored acknowledgement."""
    conn.execute(
        "INSERT INTO peer_acks (peer_org, seq, bundle_id, bundle_created_at, received_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (peer_org) DO UPDATE SET seq = excluded.seq,"
        " bundle_id = excluded.bundle_id, bundle_created_at = excluded.bundle_created_at,"
        " received_at = excluded.received_at",
        (
            ack.peer_org,
            ack.seq,
            ack.bundle_id,
            ack.bundle_created_at.isoformat(),
            ack.received_at.isoformat(),
        ),
    )


def get_sent_bundle(conn: Connection, bundle_id: str, peer_org: str) -> SentBundle | None:
    """A whole-vault bundle this node wrote to a peer, or None if this vault never wrote it."""
    row = conn.execute(
        "SELECT bundle_id, peer_org, base, high, coverage, sent_at FROM sent_bundles"
        " WHERE bundle_id = ? AND peer_org = ?",
        (bundle_id, peer_org),
    ).fetchone()
    if row is None:
        return None
    return SentBundle(
        row[0],
        row[1],
        int(row[2]),
        int(row[3]),
        frozenset(json.loads(row[4])),
        dt.datetime.fromisoformat(row[5]),
    )


def put_sent_bundle(conn: Connection, sent: SentBundle) -> None:
    """Remember a whole-vault bundle this node wrote."""
    conn.execute(
        "INSERT INTO sent_bundles (bundle_id, peer_org, base, high, coverage, sent_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            sent.bundle_id,
            sent.peer_org,
            sent.base,
            sent.high,
            json.dumps(sorted(sent.coverage)),
            sent.sent_at.isoformat(),
        ),
    )
