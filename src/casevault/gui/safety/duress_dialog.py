"""Settings → Duress passphrase…: set, replace or turn off the duress passphrase
(services/duress.py), in a worker (one Argon2id run).

The dialog never says whether one is set (nothing on disk says so either, and someone looking
over the shoulder should not learn it from the screen). It says plainly what the passphrase does
and what it cannot protect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services.duress import clear_duress_passphrase, set_duress_passphrase
from casevault.services.session import Session


class DuressDialog(QDialog):
    """Two password fields, Set, Turn off and Cancel; accepted once the change is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker: Worker | None = None
        self.turned_off = False  # which of "set" and "turn off" the user chose last
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.setAccessibleName(self.tr("Duress passphrase"))
        explanation = QLabel(
            self.tr(
                "If someone forces you to unlock the vault, type the duress passphrase instead "
                "of the real one. It destroys this vault's keys at once, exactly like the panic "
                "action, and opens a vault of invented cases, so you are not seen refusing. "
                "It does not protect a copy of the vault folder made before (a backup, a disk "
                "image), and it does not fool someone who knows this feature exists and "
                "compares with such a copy, or who knows your real cases."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Duress passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the duress passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Duress passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Duress passphrase problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.set_button = QPushButton(self.tr("&Set"), self)
        self.set_button.setAccessibleName(self.tr("Set the duress passphrase"))
        self.off_button = QPushButton(self.tr("Turn &off"), self)
        self.off_button.setAccessibleName(self.tr("Turn the duress passphrase off"))
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.off_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.set_button.clicked.connect(self.save)
        self.off_button.clicked.connect(self.turn_off)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    def save(self) -> None:
        """Set the duress passphrase typed twice (refused if they differ, if it is weak or if
        it is the vault's own passphrase)."""
        self.turned_off = False
        if self.passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
            return
        session, duress = self._session, self.passphrase.text()
        self._run(lambda: set_duress_passphrase(session, duress))

    def turn_off(self) -> None:
        """Turn the duress passphrase off."""
        self.turned_off = True  # the window says "turned off", not "saved"
        session = self._session
        self._run(lambda: clear_duress_passphrase(session))

    def _run(self, job: Callable[[], None]) -> None:
        if self._worker is not None:
            return
        self.error.setText("")
        self.set_button.setEnabled(False)
        self.off_button.setEnabled(False)
        self._worker = start_worker(job, self._saved, self._failed)

    def _saved(self, _result: Any) -> None:
        self._worker = None
        self.passphrase.clear()
        self.confirm.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.set_button.setEnabled(True)
        self.off_button.setEnabled(True)
        self.error.setText(describe(error))
