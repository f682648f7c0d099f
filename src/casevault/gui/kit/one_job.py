"""At most one background job at a time for a screen (gui/kit/workers.py `start_worker`).

A screen that writes in a worker keeps one `OneJob`, made with the controls that wait while a
job runs (widgets, or callables returning one, such as a button of a QDialogButtonBox, or
None). `start` refuses a second job while one runs; otherwise it disables the controls and
starts the worker. When the job ends, whatever the outcome, the controls are enabled again and
`busy` is False BEFORE the screen's callback runs (in the GUI thread), so the callback may
start the next job or disable a control again.

Once the screen is gone (a callback's widget or a control was destroyed: a closed dialog),
nothing is called back, as start_worker does for a method of a destroyed widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casevault.gui.kit.workers import Worker, start_worker

T = TypeVar("T")
Control = QWidget | Callable[[], QWidget | None]


class OneJob:
    """One background job at a time; `controls` wait while it runs. `on_change(busy)`, if
    given, is called after the controls were switched (for controls whose state also depends
    on the screen, or that are read-only rather than disabled while a job runs)."""

    def __init__(self, *controls: Control, on_change: Callable[[bool], None] | None = None) -> None:
        self._controls = controls
        self._on_change = on_change
        self._worker: Worker | None = None

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return self._worker is not None

    def start(
        self,
        job: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> bool:
        """Start `job` in a worker; False (and nothing started) while another one runs."""
        if self._worker is not None:
            return False
        callbacks = (on_success, on_failure, self._on_change)
        owners = [getattr(callback, "__self__", None) for callback in callbacks]
        owners += [control for control in self._controls if isinstance(control, QWidget)]

        def alive() -> bool:
            # The screen is gone (a closed dialog): nothing of it is touched or called back.
            if all(not isinstance(o, QObject) or shiboken6.isValid(o) for o in owners):
                return True
            self._worker = None
            return False

        def succeeded(value: T) -> None:
            if alive():
                self._finish()
                on_success(value)

        def failed(error: BaseException) -> None:
            if alive():
                self._finish()
                on_failure(error)

        # The callbacks come through a queued signal, so never before the controls wait; and
        # `busy` is already True when on_change is told.
        self._worker = start_worker(job, succeeded, failed)
        self._switch(busy=True)
        return True

    def cancel(self) -> None:
        """Cancel the running job, if any: its callbacks are never called; the controls are
        enabled again."""
        worker = self._worker
        if worker is not None:
            worker.cancel()
            self._finish()

    def _finish(self) -> None:
        self._worker = None
        self._switch(busy=False)

    def _switch(self, busy: bool) -> None:
        for control in self._controls:
            widget = control if isinstance(control, QWidget) else control()
            if widget is not None and shiboken6.isValid(widget):
                widget.setEnabled(not busy)
        if self._on_change is not None:
            self._on_change(busy)
