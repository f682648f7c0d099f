"""OneJob: one background job at a time; the controls wait while it runs and are back before
the screen's callback runs, in the GUI thread."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from casevault.gui.kit.one_job import OneJob

pytestmark = pytest.mark.gui


def _screen(qtbot) -> tuple[QWidget, QPushButton, QLineEdit, QDialogButtonBox]:  # type: ignore[no-untyped-def]
    screen = QWidget()
    qtbot.addWidget(screen)
    button = QPushButton("Go", screen)
    field = QLineEdit(screen)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, screen)
    return screen, button, field, box


def test_controls_wait_while_running_and_are_back_before_success(qtbot) -> None:  # type: ignore[no-untyped-def]
    _screen_widget, button, field, box = _screen(qtbot)
    job = OneJob(button, field, lambda: box.button(QDialogButtonBox.StandardButton.Save))
    release = threading.Event()
    seen: list[tuple[int, bool, bool, bool]] = []
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]

    def succeeded(value: int) -> None:
        save = box.button(QDialogButtonBox.StandardButton.Save)
        enabled = button.isEnabled() and field.isEnabled() and save.isEnabled()
        seen.append((value, enabled, job.busy, QThread.currentThread() is gui_thread))

    def work() -> int:
        release.wait(5)
        return 42

    assert job.start(work, succeeded, lambda error: None)
    assert job.busy
    assert not button.isEnabled()
    assert not field.isEnabled()
    assert not box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    release.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True, False, True)]
    assert button.isEnabled()
    assert field.isEnabled()


def test_controls_are_back_before_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    _screen_widget, button, field, _box = _screen(qtbot)
    job = OneJob(button, field)
    seen: list[tuple[str, bool, bool, bool]] = []
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]

    def fail() -> int:
        raise ValueError("no")

    def failed(error: BaseException) -> None:
        enabled = button.isEnabled() and field.isEnabled()
        seen.append((str(error), enabled, job.busy, QThread.currentThread() is gui_thread))

    assert job.start(fail, lambda value: None, failed)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("no", True, False, True)]


def test_a_second_start_is_refused_while_busy(qtbot) -> None:  # type: ignore[no-untyped-def]
    _screen_widget, button, _field, _box = _screen(qtbot)
    changes: list[bool] = []
    job = OneJob(button, on_change=changes.append)
    release = threading.Event()
    ran: list[str] = []
    done: list[str] = []

    def first() -> str:
        release.wait(5)
        return "first"

    def second() -> str:
        ran.append("second")
        return "second"

    assert job.start(first, done.append, lambda error: None)
    assert not job.start(second, done.append, lambda error: None)
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    assert done == ["first"]
    assert ran == []
    assert changes == [True, False]
    assert job.start(second, done.append, lambda error: None)  # free again
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done == ["first", "second"]


def test_a_cancelled_job_never_calls_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    _screen_widget, button, _field, _box = _screen(qtbot)
    job = OneJob(button)
    release = threading.Event()
    called: list[object] = []
    assert job.start(lambda: release.wait(5), called.append, called.append)
    job.cancel()
    assert not job.busy
    assert button.isEnabled()
    release.set()
    qtbot.wait(100)
    assert called == []
