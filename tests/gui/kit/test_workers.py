"""Workers: typed results reach the GUI thread; a cancelled job never runs or never calls back."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from casevault.gui.kit.workers import (
    POOL_THREADS,
    CancelToken,
    JobCancelled,
    start_cancellable,
    start_worker,
    worker_pool,
)

pytestmark = pytest.mark.gui


def test_the_result_arrives_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, bool]] = []
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    start_worker(
        lambda: 6 * 7,
        lambda value: seen.append((value, QThread.currentThread() is gui_thread)),
        lambda error: None,
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]


def test_a_failure_is_reported_with_its_exception(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def fail() -> int:
        raise ValueError("no")

    start_worker(fail, lambda value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_a_queued_job_cancelled_before_it_starts_never_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    busy = [start_worker(release.wait, lambda value: None, lambda error: None)]
    busy += [
        start_worker(release.wait, lambda value: None, lambda error: None)
        for _ in range(POOL_THREADS - 1)
    ]
    qtbot.waitUntil(lambda: worker_pool().activeThreadCount() == POOL_THREADS)
    ran = threading.Event()
    called: list[object] = []
    queued = start_worker(ran.set, called.append, called.append)
    queued.cancel()
    release.set()
    qtbot.waitUntil(lambda: worker_pool().activeThreadCount() == 0)
    assert worker_pool().waitForDone(5000)
    assert not ran.is_set()
    assert called == []


def test_a_running_job_cancelled_is_never_called_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    started, release = threading.Event(), threading.Event()
    called: list[object] = []

    def job() -> str:
        started.set()
        release.wait()
        return "late"

    worker = start_worker(job, called.append, called.append)
    assert started.wait(5)
    worker.cancel()
    # "finished" is queued after the result, so once it arrives the result has been handled
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        release.set()
    assert called == []


def test_a_long_job_stops_at_its_next_check(qtbot) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []
    first_step_done, resume = threading.Event(), threading.Event()
    called: list[object] = []

    def job(token: CancelToken) -> int:
        for step in range(1000):
            token.raise_if_cancelled()
            steps.append(step)
            first_step_done.set()
            resume.wait()  # the GUI cancels while the job is on its first step
        return len(steps)

    worker = start_cancellable(job, called.append, called.append)
    assert first_step_done.wait(5)
    worker.cancel()
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        resume.set()
    assert steps == [0]
    assert called == []
    with pytest.raises(JobCancelled):
        worker.token.raise_if_cancelled()


def test_a_widget_closed_while_its_job_runs_is_not_called_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    class Screen(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.results: list[object] = []

        def done(self, value: object) -> None:
            self.results.append(value)

    screen = Screen()
    started, release = threading.Event(), threading.Event()

    def job() -> str:
        started.set()
        release.wait()
        return "late"

    worker = start_worker(job, screen.done, screen.done)
    assert started.wait(5)
    import shiboken6

    shiboken6.delete(screen)  # the editor was closed: its C++ side is gone
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        release.set()
    assert not shiboken6.isValid(screen)
    assert screen.results == []
