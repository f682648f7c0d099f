"""The unlock screen: passphrase in, Session out (Argon2id runs in a worker).

A wrong passphrase gets a plain sentence from gui/messages.py; the field is cleared so the next
try starts fresh. A forgotten passphrase leads to the recovery dialog. The layout is the Designer
form ui/forms/unlock.ui (tab order included); this class is its controller and sets every text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.forms import child, load_form
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.safety.recovery_dialog import RecoveryDialog
from casevault.services.unlock_guard import open_vault_counting


class UnlockView(QWidget):
    """Asks for the passphrase; emits `unlocked(Session)`."""

    unlocked = Signal(object)

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self._worker: Worker | None = None
        self.setAccessibleName(self.tr("Unlock the vault"))
        # Layout from ui/forms/unlock.ui; every text is set here, through tr().
        form = load_form("unlock", self)
        outer = QVBoxLayout(self)
        outer.addWidget(form)
        title = child(form, QLabel, "title")
        title.setText(self.tr("CaseVault is locked"))
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        child(form, QLabel, "explanation").setText(
            self.tr("Enter your passphrase to open the case files.")
        )
        child(form, QLabel, "passphrase_label").setText(self.tr("&Passphrase:"))
        self.passphrase = child(form, QLineEdit, "passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = child(form, QPushButton, "unlock_button")
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.busy = child(form, QProgressBar, "busy")
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.setVisible(False)
        self.error = child(form, QLabel, "error")
        self.error.setAccessibleName(self.tr("Unlock problem"))
        # Room for a three-line message, so the layout never clips or jumps when one appears.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 3 + 4)
        self.recover_button = child(form, QPushButton, "recover_button")
        self.recover_button.setText(self.tr("Forgot the passphrase? Use the &recovery code"))
        self.recover_button.setAccessibleName(self.tr("Use the recovery code"))

        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.recover_button.clicked.connect(self.recover)

    def reset(self, message: str = "") -> None:
        """Empty the field and show `message` (e.g. why the vault was locked)."""
        self.passphrase.clear()
        self.error.setStyleSheet("color: palette(text);" if message else ERROR_STYLE)
        self.error.setText(message)
        self.passphrase.setFocus()

    def unlock(self) -> None:
        """Try the passphrase in a worker; the answer comes back by signal."""
        if self._worker is not None or not self.passphrase.text():
            return
        secret = self.passphrase.text()
        path = self.vault_path
        self._set_busy(True)
        self._worker = start_worker(
            lambda: open_vault_counting(path, secret), self._opened, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
        if busy:
            self.error.setText("")

    def _opened(self, session: Any) -> None:
        self._worker = None
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(session)

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        self.passphrase.clear()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(describe(error))
        self.passphrase.setFocus()

    def recover(self) -> None:
        """Open the recovery dialog; on success the vault is open with a new passphrase."""
        dialog = RecoveryDialog(self.vault_path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.session is not None:
            self.unlocked.emit(dialog.session)
