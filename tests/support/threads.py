"""Where a service ran: replace the name a GUI module looks up with the real function, noting
the thread of each call (the GUI must call slow or writing services in a worker)."""

from __future__ import annotations

import threading
from collections.abc import Callable

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
