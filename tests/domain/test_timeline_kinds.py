"""Typed timeline kinds: canonical encoding, lenient parsing of what partners send, strict
checking of what this vault writes, and the summons delivery rule."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from casevault.domain.case import TimelineEvent
from casevault.domain.errors import InvalidField
from casevault.domain.timeline_kinds import (
    CrossingDetails,
    EventKind,
    PlainDetails,
    SummonsChannel,
    SummonsDetails,
    check_local_kind,
    encode_kind,
    make_details,
    parse_kind,
)


@pytest.mark.parametrize(
    ("details", "encoded"),
    [
        (SummonsDetails(channel=SummonsChannel.SMS), "summons;channel=sms"),
        (
            SummonsDetails(channel=SummonsChannel.REGISTER, delivered=dt.date(2025, 3, 17)),
            "summons;channel=register;delivered=2025-03-17",
        ),
        (CrossingDetails(from_country="ru", to_country="GE"), "crossing;from=RU;to=GE"),
        (CrossingDetails(to_country="KZ"), "crossing;to=KZ"),
        (CrossingDetails(), "crossing"),
        (PlainDetails(kind=EventKind.DEPARTURE), "departure"),
        (PlainDetails(kind=EventKind.NOTE), "note"),
    ],
)
def test_details_round_trip_through_their_canonical_string(details: object, encoded: str) -> None:
    assert encode_kind(details) == encoded  # type: ignore[arg-type]
    assert parse_kind(encoded) == details
    assert len(encoded) <= 200  # fits the old `kind` bound, so old peers accept it


@pytest.mark.parametrize(
    "text",
    [
        "call",  # an old free kind
        "meeting",
        "summons",  # a summons without its channel
        "summons;channel=pigeon",  # a channel a newer version may add
        "summons;channel=sms;seen=yes",  # an unknown detail
        "summons;delivered=2025-01-01;channel=sms",  # not the canonical order
        "summons;channel=sms;channel=sms",
        "crossing;from=ru",  # not canonical (lower case)
        "crossing;from=Russia",
        "crossing;from",
        "decision;outcome=granted",
        "",
        "note;x=1",
    ],
)
def test_anything_else_is_a_free_kind_never_an_error(text: str) -> None:
    assert parse_kind(text) is None


def test_old_events_keep_reading_as_they_were() -> None:
    event = TimelineEvent(
        id=uuid.uuid4(),
        case_id=uuid.uuid4(),
        date=dt.date(2024, 5, 1),
        kind="call",
        text="Called his sister",
        created_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
    )
    assert event.details() is None
    assert event.model_copy(update={"kind": "crossing"}).details() == CrossingDetails()


def test_this_vault_refuses_a_typed_kind_with_bad_details() -> None:
    assert check_local_kind("call") == "call"
    assert check_local_kind("summons;channel=sms") == "summons;channel=sms"
    with pytest.raises(InvalidField) as info:
        check_local_kind("summons;channel=pigeon")
    assert info.value.field == "kind"
    with pytest.raises(InvalidField) as info:
        make_details("summons", channel="pigeon")
    assert info.value.field == "kind.channel"
    with pytest.raises(InvalidField) as info:
        make_details("crossing", from_country="Russia")
    assert info.value.field == "kind.from_country"
    with pytest.raises(InvalidField) as info:
        make_details("exit_ban", channel="sms")  # details a plain step does not have
    assert info.value.field == "kind.channel"


def test_a_register_summons_counts_as_delivered_seven_days_after_it_was_placed() -> None:
    placed = dt.date(2025, 2, 26)
    assert SummonsDetails(channel=SummonsChannel.REGISTER).delivered_on(placed) == dt.date(
        2025, 3, 5
    )
    known = SummonsDetails(channel=SummonsChannel.REGISTER, delivered=dt.date(2025, 2, 27))
    assert known.delivered_on(placed) == dt.date(2025, 2, 27)
    assert SummonsDetails(channel=SummonsChannel.PAPER).delivered_on(placed) == placed
    assert SummonsDetails(channel=SummonsChannel.SMS).delivered_on(placed) == placed
