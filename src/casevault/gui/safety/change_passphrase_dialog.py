"""Change the passphrase of the open vault (services.vaults.change_passphrase, in a worker).

The recovery code keeps working. The new passphrase is typed twice, with the strength meter.
The layout is the Designer form ui/forms/change_passphrase.ui; this class is its controller and
sets every text.
"""

from __future__ import annotations

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
from casevault.services.vaults import change_passphrase


class ChangePassphraseDialog(QDialog):
    """Accepted once the new passphrase is in place."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setAccessibleName(self.tr("Change the passphrase"))
        # Layout from ui/forms/change_passphrase.ui; every text is set here, through tr().
        form = load_form("change_passphrase", self)
        outer = QVBoxLayout(self)
        outer.addWidget(form)
        child(form, QLabel, "intro").setText(
            self.tr(
                "Choose a new passphrase for this vault. The old one stops working at once "
                "with this vault's key file (a copy of the key file made before still opens it "
                "with the old one: use File, Re-encrypt with a new key, if someone may have "
                "such a copy); your printed recovery code keeps working."
            )
        )
        child(form, QLabel, "new_passphrase_label").setText(self.tr("&New passphrase:"))
        child(form, QLabel, "confirm_label").setText(self.tr("&Repeat it:"))
        self.new_passphrase = child(form, QLineEdit, "new_passphrase")
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.meter = child(form, StrengthMeter, "meter")
        self.confirm = child(form, QLineEdit, "confirm")
        self.confirm.setAccessibleName(self.tr("Repeat new passphrase"))
        self.busy = child(form, QProgressBar, "busy")
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Changing the passphrase"))
        self.error = child(form, QLabel, "error")
        self.error.setAccessibleName(self.tr("Passphrase problem"))
        self.buttons = child(form, QDialogButtonBox, "buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
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
        self.ok_button.setEnabled(level > Strength.WEAK and same and self._worker is None)

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
