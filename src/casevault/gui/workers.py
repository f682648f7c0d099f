"""Run one slow call (Argon2id unlock, vault creation, chain check) off the GUI thread.

The worker only calls the function and reports by signal; it never touches a widget. The
result or the exception crosses back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """What a worker reports: the return value, or the exception it raised."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    """Calls `function()` in the thread pool."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self._function = function
        self.signals = WorkerSignals()

    def run(self) -> None:
        """Qt calls this in a pool thread."""
        try:
            value = self._function()
        except Exception as exc:  # reported to the GUI, which maps known types to text
            _log.debug("worker call failed with %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(value)
        self.signals.finished.emit()


def start_worker(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Worker:
    """Start `function` in the global pool; the callbacks run in the GUI thread."""
    worker = Worker(function)
    worker.setAutoDelete(False)  # the caller keeps it (and so its signals) alive until done
    worker.signals.succeeded.connect(on_success)
    worker.signals.failed.connect(on_failure)
    QThreadPool.globalInstance().start(worker)
    return worker
