"""Changing the passphrase through the dialog: the new one opens the vault, the old one not."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.services.vaults import open_vault
from casevault.vault.errors import WrongSecret

pytestmark = pytest.mark.gui
OLD = "correct horse battery staple"
NEW = "violet tractor under seven lanterns"


def test_change_passphrase_through_the_menu(qtbot, unlocked_window, locked_vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    file_menu = window.menuBar().actions()[0].menu()
    assert window.safety.change_passphrase_action in file_menu.actions()
    dialog = window.safety.change_passphrase()
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.new_passphrase, "short")
    assert dialog.meter.advice.text().startswith("Too short")
    dialog.new_passphrase.clear()
    qtbot.keyClicks(dialog.new_passphrase, NEW)
    qtbot.keyClicks(dialog.confirm, NEW[:-1] + "X")
    assert dialog.error.text() == "The two passphrases are not the same."
    assert not dialog.ok_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, NEW)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "The passphrase was changed."
    window.lock()
    with pytest.raises(WrongSecret):
        open_vault(locked_vault, OLD)
    open_vault(locked_vault, NEW).close()
