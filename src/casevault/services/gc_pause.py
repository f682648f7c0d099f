"""Pause Python's cyclic garbage collector while a bundle is verified, previewed and applied.

An import builds tens of thousands of small container objects (records, field versions,
plans) that live until it ends. The cyclic collector runs every 700 such allocations and
walks every tracked object of its generations each time, so an import spent more time in it
than in any step of its own (profiled at 1,000 cases: verify 1.35 s and preview 3.2 s with the
collector, 0.5 s and 0.75 s without it; docs/performance.md, "Import"). Reference counting
still frees everything that forms no cycle, which is all an import makes; whatever cycles it
does make are collected by the collector's next full pass. Nothing is turned off for security.

Process-wide by nature (so is the collector): pauses nest and may overlap between threads
(the app imports in a worker thread); the collector resumes when the last one ends, and only
if it was running when the first began.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")
_lock = threading.Lock()
_depth = 0
_was_enabled = False


def _begin() -> None:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def _end() -> None:
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0:
            # What the pause allocated still counts as young: the first allocation after the
            # collector resumes would walk all of it (0.3-0.4 s after each stage of a
            # 10,000-case import, on whichever thread allocates next, the GUI's included).
            # Freezing and unfreezing at once moves every tracked object to the oldest
            # generation without walking any and resets the counts; cycles among them are
            # still found by the next full collection.
            gc.freeze()
            gc.unfreeze()
            if _was_enabled:
                gc.enable()


def collector_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run `function` with the cyclic collector paused (see the module docstring); whatever
    it returns or raises passes through unchanged."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        _begin()
        try:
            return function(*args, **kwargs)
        finally:
            _end()

    return paused
