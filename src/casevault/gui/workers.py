"""Run one slow call (Argon2id unlock, vault creation, chain check) off the GUI thread.

The worker only calls the function and reports by signal; it never touches a widget. The
result or the exception crosses back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections import deque
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


_POOL: QThreadPool | None = None
# Workers mostly wait (on the disk, on Argon2id, on a lock held by another call), so a pool
# sized to the number of cores (Qt's default: 2 on many laptops) lets two slow calls starve a
# quick one such as a signature check. A few more threads cost little.
POOL_THREADS = 8


def worker_pool() -> QThreadPool:
    """The pool every worker of the app runs in."""
    global _POOL  # one pool per process, created on first use
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(POOL_THREADS)
    return _POOL


def start_worker(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Worker:
    """Start `function` in the global pool; the callbacks run in the GUI thread."""
    worker = Worker(function)
    # Not auto-deleted, and kept alive here (not only by the caller, who may drop or replace
    # its reference while the call runs): a worker destroyed before its queued result reaches
    # the GUI thread loses that result, and the screen waits for ever.
    worker.setAutoDelete(False)
    worker.signals.succeeded.connect(on_success)
    worker.signals.failed.connect(on_failure)
    _RUNNING.add(worker)
    worker.signals.finished.connect(lambda: _retire(worker))
    worker_pool().start(worker)
    return worker


_RUNNING: set[Worker] = set()
# Finished workers stay referenced a little longer: the pool thread may still be returning from
# run() when "finished" is handled here.
_RETIRED: deque[Worker] = deque(maxlen=64)


def _retire(worker: Worker) -> None:
    _RUNNING.discard(worker)
    _RETIRED.append(worker)
