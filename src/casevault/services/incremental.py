"""Incremental exchange: what the next bundle to a peer carries, and what a bundle we apply
tells us (the rules themselves are pure, in exchange/acks.py; docs/sync.md, "Incremental
bundles").

Sending (`select`): the next bundle to a peer carries every record changed here after the
sequence the peer last acknowledged (`exchange_state.peer_acks`), or everything when the peer
acknowledged nothing usable or `full` is asked. Selection is from the acknowledgement, never
from what we sent last, so a lost or unapplied bundle is covered by the next one. `ack_record`
is the signed record every bundle carries; `note_sent` remembers what a bundle covered.

Receiving (`note_applied`, called by services/imports.py inside the import's transaction): our
knowledge of the sender's node rises if the bundle follows on from what we held, a sync bundle
from another of our laptops hands on its knowledge, and the sender's acknowledgement of our own
changes is stored as exchange/acks.next_ack says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from casevault.exchange import acks
from casevault.exchange.content import AckRecord
from casevault.services import node_record_delivery
from casevault.services.import_verify import StagedBundle
from casevault.services.versioning import node_id
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import exchange_state as state
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos.exchange_state import Knowledge, SentBundle, StoredAck


@dataclass(frozen=True)
class PeerStart:
    """Where the next bundle to one peer starts, and why."""

    peer_org: str
    since: int  # 0: everything
    coverage: frozenset[str] | None  # fields the changes up to `since` reached it with
    acknowledged_at: dt.datetime | None  # when the peer's bundle carrying the ack was made


@dataclass(frozen=True)
class Selection:
    """What one bundle carries. A `None` set means every record of that kind."""

    since: int
    high: int
    complete: bool
    case_ids: list[str]  # cases whose record goes, in the vault's order
    new_cases: int  # of those, cases the peer never had from us since `since`
    timeline: set[str] | None
    evaluations: set[str] | None
    attachments: set[str] | None
    tombstones: set[str] | None
    starts: tuple[PeerStart, ...]

    @property
    def incremental(self) -> bool:
        """True if this bundle leaves out what the peers acknowledged."""
        return self.since > 0

    @property
    def acknowledged_at(self) -> dt.datetime | None:
        """The oldest acknowledgement this bundle starts from (None: a full bundle)."""
        dates = [s.acknowledged_at for s in self.starts if s.acknowledged_at is not None]
        return min(dates) if self.incremental and dates else None


@dataclass(frozen=True)
class SinceLastExchange:
    """An incremental bundle: what is new since the peers' last acknowledgement."""

    acknowledged_at: dt.datetime  # when the peer's bundle carrying that acknowledgement was made
    changed: int  # cases that go, new ones included
    new: int  # cases the peer has not had from us since then
    unchanged: int  # cases not re-sent


def peer_start(conn: Connection, peer_org: str, profile: Iterable[str]) -> PeerStart:
    """Where the next bundle to `peer_org` starts (exchange/acks.start_after)."""
    stored = state.get_ack(conn, peer_org)
    if stored is None:
        return PeerStart(peer_org, 0, None, None)
    sent = state.get_sent_bundle(conn, stored.bundle_id, peer_org)
    ack = acks.Ack(stored.seq, stored.bundle_id, stored.bundle_created_at)
    since = acks.start_after(
        ack,
        None if sent is None else acks.SentRange(sent.high, sent.coverage),
        profile,
        state.current_seq(conn),
    )
    if since == 0 or sent is None:
        return PeerStart(peer_org, 0, None, None)
    return PeerStart(peer_org, since, sent.coverage, stored.bundle_created_at)


def select(
    conn: Connection,
    peer_orgs: Sequence[str],
    profile: Iterable[str],
    case_refs_ids: list[str] | None,
    *,
    full: bool,
) -> Selection:
    """What a bundle to `peer_orgs` carries. `case_refs_ids` (a hand-picked list): exactly those
    cases, whole, and the bundle is marked incomplete (it moves no acknowledgement). `full`:
    everything, from sequence 0. Otherwise everything changed after the lowest start of the
    peers (a multi-recipient bundle carries what any of them lacks)."""
    fields = frozenset(profile)
    high = state.current_seq(conn)
    if case_refs_ids is not None:
        return Selection(0, high, False, case_refs_ids, 0, None, None, None, set(), ())
    starts = tuple(
        PeerStart(p, 0, None, None) if full else peer_start(conn, p, fields) for p in peer_orgs
    )
    since = min((s.since for s in starts), default=0)
    all_ids = case_repo.iter_case_ids(conn)
    if since == 0:
        return Selection(0, high, True, all_ids, len(all_ids), None, None, None, None, starts)
    by_kind, new_cases = state.changed_since(conn, since)
    touched = set(by_kind.get("case", set()))
    for kind in ("timeline", "evaluation", "attachment", "examination"):
        touched |= state.cases_of(conn, kind, by_kind.get(kind, set()))
    case_ids = [c for c in all_ids if c in touched]
    return Selection(
        since,
        high,
        True,
        case_ids,
        sum(1 for c in case_ids if c in new_cases),
        by_kind.get("timeline", set()),
        by_kind.get("evaluation", set()),
        by_kind.get("attachment", set()),
        by_kind.get("tombstone", set()),
        starts,
    )


def ack_record(
    conn: Connection, selection: Selection, recipient_orgs: set[str] | None
) -> AckRecord:
    """The record every bundle carries: the range it covers and our knowledge of the
    recipients' nodes (`None`: of every node, for a sync bundle to our own laptops)."""
    knowledge = [
        (k.org_id, k.node_id, acks.Mark(k.seq, k.bundle_id)) for k in state.get_knowledge(conn)
    ]
    return AckRecord(
        base=selection.since,
        high=selection.high,
        complete=selection.complete,
        applied=acks.entries_for(knowledge, recipient_orgs),
    )


def note_sent(
    conn: Connection,
    bundle_id: str,
    selection: Selection,
    profile: Iterable[str],
    at: dt.datetime,
) -> None:
    """Remember what a complete bundle covered for each peer (a hand-picked one covers
    nothing that an acknowledgement could name)."""
    if not selection.complete:
        return
    for start in selection.starts:
        coverage = acks.coverage_of(start.coverage if start.since else None, profile)
        state.put_sent_bundle(
            conn,
            SentBundle(bundle_id, start.peer_org, selection.since, selection.high, coverage, at),
        )


def note_applied(
    conn: Connection,
    record: AckRecord | None,
    *,
    bundle_id: str,
    sender_org: str,
    sender_node: str,
    created_at: str,
    own_org: str,
    own_node: str,
    now: dt.datetime,
) -> None:
    """After a bundle was applied (same transaction): raise our knowledge of the sender's node,
    take the knowledge a sync bundle hands on, and store the sender's acknowledgement of us.
    A bundle without an `ack` record (an older sender) changes nothing here."""
    if record is None:
        return
    held = {k.node_id: k for k in state.get_knowledge(conn)}
    before = held.get(sender_node)
    before_mark = None if before is None else acks.Mark(before.seq, before.bundle_id)
    risen = acks.knowledge_after(before_mark, bundle_id, record)
    if risen is not None:
        state.put_knowledge(conn, Knowledge(sender_node, sender_org, risen.seq, bundle_id), now)
    follows_on = record.complete and record.base <= (0 if before is None else before.seq)
    if sender_org == own_org and follows_on:
        # A complete sync bundle carries everything its laptop held: its knowledge is ours now.
        for entry in record.applied:
            if entry.node in (own_node, sender_node):
                continue
            current = held.get(entry.node)
            mark = acks.handed_on(
                None if current is None else acks.Mark(current.seq, current.bundle_id), entry
            )
            if mark is not None:
                state.put_knowledge(
                    conn, Knowledge(entry.node, entry.org, mark.seq, mark.bundle_id), now
                )
    _store_ack(conn, record, sender_org, own_org, own_node, created_at, now)


def _store_ack(
    conn: Connection,
    record: AckRecord,
    sender_org: str,
    own_org: str,
    own_node: str,
    created_at: str,
    now: dt.datetime,
) -> None:
    mine = [e for e in record.applied if e.org == own_org and e.node == own_node]
    carried_at = dt.datetime.fromisoformat(created_at)
    incoming = (
        acks.Ack(mine[0].seq, mine[0].bundle, carried_at) if mine else acks.Ack(0, "", carried_at)
    )
    stored = state.get_ack(conn, sender_org)
    old = (
        None if stored is None else acks.Ack(stored.seq, stored.bundle_id, stored.bundle_created_at)
    )
    kept = acks.next_ack(old, incoming)
    if kept is not None:
        state.put_ack(conn, StoredAck(sender_org, kept.seq, kept.bundle_id, kept.carried_at, now))
    # Whatever that bundle of ours carried, the peer applied: its node records are held.
    node_record_delivery.note_acknowledged(conn, sender_org, incoming.bundle_id, incoming.seq)
    if incoming.seq > 0 and state.get_sent_bundle(conn, incoming.bundle_id, sender_org) is None:
        # The peer holds a bundle of ours this vault never wrote: this vault was restored from
        # an older backup. Number later changes above it, so they can never look acknowledged.
        state.raise_seq_above(conn, incoming.seq)


def note_applied_bundle(conn: Connection, staged: StagedBundle, now: dt.datetime) -> None:
    """`note_applied` for a staged bundle (the one-line hook of services/imports.py)."""
    note_applied(
        conn,
        staged.ack,
        bundle_id=staged.bundle_id,
        sender_org=staged.sender_org_id,
        sender_node=staged.sender_node_id,
        created_at=staged.created_at,
        own_org=org_repo.get_own_organisation(conn).id,
        own_node=node_id(conn),
        now=now,
    )


def since_last(conn: Connection, selection: Selection) -> SinceLastExchange | None:
    """What is new since the peers' last acknowledgement (None: a full bundle)."""
    acknowledged_at = selection.acknowledged_at
    if acknowledged_at is None:
        return None
    total = len(case_repo.iter_case_ids(conn))
    changed = len(selection.case_ids)
    return SinceLastExchange(acknowledged_at, changed, selection.new_cases, total - changed)


def tombstones(conn: Connection, selection: Selection) -> list[tuple[str, str]]:
    """(case id, deleted at) of the tombstones the bundle carries."""
    if not selection.complete:
        return []
    wanted = selection.tombstones
    return [t for t in case_repo.list_tombstones(conn, "case") if wanted is None or t[0] in wanted]
