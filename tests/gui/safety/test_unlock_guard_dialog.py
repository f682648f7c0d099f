"""The destroy-after-wrong-passphrases option: off by default; when on, the unlock screen
destroys the vault at the N-th wrong passphrase, and the count survives a restart."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.main_window import MainWindow
from casevault.services.vaults import vault_exists

pytestmark = pytest.mark.gui


def _wrong(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.unlock_view
    qtbot.keyClicks(view.passphrase, "not the passphrase")
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.unlock_button.isEnabled() and view.error.text() != "")


def test_off_by_default(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    dialog = unlocked_window.safety.choose_guard()
    assert not dialog.enabled.isChecked()
    assert not dialog.limit.isEnabled()
    dialog.reject()


def test_nth_wrong_passphrase_destroys_even_across_restarts(  # type: ignore[no-untyped-def]
    qtbot, unlocked_window, locked_vault, ui_settings
) -> None:
    window = unlocked_window
    dialog = window.safety.choose_guard()
    qtbot.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton)
    assert dialog.limit.isEnabled()
    dialog.limit.setValue(3)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    window.lock()
    _wrong(qtbot, window)
    _wrong(qtbot, window)
    assert window.unlock_view.error.text().startswith("Wrong passphrase")
    window.close()
    restarted = MainWindow(locked_vault, ui_settings, kdf=window.kdf)
    qtbot.addWidget(restarted)
    restarted.show()
    assert vault_exists(locked_vault)
    _wrong(qtbot, restarted)
    assert restarted.unlock_view.error.text().startswith("Too many wrong passphrases")
    assert not vault_exists(locked_vault)
