"""First-run wizard: passphrase, organisation name, create the vault, recovery code, check it.

The vault is created (in a worker: the calibrated Argon2id takes a second or two) when the
person leaves the organisation page; from then on there is no way back. The recovery code is
shown once and must be partly typed back, so that nobody clicks past it unread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.safety.passphrase_strength import Strength, StrengthMeter
from casevault.gui.safety.recovery_sheet import print_button, safety_advice
from casevault.services.session import Session
from casevault.services.vaults import InitResult, KdfChoice, init_vault

CHECKED_GROUP = 3  # the group of the recovery code typed back (1-based)


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(name)
    return label


class PassphrasePage(QWizardPage):
    """Choose the passphrase (twice), with a strength meter and advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase locks all case data on this laptop. Nobody can reset it for you: "
                "keep it in your head, not on a note near the laptop."
            )
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat passphrase"))
        self.show_text = QCheckBox(self.tr("Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.meter = StrengthMeter(self)
        self.mismatch = _error_label(self, self.tr("Passphrase problem"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        form.addRow("", self.show_text)
        form.addRow("", self.mismatch)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.show_text.toggled.connect(self._toggle_echo)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.show_text)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        typed = self.confirm.text()
        if typed and not self.passphrase.text().startswith(typed):
            self.mismatch.setText(self.tr("The two passphrases are not the same."))
        else:
            self.mismatch.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next is enabled once the passphrase is long enough and typed the same twice."""
        text = self.passphrase.text()
        return self.meter.update_for(text) > Strength.WEAK and text == self.confirm.text()


class OrganisationPage(QWizardPage):
    """Name our organisation, then create the vault in a worker (a commit page: no way back)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._worker: Worker | None = None
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(
            self.tr(
                "Partners will see this name on the case files you send them. A short form is fine."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create vault"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Organisation name"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Vault creation status"))
        self.error = _error_label(self, self.tr("Vault creation problem"))
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation &name:"), self.name)
        form.addRow("", self.busy)
        form.addRow("", self.status)
        form.addRow("", self.error)
        self.name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        """Next needs a name, and is off while the vault is being created."""
        return bool(self.name.text().strip()) and self._worker is None

    def validatePage(self) -> bool:
        """Start creating the vault; the page is left only when the worker reports success."""
        if self._wizard.result_value is not None:
            return True
        self.error.setText("")
        self.busy.setVisible(True)
        self.status.setText(
            self.tr("Creating the vault and your organisation's keys. This takes a few seconds…")
        )
        self.name.setEnabled(False)
        passphrase = self._wizard.passphrase_page.passphrase.text()
        org_name = self.name.text().strip()
        path, kdf = self._wizard.vault_path, self._wizard.kdf
        self._worker = start_worker(
            lambda: init_vault(path, passphrase, org_name, kdf=kdf), self._created, self._failed
        )
        self.completeChanged.emit()
        self._wizard.set_creating(True)
        return False

    @property
    def creating(self) -> bool:
        """Whether the vault is being created right now."""
        return self._worker is not None

    def _created(self, result: Any) -> None:
        self._worker = None
        self._wizard.set_creating(False)
        self.busy.setVisible(False)
        self.status.setText("")
        self._wizard.result_value = result
        self._wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self._wizard.set_creating(False)
        self.busy.setVisible(False)
        self.status.setText("")
        self.name.setEnabled(True)
        self.error.setText(describe(error))
        self.completeChanged.emit()


class RecoveryCodePage(QWizardPage):
    """Show the recovery code once, with the plain reason to write it down."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Write down your recovery code"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is forgotten, this code is the only way back into the vault. "
                "Write it on paper now and keep the paper away from the laptop. "
                "It is shown only once and is not stored anywhere."
            )
        )
        self.code = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.written = QCheckBox(self.tr("I have written the code down on paper"), self)
        self.written.setAccessibleName(self.tr("I have written the code down on paper"))
        self.print_button = print_button(self, self._code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.written)
        self.written.toggled.connect(self.completeChanged)

    def _code(self) -> str:
        result = self._wizard.result_value
        return result.recovery_code if result else ""

    def initializePage(self) -> None:
        """Show the code of the vault just created (groups of four, two lines)."""
        result = self._wizard.result_value
        groups = result.recovery_code.split("-") if result else []
        self.code.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))

    def isComplete(self) -> bool:
        """Only after the person says the code is on paper."""
        return self.written.isChecked()


class ConfirmCodePage(QWizardPage):
    """Type back one group of the code: proof that it was written down correctly."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check your recovery code"))
        self.setSubTitle(
            self.tr("Type the third group of four characters from the paper (not from the screen).")
        )
        self.group = QLineEdit(self)
        self.group.setMaxLength(4)
        self.group.setAccessibleName(self.tr("Third group of the recovery code"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Recovery code check result"))
        self.advice = QLabel(safety_advice(), self)
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Safety advice"))
        form = QFormLayout(self)
        form.addRow(self.tr("Third &group:"), self.group)
        form.addRow("", self.hint)
        form.addRow(self.advice)
        self.group.textChanged.connect(self._changed)

    def _expected(self) -> str:
        result = self._wizard.result_value
        return result.recovery_code.split("-")[CHECKED_GROUP - 1] if result else ""

    def _changed(self, text: str) -> None:
        if len(text) == 4 and not self.isComplete():
            self.hint.setText(self.tr("That does not match. Go back and check what you wrote."))
        else:
            self.hint.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """The typed group matches (case and the look-alikes O/0, I/1 forgiven)."""
        typed = self.group.text().strip().upper().translate(str.maketrans("OIL", "011"))
        return bool(typed) and typed == self._expected()


class FirstRunWizard(QWizard):
    """Creates the vault at `vault_path`; emits `vault_created(Session)` when finished.

    `kdf` chooses the Argon2id parameters (calibrated by default; tests pass the floor).
    """

    vault_created = Signal(object)

    def __init__(
        self, vault_path: Path, kdf: KdfChoice | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.kdf = kdf or KdfChoice()
        self.result_value: InitResult | None = None
        self.setWindowTitle(self.tr("Set up CaseVault"))
        self.setAccessibleName(self.tr("Set up CaseVault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.passphrase_page = PassphrasePage(self)
        self.organisation_page = OrganisationPage(self)
        self.code_page = RecoveryCodePage(self)
        self.confirm_page = ConfirmCodePage(self)
        for page in (
            self.passphrase_page,
            self.organisation_page,
            self.code_page,
            self.confirm_page,
        ):
            self.addPage(page)
        self.setMinimumSize(640, 460)
        self.accepted.connect(self._finish)
        self.rejected.connect(self._abandon)

    def set_creating(self, creating: bool) -> None:
        """No way back or out while the vault is being created (it would be left half-owned)."""
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not creating)

    def reject(self) -> None:
        """Cancel (or Escape) is ignored while the vault is being created."""
        if not self.organisation_page.creating:
            super().reject()

    @property
    def session(self) -> Session | None:
        """The open session once the vault exists."""
        return self.result_value.session if self.result_value else None

    def _finish(self) -> None:
        if self.result_value is not None:
            self.vault_created.emit(self.result_value.session)

    def _abandon(self) -> None:
        # Cancelled after creation: close the vault; the person unlocks it next time.
        if self.result_value is not None:
            self.result_value.session.close()
            self.result_value = None
