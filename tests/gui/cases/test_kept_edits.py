"""Auto-lock never discards work: unsaved edits are kept in the vault and offered after unlock."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.gui.conftest import PASSPHRASE

from casevault.services import cases as case_service
from casevault.services.unsaved_edits import list_kept_edits
from casevault.services.vaults import open_vault

pytestmark = pytest.mark.gui

CANARY = "kept-across-lock-canary 9151"


def _unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)


def test_idle_lock_keeps_the_edit_and_unlock_restores_it(qtbot, unlocked_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    cases = window.workspace.cases
    case_id = cases.model.index(0, 0).data(Qt.ItemDataRole.UserRole) or cases.selected_id()
    editor = window.workspace.open_editor(str(case_id) if case_id else None)
    case_id = editor.case_id
    typist(editor.form.inputs["city"], CANARY)
    assert editor.is_dirty()
    window.idle.set_timeout_ms(200)
    window.idle.start()
    with qtbot.waitSignal(window.idle.idle, timeout=5_000):
        pass  # the real idle timer fires the real lock
    assert window.stack.currentWidget() is window.unlock_view
    assert not editor.isVisible()

    _unlock(qtbot, window)
    offer = window.kept_edits
    qtbot.waitUntil(lambda: offer.box is not None and offer.box.isVisible())
    assert "when the vault locked" in offer.box.text()
    assert "Абрамов" in offer.box.text()  # the case is named, so the person knows which
    # The stored case was not changed by the lock: the edit is only offered.
    assert case_service.get_case(window.workspace.session, case_id).fields.city == ""
    offer.restore_button.click()
    qtbot.waitUntil(lambda: any(e.case_id == case_id for e in window.workspace.editors))
    restored = next(e for e in window.workspace.editors if e.case_id == case_id)
    assert restored.form.data()["city"] == CANARY
    assert restored.is_dirty()
    assert restored.windowTitle().startswith("* ")
    assert list_kept_edits(window.workspace.session) == []  # taken once: now in the editor
    assert restored.save()
    assert case_service.get_case(window.workspace.session, case_id).fields.city == CANARY


def test_ctrl_l_keeps_a_new_case_and_discard_removes_it(qtbot, unlocked_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    editor = window.workspace.new_case()
    typist(editor.form.inputs["city"], CANARY)
    qtbot.keyClick(window.workspace.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_view)
    _unlock(qtbot, window)
    offer = window.kept_edits
    qtbot.waitUntil(lambda: offer.box is not None and offer.box.isVisible())
    assert "a new case" in offer.box.text()
    offer.discard_button.click()
    qtbot.waitUntil(lambda: offer.box is None)
    assert window.workspace.editors == []
    assert list_kept_edits(window.workspace.session) == []


def test_an_unchanged_editor_keeps_nothing(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    window.workspace.new_case()
    window.lock()
    with open_vault(window.vault_path, PASSPHRASE) as session:
        assert list_kept_edits(session) == []
