"""Panic through the UI: a typed word is required, then the vault can never be opened again."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.panic_dialog import PanicDialog
from casevault.services.vaults import open_vault, vault_exists
from casevault.vault.errors import VaultNotFound

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery staple"


def test_a_click_or_enter_alone_never_destroys(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PanicDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.destroy_button.isEnabled()
    assert dialog.cancel_button.isDefault()
    qtbot.keyClicks(dialog.confirmation, "DESTRO")
    assert not dialog.destroy_button.isEnabled()
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    assert dialog.result() == PanicDialog.DialogCode.Rejected
    assert not dialog.destroy_button.isEnabled()


def test_panic_from_the_file_menu_destroys_the_vault(qtbot, unlocked_window, locked_vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    assert window.safety.panic_action.isEnabled()
    assert window.safety.panic_action in window.menuBar().actions()[0].menu().actions()
    window.safety.panic_action.trigger()
    dialog = window.safety.panic_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.confirmation, " destroy ")
    assert dialog.destroy_button.isEnabled()
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert window.stack.currentWidget() is window.safety.destroyed_view
    assert "destroyed" in window.safety.destroyed_view.message.text()
    assert not window.safety.panic_action.isEnabled()
    assert not window.lock_action.isEnabled()
    assert not vault_exists(locked_vault)
    with pytest.raises(VaultNotFound):
        open_vault(locked_vault, PASSPHRASE)


def test_cancel_keeps_the_vault(qtbot, unlocked_window, locked_vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    dialog = window.safety.panic()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    assert vault_exists(locked_vault)
