"""The first-run wizard creates a real vault (Argon2id at its floor, injected)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from casevault.gui.main_window import MainWindow
from casevault.gui.safety.first_run import FirstRunWizard
from casevault.services.organisation import show_organisation
from casevault.services.vaults import KdfChoice, open_vault, vault_exists

FLOOR_KDF = KdfChoice(floor=True)

pytestmark = pytest.mark.gui
NEW_PASSPHRASE = "violet tractor lantern seventeen"


def _click(qtbot, wizard: FirstRunWizard, button: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def test_wizard_creates_vault_and_opens_workspace(
    qtbot, tmp_path: Path, ui_settings, typist
) -> None:  # type: ignore[no-untyped-def]
    vault_path = tmp_path / "new-vault"
    window = MainWindow(vault_path, ui_settings, kdf=FLOOR_KDF)
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    page = wizard.passphrase_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    qtbot.keyClicks(page.passphrase, "short")
    assert "Too short" in page.meter.advice.text()
    assert not next_button.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.confirm, NEW_PASSPHRASE)
    assert next_button.isEnabled()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.organisation_page
    typist(wizard.organisation_page.name, "Ковчег Transit")
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    # No way out while the vault is being created (unless it is already done).
    assert wizard.result_value is not None or not cancel.isEnabled()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=15_000)

    code = wizard.result_value.recovery_code
    shown = wizard.code_page.code.text().replace("\n", "-")
    assert shown == code
    assert not next_button.isEnabled()
    written = wizard.code_page.written
    qtbot.mouseClick(written, Qt.MouseButton.LeftButton, pos=QPoint(8, written.height() // 2))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    confirm = wizard.confirm_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(confirm.group, "ZZZZ" if code.split("-")[2] != "ZZZZ" else "YYYY")
    assert not finish.isEnabled()
    assert "does not match" in confirm.hint.text()
    confirm.group.clear()
    qtbot.keyClicks(confirm.group, code.split("-")[2].lower())
    assert finish.isEnabled()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.workspace.organisation.name == "Ковчег Transit"
    assert vault_exists(vault_path)
    window.lock()
    with open_vault(vault_path, NEW_PASSPHRASE) as session:
        assert show_organisation(session).name == "Ковчег Transit"


def test_mismatched_confirmation_is_pointed_out(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "v", FLOOR_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.confirm, "violet tractor X")
    assert page.mismatch.text() == "The two passphrases are not the same."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.passphrase.accessibleName() == "Passphrase"
