"""The cyclic collector is paused during an import step and resumes after it (services/
gc_pause.py): nested and overlapping pauses, exceptions, and a collector that was already off."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator

import pytest

from casevault.services import import_verify
from casevault.services.gc_pause import collector_paused
from casevault.services.session import Session


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_resumed_after_even_when_nested_or_failing() -> None:
    seen: list[bool] = []

    @collector_paused
    def inner() -> None:
        seen.append(gc.isenabled())
        raise ValueError("passes through")

    @collector_paused
    def outer() -> int:
        seen.append(gc.isenabled())
        with pytest.raises(ValueError, match="passes through"):
            inner()
        seen.append(gc.isenabled())  # still paused: the outer step is not over
        return 7

    assert outer() == 7
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    assert collector_paused(gc.isenabled)() is False
    assert not gc.isenabled()


def test_a_refused_bundle_leaves_the_collector_running(session: Session) -> None:
    with pytest.raises(Exception) as refused:  # noqa: PT011 - any refusal: the point is after
        import_verify.verify_and_stage(session, io.BytesIO(b"not a bundle"))
    assert type(refused.value).__name__ == "NotABundle"
    assert gc.isenabled()


def test_what_a_step_kept_is_not_left_young_for_the_next_collection() -> None:
    @collector_paused
    def step() -> list[list[int]]:
        return [[n] for n in range(50_000)]  # tracked containers, as a bundle's records are

    kept = step()
    # No young collection is due: the first allocation after the step would otherwise walk
    # all 50,000 lists, on whichever thread came next.
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert all(gc.is_tracked(item) for item in kept[:3])
    assert gc.isenabled()


def test_a_cycle_made_during_a_step_is_still_collected() -> None:
    class Node:
        partner: object = None

    @collector_paused
    def step() -> None:
        first, second = Node(), Node()
        first.partner, second.partner = second, first  # garbage once the step returns

    step()
    assert gc.collect() >= 2
