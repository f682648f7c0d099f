"""Re-key and a new recovery code from the File menu: real vault, real worker, new code shown."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.safety.new_key_dialog import NewKeyKind
from casevault.services.audit_log import list_audit_entries
from casevault.services.vaults import open_vault, recover_vault
from casevault.vault.errors import WrongSecret

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery staple"
NEW = "violet tractor lantern seventeen"


@pytest.mark.parametrize(
    ("kind", "action"),
    [
        (NewKeyKind.DATABASE_KEY, "vault.rekey"),
        (NewKeyKind.RECOVERY_CODE, "vault.recovery_code_replace"),
    ],
)
def test_new_key_through_the_menu_shows_a_new_recovery_code(  # type: ignore[no-untyped-def]
    qtbot, unlocked_window, locked_vault, kind, action
) -> None:
    window = unlocked_window
    file_menu = window.menuBar().actions()[0].menu()
    assert window.safety.rekey_action in file_menu.actions()
    assert window.safety.recovery_code_action in file_menu.actions()
    dialog = window.safety.new_key(kind)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=15_000)
    assert dialog.new_code == ""
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.new_code != "", timeout=15_000)
    assert dialog.code.isVisible()
    assert dialog.code.text() == dialog.new_code
    session = window.workspace.session
    assert list_audit_entries(session, limit=1)[0].action == action
    code = dialog.new_code
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window.lock()
    open_vault(locked_vault, PASSPHRASE).close()
    recover_vault(locked_vault, code, NEW).close()
    with pytest.raises(WrongSecret):
        open_vault(locked_vault, PASSPHRASE)
