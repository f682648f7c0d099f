"""Incremental exchange, the pure rules (no database): what a receiver now holds without a gap,
which acknowledgement a sender believes, and where the next bundle to a peer starts.

Each vault numbers every change it makes or applies with its own growing sequence (one per
node). A bundle says which of the sender's changes it carries, (`base`, `high`], and whether it
carries all of them (`complete`; a hand-picked list of cases does not). A receiver that holds
the sender's changes up to `base` or later holds them up to `high` once it applied a complete
bundle: its *knowledge* of that node rises. A full-profile sync bundle from another laptop of
the same organisation also hands on that laptop's knowledge of every other node (it carried
everything that laptop held). Every bundle carries, signed, the sender's knowledge of the
receiver's nodes: its *acknowledgement*. The next bundle to that peer starts at the
acknowledged sequence, so a lost bundle is simply covered again by the next one.

Docs: docs/sync.md ("Incremental bundles"); schema: docs/spec/bundle-format.md ("ack").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from casevault.exchange.content import AckEntry, AckRecord


@dataclass(frozen=True)
class Mark:
    """A sequence number of one node's changes and the bundle that reached it."""

    seq: int
    bundle_id: str


def knowledge_after(current: Mark | None, bundle_id: str, record: AckRecord) -> Mark | None:
    """The receiver's new knowledge of the sending node after applying this bundle, or None
    if it does not rise: an incomplete bundle, one that starts after what the receiver holds
    (an earlier bundle is missing: the gap stays until a later bundle covers it), or one that
    ends at or below what it holds already (duplicated or reordered)."""
    held = 0 if current is None else current.seq
    if not record.complete or record.base > held or record.high <= held:
        return None
    return Mark(record.high, bundle_id)


def handed_on(current: Mark | None, entry: AckEntry) -> Mark | None:
    """Knowledge of a third node handed on by a complete full-profile bundle from our own
    organisation: the larger of the two, or None if ours is not smaller."""
    if current is not None and current.seq >= entry.seq:
        return None
    return Mark(entry.seq, entry.bundle)


@dataclass(frozen=True)
class Ack:
    """A peer's acknowledgement of our changes, with the creation time of the bundle of that
    peer that carried it."""

    seq: int
    bundle_id: str
    carried_at: dt.datetime


def next_ack(stored: Ack | None, incoming: Ack) -> Ack | None:
    """The acknowledgement to keep after `incoming` arrives, or None to keep `stored` as it is.

    A lower (or equal) one is always taken: it can only make us send more (a peer that
    restored an old backup says it lacks what it had acknowledged; a delayed older bundle says
    less than the peer holds). A higher one only if carried by a bundle not older than the
    newest bundle whose acknowledgement we took: a late-arriving old bundle can never make us
    skip what the peer's latest bundle says it lacks. So that rule holds after a lower one was
    taken from a *late* bundle too, the time kept is the newest carrying time seen, never an
    older one (otherwise a late low acknowledgement would lower the bar for a late high one)."""
    if stored is None:
        return incoming
    if incoming.seq <= stored.seq:
        return Ack(incoming.seq, incoming.bundle_id, max(incoming.carried_at, stored.carried_at))
    return incoming if incoming.carried_at >= stored.carried_at else None


@dataclass(frozen=True)
class SentRange:
    """What we remember of a bundle we wrote: the sequence it reached and the fields every
    change up to there reached the peer with, if the peer holds it."""

    high: int
    coverage: frozenset[str]


def start_after(
    ack: Ack | None, sent: SentRange | None, profile: Iterable[str], our_seq: int
) -> int:
    """The sequence the next bundle to a peer starts after (0: everything).

    0 when the peer acknowledged nothing; when the acknowledgement names a bundle we did not
    write or with another sequence (our vault was restored from a backup older than that
    bundle, or the ack is not about us); when it is ahead of our own counter (the same); and
    when the fields we send now include one that did not reach the peer with every change up
    to there (a field newly in its profile must go for every case)."""
    if ack is None or ack.seq == 0 or sent is None or sent.high != ack.seq:
        return 0
    if ack.seq > our_seq or not set(profile) <= sent.coverage:
        return 0
    return ack.seq


def coverage_of(base_coverage: frozenset[str] | None, profile: Iterable[str]) -> frozenset[str]:
    """Fields that every change up to a new bundle's end reaches the peer with, if the peer
    holds it: this bundle's profile, narrowed by what the changes before its start had."""
    fields = frozenset(profile)
    return fields if base_coverage is None else fields & base_coverage


def entries_for(
    knowledge: Iterable[tuple[str, str, Mark]], orgs: set[str] | None
) -> list[AckEntry]:
    """The acknowledgement entries for a bundle: (org, node, mark) of every node of `orgs`
    (None: every node, for a sync bundle to our own laptops). A partner learns only what we
    applied from its own nodes, never whom else we exchange with."""
    return [
        AckEntry(org=org, node=node, seq=mark.seq, bundle=mark.bundle_id)
        for org, node, mark in sorted(knowledge)
        if orgs is None or org in orgs
    ]
