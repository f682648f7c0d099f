"""Run one slow call (Argon2id unlock, vault creation, chain check) off the GUI thread.

The worker only calls the function and reports by signal; it never touches a widget. The
result or the exception crosses back to the GUI thread through a queued signal. The result is
typed end to end (`start_worker(f: () -> T, on_success: (T) -> None, ...)`): nothing untyped
crosses the thread boundary at the API, whatever Qt's signal carries inside.

Every job can be cancelled: a job not yet started never runs, and a cancelled job's result
or failure is dropped, so a closed dialog is never called back. A long job that should stop
early takes a CancelToken (start_cancellable) and checks it between steps.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_log = logging.getLogger(__name__)
T = TypeVar("T")


class JobCancelled(Exception):
    """Raised by CancelToken.raise_if_cancelled inside a job that was cancelled."""


class CancelToken:
    """Shared by a job and the GUI: the GUI cancels, the job checks between its steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop (thread-safe; it stops at its next check)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise JobCancelled if the job was cancelled; call it between steps of a long job."""
        if self._event.is_set():
            raise JobCancelled()


class WorkerSignals(QObject):
    """What a worker reports: the return value, or the exception it raised."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    """Calls `function()` in the thread pool."""

    def __init__(self, function: Callable[[], object], token: CancelToken | None = None) -> None:
        super().__init__()
        self._function = function
        self.token = token or CancelToken()
        self.signals = WorkerSignals()

    def cancel(self) -> None:
        """Cancel the job: not run if still queued; its result or failure is dropped."""
        self.token.cancel()
        if worker_pool().tryTake(self):
            self.signals.finished.emit()

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
    function: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
) -> Worker:
    """Start `function` in the global pool; the callbacks run in the GUI thread (never after
    the worker was cancelled)."""
    return _start(Worker(function), on_success, on_failure)


def start_cancellable(
    function: Callable[[CancelToken], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
) -> Worker:
    """Like start_worker for a long job that checks its CancelToken between steps."""
    token = CancelToken()
    return _start(Worker(lambda: function(token), token), on_success, on_failure)


def _start(
    worker: Worker,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
) -> Worker:
    # Not auto-deleted, and kept alive here (not only by the caller, who may drop or replace
    # its reference while the call runs): a worker destroyed before its queued result reaches
    # the GUI thread loses that result, and the screen waits for ever.
    worker.setAutoDelete(False)
    token = worker.token
    # A callback that is a method of a widget is dropped once the widget is gone (a closed
    # editor), as Qt does for a slot of a destroyed object.
    owners = [getattr(callback, "__self__", None) for callback in (on_success, on_failure)]

    def wanted() -> bool:
        return not token.cancelled and all(
            not isinstance(owner, QObject) or shiboken6.isValid(owner) for owner in owners
        )

    def succeeded(value: object) -> None:
        if wanted():
            on_success(cast(T, value))  # the value `function` returned, which is a T

    def failed(error: BaseException) -> None:
        if wanted():
            on_failure(error)

    worker.signals.succeeded.connect(succeeded)
    worker.signals.failed.connect(failed)
    _RUNNING.add(worker)
    worker.signals.finished.connect(lambda: _retire(worker))
    worker_pool().start(worker)
    return worker


_RUNNING: set[QRunnable] = set()
# Finished workers stay referenced a little longer: the pool thread may still be returning from
# run() when "finished" is handled here.
_RETIRED: deque[QRunnable] = deque(maxlen=64)


def _retire(worker: QRunnable) -> None:
    _RUNNING.discard(worker)
    _RETIRED.append(worker)
