"""The pure rules of incremental exchange (exchange/acks.py), on a model of two vaults without a
database: edits, bundles lost, duplicated and reordered, acknowledgements late, and a receiver
that restores an old backup. Whatever happens, the acknowledgement a sender holds never covers
what the receiver's latest bundle says it lacks, and one clean round afterwards delivers every
edit (nothing is skipped because a bundle went missing)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.exchange import acks
from casevault.exchange.content import AckEntry, AckRecord

PROFILE = frozenset({"city", "notes"})
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@dataclass
class Sender:
    seq: int = 1
    latest: dict[str, tuple[int, int]] = field(default_factory=dict)  # record -> (version, seq)
    ack: acks.Ack | None = None
    sent: dict[str, acks.SentRange] = field(default_factory=dict)
    count: int = 0

    def edit(self, record: str) -> None:
        self.seq += 1
        version = self.latest.get(record, (0, 0))[0] + 1
        self.latest[record] = (version, self.seq)

    def bundle(self, profile: frozenset[str] = PROFILE) -> tuple[str, AckRecord, dict[str, int]]:
        sent = None if self.ack is None else self.sent.get(self.ack.bundle_id)
        since = acks.start_after(self.ack, sent, profile, self.seq)
        self.count += 1
        bundle_id = f"b{self.count}"
        base_coverage = sent.coverage if since and sent else None
        self.sent[bundle_id] = acks.SentRange(self.seq, acks.coverage_of(base_coverage, profile))
        content = {r: v for r, (v, s) in self.latest.items() if s > since}
        return bundle_id, AckRecord(base=since, high=self.seq, complete=True, applied=[]), content

    def receive_ack(self, ack: acks.Ack) -> None:
        self.ack = acks.next_ack(self.ack, ack) or self.ack


@dataclass
class Receiver:
    held: dict[str, int] = field(default_factory=dict)
    mark: acks.Mark | None = None

    def apply(self, bundle_id: str, record: AckRecord, content: dict[str, int]) -> None:
        for name, version in content.items():
            self.held[name] = max(self.held.get(name, 0), version)
        risen = acks.knowledge_after(self.mark, bundle_id, record)
        self.mark = risen or self.mark

    def reply(self, at: dt.datetime) -> acks.Ack:
        if self.mark is None:
            return acks.Ack(0, "", at)
        return acks.Ack(self.mark.seq, self.mark.bundle_id, at)

    def copy(self) -> Receiver:
        return Receiver(dict(self.held), self.mark)


OPS = st.lists(
    st.sampled_from(["edit", "send", "deliver", "reply", "ack", "backup", "restore"]),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(OPS, st.randoms(use_true_random=False))
def test_acknowledged_changes_are_held_and_one_clean_round_converges(
    ops: list[str], rng: random.Random
) -> None:
    sender, receiver = Sender(), Receiver()
    bundles: list[tuple[str, AckRecord, dict[str, int]]] = []
    replies: list[acks.Ack] = []
    backup = receiver.copy()
    clock = T0
    for op in ops:
        clock += dt.timedelta(minutes=1)
        if op == "edit":
            sender.edit(f"r{rng.randrange(5)}")
        elif op == "send":
            bundles.append(sender.bundle())
        elif op == "deliver" and bundles:  # any bundle, any number of times (lost: never)
            receiver.apply(*rng.choice(bundles))
        elif op == "reply":
            replies.append(receiver.reply(clock))
        elif op == "ack" and replies:  # late, reordered, duplicated
            sender.receive_ack(rng.choice(replies))
        elif op == "backup":
            backup = receiver.copy()
        elif op == "restore":
            receiver = backup.copy()
    # The receiver's latest word is taken, whatever it says, and the next bundle starts there.
    latest = receiver.reply(clock + dt.timedelta(minutes=1))
    sender.receive_ack(latest)
    assert sender.ack is not None
    assert (sender.ack.seq, sender.ack.bundle_id) == (latest.seq, latest.bundle_id)
    for late in rng.sample(replies, min(3, len(replies))):  # older replies still arriving
        sender.receive_ack(late)
        assert sender.ack is not None
        assert sender.ack.seq <= latest.seq  # never more than the latest word says it holds
    receiver.apply(*sender.bundle())
    assert receiver.held == {r: v for r, (v, _) in sender.latest.items()}


def test_knowledge_rises_only_without_a_gap() -> None:
    def record(base: int, high: int, complete: bool = True) -> AckRecord:
        return AckRecord(base=base, high=high, complete=complete, applied=[])

    assert acks.knowledge_after(None, "b1", record(0, 10)) == acks.Mark(10, "b1")
    held = acks.Mark(10, "b1")
    assert acks.knowledge_after(held, "b3", record(20, 30)) is None  # b2 (10..20) missing
    assert acks.knowledge_after(held, "b2", record(5, 20)) == acks.Mark(20, "b2")
    assert acks.knowledge_after(held, "b0", record(0, 8)) is None  # late, older
    assert acks.knowledge_after(held, "x", record(0, 40, complete=False)) is None


def test_a_higher_ack_from_an_older_bundle_is_not_believed() -> None:
    stored = acks.Ack(10, "b1", T0)
    assert acks.next_ack(stored, acks.Ack(20, "b2", T0 - dt.timedelta(seconds=1))) is None
    assert acks.next_ack(stored, acks.Ack(20, "b2", T0)) == acks.Ack(20, "b2", T0)
    assert acks.next_ack(stored, acks.Ack(5, "b0", T0 - dt.timedelta(days=1))) == acks.Ack(
        5, "b0", T0
    )


def test_a_late_low_ack_does_not_open_the_door_to_a_late_high_one() -> None:
    """Found by the property test: peer restored (latest word: nothing held, at t6); two late
    replies from before the restore arrive, first a low one (t2), then a high one (t4)."""
    stored = acks.next_ack(None, acks.Ack(0, "", T0 + dt.timedelta(minutes=6)))
    stored = acks.next_ack(stored, acks.Ack(0, "", T0 + dt.timedelta(minutes=2))) or stored
    assert stored.carried_at == T0 + dt.timedelta(minutes=6)
    assert acks.next_ack(stored, acks.Ack(1, "b1", T0 + dt.timedelta(minutes=4))) is None


def test_the_next_bundle_starts_from_everything_when_the_ack_cannot_be_trusted() -> None:
    sent = acks.SentRange(10, PROFILE)
    ack = acks.Ack(10, "b1", T0)
    assert acks.start_after(ack, sent, PROFILE, 12) == 10
    assert acks.start_after(ack, None, PROFILE, 12) == 0  # not a bundle of ours (restore)
    assert acks.start_after(ack, acks.SentRange(9, PROFILE), PROFILE, 12) == 0
    assert acks.start_after(ack, sent, PROFILE, 9) == 0  # ahead of our own counter
    assert acks.start_after(ack, sent, PROFILE | {"contact_channel"}, 12) == 0
    assert acks.coverage_of(PROFILE, PROFILE | {"caseworker"}) == PROFILE


def test_a_partner_is_told_only_about_its_own_nodes() -> None:
    knowledge = [("org-a", "n1", acks.Mark(3, "b")), ("org-b", "n2", acks.Mark(4, "c"))]
    assert acks.entries_for(knowledge, {"org-a"}) == [
        AckEntry(org="org-a", node="n1", seq=3, bundle="b")
    ]
    assert len(acks.entries_for(knowledge, None)) == 2


def test_a_restored_receiver_does_not_acknowledge_across_the_gap() -> None:
    sender, receiver = Sender(), Receiver()
    sender.edit("r0")
    receiver.apply(*sender.bundle())
    backup = receiver.copy()
    sender.receive_ack(receiver.reply(T0))
    sender.edit("r1")
    receiver.apply(*sender.bundle())
    sender.receive_ack(receiver.reply(T0 + dt.timedelta(minutes=1)))
    receiver = backup.copy()  # restored: lacks r1, while the sender believes it holds it
    sender.edit("r2")
    receiver.apply(*sender.bundle())  # starts after r1: a gap for this receiver
    assert "r1" not in receiver.held
    sender.receive_ack(receiver.reply(T0 + dt.timedelta(minutes=2)))
    receiver.apply(*sender.bundle())
    assert receiver.held == {"r0": 1, "r1": 1, "r2": 1}
