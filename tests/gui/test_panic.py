"""Panic through the UI: a typed word is required, then the vault can never be opened again.
It works from the lock screen, while the vault is open elsewhere, without waiting for a running
read; keys destroyed elsewhere close the window's session; a destroyed vault is explained."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.key_copies import key_file_family

from casevault.gui.kit.workers import start_worker
from casevault.gui.main_window import MainWindow
from casevault.gui.safety.panic_dialog import PanicDialog
from casevault.gui.safety.unlock_view import UnlockView
from casevault.services import cases as case_service
from casevault.services.panic import destroy_vault_keys
from casevault.services.vaults import KdfChoice, open_vault, vault_exists
from casevault.vault.errors import VaultDestroyed, VaultNotFound

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery staple"
FLOOR_KDF = KdfChoice(floor=True)


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


def _confirm_panic(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.safety.panic_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.confirmation, "DESTROY")
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)


def test_panic_from_the_lock_screen_while_the_vault_is_open_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, locked_vault, ui_settings
) -> None:
    elsewhere = open_vault(locked_vault, PASSPHRASE)  # holds the lock, as another window would
    try:
        window = MainWindow(locked_vault, ui_settings, kdf=FLOOR_KDF)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        assert window.stack.currentWidget() is window.unlock_view
        assert window.safety.panic_action.isEnabled()
        assert window.safety.panic_action.shortcut().toString() == "Ctrl+Shift+Del"
        qtbot.keyClick(
            window.unlock_view.passphrase,
            Qt.Key.Key_Delete,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        _confirm_panic(qtbot, window)  # no passphrase was typed anywhere

        assert window.stack.currentWidget() is window.safety.destroyed_view
        assert "destroyed" in window.safety.destroyed_view.message.text()
        assert window.safety.destroyed_view.accessibleName() == "Vault destroyed"
        assert not window.safety.panic_action.isEnabled()
        assert not window.unlock_view.isEnabled()
        assert key_file_family(locked_vault) == []
        with pytest.raises(VaultDestroyed):
            open_vault(locked_vault, PASSPHRASE)
        with pytest.raises(VaultDestroyed):  # the other holder stops at its next step
            case_service.list_cases(elsewhere)
    finally:
        elsewhere.close()


def test_panic_does_not_wait_for_a_running_read(qtbot, unlocked_window, locked_vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def long_read() -> None:
        with session.vault.reading() as conn:
            conn.execute("SELECT count(*) FROM cases").fetchone()
            started.set()
            # Bounded, so that a panic that waits (the bug) fails this test instead of hanging.
            release.wait(timeout=20)
        finished.set()

    start_worker(long_read, lambda _value: None, lambda _error: None)
    assert started.wait(timeout=30)
    window.safety.panic_action.trigger()
    _confirm_panic(qtbot, window)

    assert not finished.is_set()  # the read is still running: panic did not wait for it
    assert window.workspace is None
    assert window.stack.currentWidget() is window.safety.destroyed_view
    assert key_file_family(locked_vault) == []
    with pytest.raises(VaultDestroyed):
        open_vault(locked_vault, PASSPHRASE)
    release.set()
    # The connection closes as soon as the read lets go of it.
    qtbot.waitUntil(lambda: session.vault._conn is None, timeout=30_000)
    assert finished.is_set()


def test_keys_destroyed_by_a_command_close_the_open_window(
    qtbot, unlocked_window, locked_vault
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    env = {key: value for key, value in os.environ.items() if key != "CASEVAULT_PASSPHRASE"}
    command = subprocess.run(
        [sys.executable, "-m", "casevault", "--vault", str(locked_vault), "panic"],
        input="DESTROY\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert command.returncode == 0, command.stderr
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.safety.destroyed_view, timeout=15_000
    )
    assert window.workspace is None
    assert "was destroyed" in window.safety.destroyed_view.message.text()
    assert not window.safety.panic_action.isEnabled()
    qtbot.waitUntil(lambda: session.vault._conn is None, timeout=30_000)


def test_a_destroyed_vault_is_explained_not_offered_for_set_up(  # type: ignore[no-untyped-def]
    qtbot, locked_vault, ui_settings
) -> None:
    destroy_vault_keys(locked_vault)
    window = MainWindow(locked_vault, ui_settings, kdf=FLOOR_KDF)
    qtbot.addWidget(window)
    window.show()
    assert window.wizard is None
    assert window.stack.currentWidget() is window.safety.destroyed_view
    text = window.safety.destroyed_view.message.text()
    assert "was destroyed" in text
    assert "damaged" not in text.replace("not damaged", "")
    assert not window.safety.panic_action.isEnabled()
    assert not window.lock_action.isEnabled()


def test_the_unlock_screen_says_destroyed_when_keys_vanish(qtbot, locked_vault) -> None:  # type: ignore[no-untyped-def]
    view = UnlockView(locked_vault)
    qtbot.addWidget(view)
    view.show()
    destroy_vault_keys(locked_vault)  # e.g. by a command while this screen was open
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=15_000)
    assert "was destroyed" in view.error.text()
    assert "There is no vault" not in view.error.text()
