"""Where a service ran: replace the name a GUI module looks up with the real function, noting
the thread of each call (the GUI must call slow or writing services in a worker)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest


def record_threads(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> list[threading.Thread]:
    """Replace module.name with the real function that first notes its thread; the list fills
    as it is called."""
    threads: list[threading.Thread] = []
    real: Callable[..., object] = getattr(module, name)

    def recorded(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return threads


def off_the_gui_thread(threads: list[threading.Thread]) -> bool:
    """True if there was a call and none ran on the GUI (main) thread."""
    return bool(threads) and all(t is not threading.main_thread() for t in threads)


def runs_once_in_a_worker(
    qtbot: Any,
    widget: Any,
    signal: Any,
    start: Callable[[], bool],
    threads: list[threading.Thread],
    *waiting: Any,
    timeout: int = 30_000,
) -> Any:
    """Start a widget's job with `start`: while it runs the widget is busy, every button of
    `waiting` is disabled and a second start does nothing; when `signal` comes, the job ran
    once, off the GUI thread. Returns the signal's blocker (its `args`: what it carried)."""
    with qtbot.waitSignal(signal, timeout=timeout) as blocker:
        assert start()
        assert widget.busy
        for button in waiting:
            assert not button.isEnabled()
        assert not start()  # a second click starts nothing
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    return blocker
