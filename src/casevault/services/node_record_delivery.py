"""Laptop certificates and node revocations go to a peer only until it holds them.

Every certificate is about 15 KiB; a bundle used to carry every one we knew. Now a bundle to a
partner carries only the records that some recipient has not acknowledged: a record counts as
held by a peer once the peer's acknowledgement names a bundle of ours that carried it, and
stops counting when the peer's acknowledgement falls below the point where it was confirmed (a
peer that restored an older backup). A `full` bundle (`--all`) carries them all, and so does a
sync bundle to our own laptops: their acknowledgements are kept per organisation, not per
laptop, so one laptop's acknowledgement cannot speak for another's, and a laptop may learn a
partner (and need its laptops' certificates) only later.

A revocation some recipient does not hold is worth a bundle of its own (`revocation_pending`):
export then writes one even when nothing else changed. docs/sync.md, "Laptop certificates
until acknowledged".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from casevault.crypto.digests import content_digest
from casevault.exchange.node_certificates import (
    CERTIFICATE_RECORD,
    REVOCATION_RECORD,
    certificate_record,
    revocation_record,
)
from casevault.exchange.seal import BundleWriter
from casevault.vault.connection import Connection
from casevault.vault.repos import exchange_state as state
from casevault.vault.repos import node_keys as node_repo
from casevault.vault.repos import node_record_acks
from casevault.vault.repos import organisation as org_repo


@dataclass(frozen=True)
class NodeRecordOut:
    """One signed certificate or revocation envelope a bundle may carry."""

    kind: str  # CERTIFICATE_RECORD or REVOCATION_RECORD
    envelope: bytes
    digest: str  # SHA-256 of the envelope, hex


@dataclass(frozen=True)
class NodeRecordsToSend:
    """The node records one bundle carries, and the peers it carries them to."""

    records: tuple[NodeRecordOut, ...]
    peer_orgs: tuple[str, ...]
    revocation_pending: bool  # a revocation some recipient does not hold yet


def _held_by(conn: Connection, peer_org: str) -> set[str]:
    ack = state.get_ack(conn, peer_org)
    return set() if ack is None else node_record_acks.held(conn, peer_org, ack.seq)


def select(
    conn: Connection, peer_orgs: Sequence[str], *, to_own_nodes: bool, full: bool
) -> NodeRecordsToSend:
    """The node records a bundle to `peer_orgs` carries: to a partner, our organisation's
    records that one of them does not hold yet (all of them if `full`); to our own laptops,
    every organisation's records (`peer_orgs` is then our own organisation)."""
    scope = None if to_own_nodes else [org_repo.get_own_organisation(conn).id]
    known = [
        NodeRecordOut(CERTIFICATE_RECORD, envelope, content_digest(envelope))
        for envelope in node_repo.certificates(conn, scope)
    ] + [
        NodeRecordOut(REVOCATION_RECORD, envelope, content_digest(envelope))
        for envelope in node_repo.revocations(conn, scope)
    ]
    held_by_all: set[str] | None = None
    for peer_org in peer_orgs:
        held = _held_by(conn, peer_org)
        held_by_all = held if held_by_all is None else held_by_all & held
    missing = [r for r in known if r.digest not in (held_by_all or set())]
    carried = known if (full or to_own_nodes) else missing
    return NodeRecordsToSend(
        tuple(carried),
        tuple(peer_orgs),
        any(r.kind == REVOCATION_RECORD for r in missing),
    )


def write(writer: BundleWriter, to_send: NodeRecordsToSend) -> None:
    """Add the selected records to a bundle being written."""
    for record in to_send.records:
        if record.kind == CERTIFICATE_RECORD:
            writer.add_record(CERTIFICATE_RECORD, certificate_record(record.envelope))
        else:
            writer.add_record(REVOCATION_RECORD, revocation_record(record.envelope))


def note_sent(conn: Connection, bundle_id: str, to_send: NodeRecordsToSend) -> None:
    """Remember which records bundle `bundle_id` carried to each peer (in the export's
    bookkeeping transaction)."""
    digests = [r.digest for r in to_send.records]
    for peer_org in to_send.peer_orgs:
        node_record_acks.note_sends(conn, peer_org, bundle_id, digests)


def note_acknowledged(conn: Connection, peer_org: str, bundle_id: str, seq: int) -> None:
    """`peer_org` acknowledged our bundle `bundle_id` at sequence `seq` (called where the
    acknowledgement is stored, services/incremental.py): what that bundle carried is held."""
    if seq > 0:
        node_record_acks.confirm(conn, peer_org, bundle_id, seq)
