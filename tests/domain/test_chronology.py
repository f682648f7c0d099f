"""The chronology of a claim: order of steps, and flags for every order that weakens it."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.domain.case import TimelineEvent
from casevault.domain.chronology import CASE_CALLUP, FlagKind, build_chronology
from casevault.domain.timeline_kinds import EventKind

CASE = uuid.UUID(int=1)
_CREATED = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)


def _event(day: str, kind: str, text: str = "x", n: int = 0) -> TimelineEvent:
    return TimelineEvent(
        id=uuid.UUID(int=1000 + n),
        case_id=CASE,
        date=dt.date.fromisoformat(day),
        kind=kind,
        text=text,
        created_at=_CREATED,
    )


def _flags(events: list[TimelineEvent], callup: dt.date | None = None) -> set[FlagKind]:
    return {flag.kind for flag in build_chronology(events, callup).flags}


def _good_path() -> list[TimelineEvent]:
    return [
        _event("2025-03-01", "summons;channel=register", "register", 1),
        _event("2025-03-09", "exit_ban", "exit ban", 2),
        _event("2025-03-10", "desertion", "left the unit", 3),
        _event("2025-03-12", "departure", "left home", 4),
        _event("2025-03-13", "crossing;from=RU;to=GE", "Upper Lars", 5),
        _event("2025-04-02", "crossing;from=GE;to=FR", "flight", 6),
        _event("2025-04-02", "arrival", "Paris", 7),
        _event("2025-04-10", "asylum_filing", "OFPRA", 8),
        _event("2025-09-01", "interview", "OFPRA interview", 9),
        _event("2025-11-01", "decision", "refused, appeal to CNDA", 10),
        _event("2025-03-05", "call", "a free kind, left out", 11),
        _event("2025-03-06", "note", "a note, left out", 12),
    ]


def test_a_clean_path_is_ordered_and_raises_no_flag() -> None:
    chronology = build_chronology(_good_path())
    assert [entry.kind for entry in chronology.entries] == [
        EventKind.SUMMONS,
        EventKind.EXIT_BAN,
        EventKind.DESERTION,
        EventKind.DEPARTURE,
        EventKind.CROSSING,
        EventKind.CROSSING,  # same day as the arrival: a crossing sorts before it
        EventKind.ARRIVAL,
        EventKind.ASYLUM_FILING,
        EventKind.INTERVIEW,
        EventKind.DECISION,
    ]
    assert chronology.entries[0].delivered == dt.date(2025, 3, 8)
    assert chronology.flags == ()


def test_departure_before_the_first_summons_is_flagged() -> None:
    events = [
        _event("2024-09-01", "departure", n=1),
        _event("2024-10-01", "summons;channel=paper", n=2),
    ]
    flags = build_chronology(events).flags
    assert [flag.kind for flag in flags] == [
        FlagKind.DEPARTURE_BEFORE_CALLUP,
        FlagKind.SUMMONS_DELIVERED_AFTER_DEPARTURE,
    ]
    assert flags[0].dates == (dt.date(2024, 9, 1), dt.date(2024, 10, 1))


def test_a_register_summons_delivered_only_after_he_left_is_flagged() -> None:
    # Placed 2 days before he left: delivered (day 7) after departure.
    events = [
        _event("2025-03-01", "summons;channel=register", n=1),
        _event("2025-03-03", "departure", n=2),
    ]
    assert _flags(events) == {FlagKind.SUMMONS_DELIVERED_AFTER_DEPARTURE}
    known = [
        _event("2025-03-01", "summons;channel=register;delivered=2025-03-02", n=1),
        _event("2025-03-03", "departure", n=2),
    ]
    assert _flags(known) == set()


def test_no_summons_at_all_is_flagged_even_with_a_call_up_date_on_the_case() -> None:
    events = [_event("2025-03-03", "departure", n=1)]
    assert FlagKind.NO_SUMMONS in _flags(events)
    flags = _flags(events, callup=dt.date(2025, 3, 10))
    assert flags == {FlagKind.NO_SUMMONS, FlagKind.DEPARTURE_BEFORE_CALLUP}
    entries = build_chronology(events, dt.date(2025, 3, 10)).entries
    assert [e.kind for e in entries] == [EventKind.DEPARTURE, CASE_CALLUP]


def test_arrival_before_departure_and_later_steps_out_of_order_are_flagged() -> None:
    events = [
        _event("2025-01-01", "summons;channel=sms", n=1),
        _event("2025-02-01", "arrival", n=2),
        _event("2025-02-05", "departure", n=3),
        _event("2025-02-03", "crossing;from=RU;to=KZ", n=4),
        _event("2025-02-06", "crossing;from=AM;to=FR", n=5),
        _event("2025-01-20", "asylum_filing", n=6),
        _event("2025-01-10", "interview", n=7),
        _event("2025-01-15", "decision", n=8),
    ]
    assert _flags(events) == {
        FlagKind.ARRIVAL_BEFORE_DEPARTURE,
        FlagKind.CROSSING_BEFORE_DEPARTURE,
        FlagKind.CROSSINGS_DO_NOT_CHAIN,
        FlagKind.FILING_BEFORE_ARRIVAL,
        FlagKind.INTERVIEW_BEFORE_FILING,
        FlagKind.DECISION_BEFORE_FILING,
    }


def test_arrival_with_no_departure_recorded_is_flagged() -> None:
    events = [_event("2025-01-01", "summons;channel=sms", n=1), _event("2025-02-01", "arrival")]
    assert _flags(events) == {FlagKind.NO_DEPARTURE}


_KINDS = st.sampled_from(
    [
        "summons;channel=register",
        "summons;channel=sms;delivered=2025-01-20",
        "summons;channel=paper",
        "exit_ban",
        "desertion",
        "refusal",
        "departure",
        "crossing;from=RU;to=GE",
        "crossing;from=GE;to=FR",
        "crossing",
        "arrival",
        "asylum_filing",
        "interview",
        "decision",
        "note",
        "call",
    ]
)
_EVENTS = st.lists(
    st.tuples(
        st.dates(min_value=dt.date(2024, 12, 1), max_value=dt.date(2025, 3, 1)),
        _KINDS,
        st.sampled_from(["a", "b"]),
    ),
    max_size=14,
)


@settings(max_examples=150, deadline=None)
@given(_EVENTS, st.randoms(use_true_random=False), st.none() | st.dates())
def test_any_input_order_gives_the_same_chronology_and_flags(
    raw: list[tuple[dt.date, str, str]], rnd: object, callup: dt.date | None
) -> None:
    events = [_event(day.isoformat(), kind, text, n) for n, (day, kind, text) in enumerate(raw)]
    shuffled = list(events)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = build_chronology(events, callup), build_chronology(shuffled, callup)
    assert first == second
    dates = [entry.date for entry in first.entries]
    assert dates == sorted(dates)
    assert len(set(first.flags)) == len(first.flags)
