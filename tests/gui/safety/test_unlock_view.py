"""Unlocking: wrong passphrase gets a plain message; the recovery code path sets a new one."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.safety.recovery_dialog import RecoveryDialog
from casevault.gui.safety.unlock_view import UnlockView
from casevault.services.vaults import InitResult, KdfChoice, init_vault, open_vault

pytestmark = pytest.mark.gui


def test_wrong_passphrase_shows_plain_message(qtbot, locked_vault: Path) -> None:  # type: ignore[no-untyped-def]
    view = UnlockView(locked_vault)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.passphrase, "not the passphrase")
    with qtbot.waitSignal(view.unlock_button.clicked):
        qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.error.text()), timeout=15_000)
    assert view.error.text().startswith("Wrong passphrase.")
    assert view.error.accessibleName() == "Unlock problem"
    assert view.passphrase.text() == ""
    assert view.unlock_button.isEnabled()


def test_correct_passphrase_emits_session(qtbot, locked_vault: Path) -> None:  # type: ignore[no-untyped-def]
    view = UnlockView(locked_vault)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.passphrase, "correct horse battery staple")
    with qtbot.waitSignal(view.unlocked, timeout=15_000) as blocker:
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    session = blocker.args[0]
    try:
        assert session.vault.vault_id
    finally:
        session.close()


def test_recovery_code_sets_new_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result: InitResult = init_vault(
        tmp_path / "v", "first passphrase", "Org", kdf=KdfChoice(floor=True)
    )
    result.session.close()
    dialog = RecoveryDialog(tmp_path / "v")
    qtbot.addWidget(dialog)
    dialog.show()
    new = "seven copper kettles dancing"
    qtbot.keyClicks(dialog.code, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(dialog.new_passphrase, new)
    qtbot.keyClicks(dialog.confirm, new)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recovery code does not open" in dialog.error.text(), timeout=15_000)

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, result.recovery_code.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.session is not None
    dialog.session.close()
    with open_vault(tmp_path / "v", new) as session:
        assert session.vault.vault_id == result.session.vault.vault_id
