"""Change the passphrase of the open vault (services.vaults.change_passphrase, in a worker).

The recovery code keeps working. The new passphrase is typed twice, with the strength meter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from casevault.gui.messages import describe
from casevault.gui.passphrase_strength import Strength, StrengthMeter
from casevault.gui.workers import Worker, start_worker
from casevault.services.session import Session
from casevault.services.vaults import change_passphrase


class ChangePassphraseDialog(QDialog):
    """Accepted once the new passphrase is in place."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setAccessibleName(self.tr("Change the passphrase"))
        intro = QLabel(
            self.tr(
                "Choose a new passphrase for this vault. The old one stops working at once; "
                "your printed recovery code keeps working."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_passphrase = QLineEdit(self)
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.new_passphrase.setMinimumWidth(320)
        self.meter = StrengthMeter(self)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat new passphrase"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Changing the passphrase"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Passphrase problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&New passphrase:"), self.new_passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        form.addRow(self.busy)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        for field in (self.new_passphrase, self.confirm):
            field.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        level = self.meter.update_for(self.new_passphrase.text())
        same = self.new_passphrase.text() == self.confirm.text()
        if self.confirm.text() and not self.new_passphrase.text().startswith(self.confirm.text()):
            self.error.setText(self.tr("The two passphrases are not the same."))
        elif self._worker is None:
            self.error.setText("")
        self.ok_button.setEnabled(level > Strength.TOO_SHORT and same and self._worker is None)

    def start(self) -> None:
        """Re-wrap the key with the new passphrase (Argon2id) in a worker."""
        if self._worker is not None or not self.ok_button.isEnabled():
            return
        session, passphrase = self._session, self.new_passphrase.text()
        self.busy.setVisible(True)
        self.ok_button.setEnabled(False)
        self._worker = start_worker(
            lambda: change_passphrase(session, passphrase), self._changed_ok, self._failed
        )

    def _changed_ok(self, _result: Any) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.new_passphrase.clear()
        self.confirm.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self._changed()
        self.error.setText(describe(error))
