"""The hybrid logical clock never runs backwards and refuses wild remote clocks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.exchange.hlc import MAX_DRIFT_MS, ClockError, Timestamp, observe, tick

walls = st.integers(min_value=0, max_value=2**40)


@given(st.lists(st.tuples(st.booleans(), walls, walls), max_size=60))
def test_clock_never_runs_backwards(events: list[tuple[bool, int, int]]) -> None:
    last: Timestamp | None = None
    for is_remote, now, remote_wall in events:
        if is_remote:
            remote = Timestamp(min(remote_wall, now + MAX_DRIFT_MS), 3, "zz-remote")
            new = observe(last, remote, now, "node-a")
            assert new > remote
        else:
            new = tick(last, now, "node-a")
        if last is not None:
            assert new > last
        last = new


def test_encoding_round_trips_and_sorts() -> None:
    a = Timestamp(1_700_000_000_000, 1, "node-a")
    b = Timestamp(1_700_000_000_000, 2, "node-a")
    assert Timestamp.decode(a.encode()) == a
    assert (a.encode() < b.encode()) == (a < b)


@pytest.mark.parametrize("bad", ["", "x", "0-0-n", "zzzzzzzzzzzzzzzz-0000-n", "0" * 16 + "-0000-"])
def test_malformed_timestamps_are_refused(bad: str) -> None:
    with pytest.raises(ClockError):
        Timestamp.decode(bad)


def test_a_remote_clock_far_in_the_future_is_refused() -> None:
    with pytest.raises(ClockError):
        observe(None, Timestamp(10**13, 0, "evil"), 1_000, "node-a")
