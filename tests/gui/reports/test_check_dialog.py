"""File → Check the vault…: the real check in a worker, its result in words; a tampered audit
entry is named with what to do."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

pytestmark = pytest.mark.gui


def test_sound_vault_is_reported_sound(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    assert window.safety.check_action in window.safety.session_actions
    dialog = window.safety.check_vault()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert dialog.report.sound
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText().startswith("The vault is sound")
    dialog.reject()


def test_tampered_audit_entry_is_named_with_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, unlocked_window
) -> None:
    session = unlocked_window.workspace.session
    with session.vault.transaction() as conn:  # someone with the key, behind the trigger
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
    dialog = unlocked_window.safety.check_vault()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    text = dialog.details.toPlainText()
    assert dialog.status.text() == "The vault has problems."
    assert "The audit trail was tampered with: entry 2 was altered." in text
    assert "Restore a backup copy of the whole vault folder" in text
    dialog.reject()
