"""The main window: unlock shows the cases; Ctrl+L and idle time lock it again."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_unlock_then_list_shows_cases(unlocked_window) -> None:  # type: ignore[no-untyped-def]
    cases = unlocked_window.workspace.cases
    names = [cases.model.index(row, 0).data() for row in range(cases.model.rowCount())]
    assert names == ["Абрамов Иван", "Белов Иван", "Чувиляев Иван"]
    assert cases.count_label.text() == "3 cases"
    assert unlocked_window.windowTitle() == "CaseVault — Test Organisation"


def test_ctrl_l_locks(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    qtbot.keyClick(window.workspace.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_view)
    assert window.workspace is None
    assert window.unlock_view.error.text() == "The vault is locked."
    assert session.vault._conn is None  # the vault itself is closed, not just hidden
    assert not window.new_action.isEnabled()


def test_auto_lock_returns_to_unlock_screen(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    editor = window.workspace.new_case()
    qtbot.keyClicks(editor.form.inputs["city"], "Almaty")
    window.idle.set_timeout_ms(300)
    with qtbot.waitSignal(window.idle.idle, timeout=5_000):
        pass
    assert window.stack.currentWidget() is window.unlock_view
    assert "locked after" in window.unlock_view.error.text()
    assert not editor.isVisible()


def test_input_postpones_auto_lock(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    window.idle.set_timeout_ms(60_000)
    timer = window.idle._timer
    timer.stop()
    window.idle.start()
    qtbot.keyClick(window.workspace.cases.search, Qt.Key.Key_A)
    assert timer.isActive()
    assert timer.remainingTime() > 50_000


def test_ctrl_n_opens_editor_and_ctrl_f_focuses_search(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    window.activateWindow()
    qtbot.keyClick(window.workspace.cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.cases.search.hasFocus()
    qtbot.keyClick(window.workspace.cases.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.workspace.editors) == 1
    assert window.workspace.editors[0].windowTitle() == "New case"


def test_every_section_is_enabled(unlocked_window) -> None:  # type: ignore[no-untyped-def]
    """Screening lives in each case's editor; no section is a disabled placeholder."""
    tabs = unlocked_window.workspace.tabs
    titles = {tabs.tabText(i): tabs.isTabEnabled(i) for i in range(tabs.count())}
    assert {"Cases", "Audit log", "Dashboard", "Partners and exchange"} <= set(titles)
    assert all(titles.values())


def test_partners_menu_opens_the_exchange_screens(unlocked_window) -> None:  # type: ignore[no-untyped-def]
    unlocked_window.export_action.trigger()
    exchange = unlocked_window.workspace.exchange
    assert unlocked_window.workspace.tabs.currentWidget() is exchange
    assert exchange.export_wizard is not None
    exchange.export_wizard.reject()
    unlocked_window.import_action.trigger()
    assert exchange.import_wizard is not None
    exchange.import_wizard.reject()
