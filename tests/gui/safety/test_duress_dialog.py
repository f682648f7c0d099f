"""Settings → Duress passphrase…, and the duress passphrase typed at the app's unlock screen:
the real keys are destroyed and the decoy's invented cases are shown."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.gui.conftest import PASSPHRASE

from casevault.services.case_list import list_cases
from casevault.services.vaults import open_vault
from casevault.vault.errors import WrongSecret

pytestmark = pytest.mark.gui
DURESS = "purple elephants march slowly"


def _case_ids(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(case.id) for case in list_cases(window.workspace.session, limit=1000)}


def _set_duress(qtbot, window, first: str, second: str):  # type: ignore[no-untyped-def]
    dialog = window.safety.choose_duress()
    qtbot.keyClicks(dialog.passphrase, first)
    qtbot.keyClicks(dialog.confirm, second)
    return dialog


def test_dialog_refuses_a_mismatch_and_the_real_passphrase(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    dialog = _set_duress(qtbot, unlocked_window, DURESS, DURESS + "x")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The two passphrases are not the same."
    dialog.reject()
    dialog = _set_duress(qtbot, unlocked_window, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=15_000)
    assert "different from the vault's passphrase" in dialog.error.text()
    dialog.reject()


def test_duress_at_the_unlock_screen_shows_the_decoy(  # type: ignore[no-untyped-def]
    qtbot, unlocked_window, locked_vault: Path
) -> None:
    window = unlocked_window
    real_ids = _case_ids(window)
    assert len(real_ids) == 3
    dialog = _set_duress(qtbot, window, DURESS, DURESS)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    window.lock()
    qtbot.keyClicks(window.unlock_view.passphrase, DURESS)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.workspace.cases.model.rowCount() >= 3, timeout=15_000)
    assert _case_ids(window).isdisjoint(real_ids)
    assert window.workspace.session.vault.path == locked_vault.absolute()
    window.lock()
    with pytest.raises(WrongSecret):
        open_vault(locked_vault, PASSPHRASE)  # the real vault is gone
