"""Recovery: the printed code plus a new passphrase -> services.vaults.recover_vault.

The old passphrase stops working; the recovery code keeps working (it is the same paper).
The layout is the Designer form ui/forms/recovery.ui; this class is its controller and sets
every text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.forms import child, load_form
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.safety.passphrase_strength import Strength, StrengthMeter
from casevault.services.session import Session
from casevault.services.vaults import recover_vault


class RecoveryDialog(QDialog):
    """Asks for the recovery code and a new passphrase; `session` is set on success."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.session: Session | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Open with the recovery code"))
        self.setAccessibleName(self.tr("Open with the recovery code"))
        # Layout from ui/forms/recovery.ui; every text is set here, through tr().
        form = load_form("recovery", self)
        outer = QVBoxLayout(self)
        outer.addWidget(form)
        child(form, QLabel, "intro").setText(
            self.tr(
                "Type the recovery code from your paper (dashes and spaces do not matter), "
                "then choose a new passphrase. The old passphrase will stop working."
            )
        )
        child(form, QLabel, "code_label").setText(self.tr("Recovery &code:"))
        child(form, QLabel, "new_passphrase_label").setText(self.tr("&New passphrase:"))
        child(form, QLabel, "confirm_label").setText(self.tr("&Repeat it:"))
        self.code = child(form, QLineEdit, "code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.new_passphrase = child(form, QLineEdit, "new_passphrase")
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.meter = child(form, StrengthMeter, "meter")
        self.confirm = child(form, QLineEdit, "confirm")
        self.confirm.setAccessibleName(self.tr("Repeat new passphrase"))
        self.busy = child(form, QProgressBar, "busy")
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Opening the vault"))
        self.error = child(form, QLabel, "error")
        self.error.setAccessibleName(self.tr("Recovery problem"))
        self.buttons = child(form, QDialogButtonBox, "buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open vault"))
        self.ok_button.setAccessibleName(self.tr("Open vault"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        for field in (self.code, self.new_passphrase, self.confirm):
            field.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        level = self.meter.update_for(self.new_passphrase.text())
        same = self.new_passphrase.text() == self.confirm.text()
        if self.confirm.text() and not self.new_passphrase.text().startswith(self.confirm.text()):
            self.error.setText(self.tr("The two passphrases are not the same."))
        elif self._worker is None:
            self.error.setText("")
        ready = bool(self.code.text().strip()) and level > Strength.WEAK and same
        self.ok_button.setEnabled(ready and self._worker is None)

    def start(self) -> None:
        """Unlock with the code and set the new passphrase, in a worker."""
        if self._worker is not None or not self.ok_button.isEnabled():
            return
        code, passphrase, path = self.code.text(), self.new_passphrase.text(), self.vault_path
        self.busy.setVisible(True)
        self.error.setText("")
        self.ok_button.setEnabled(False)
        self._worker = start_worker(
            lambda: recover_vault(path, code, passphrase), self._opened, self._failed
        )

    def _opened(self, session: Any) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.session = session
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self._changed()
        self.error.setText(describe(error))
