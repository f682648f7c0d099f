"""Re-encrypt the vault with a new key, or replace the recovery code (services/vault_keys.py).

Both ask for the current passphrase (someone at an unattended, unlocked computer must not lock
the owner out), run in a worker, and end by showing the NEW recovery code once.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.safety.recovery_sheet import print_button
from casevault.services.session import Session
from casevault.services.vault_keys import rekey_vault, replace_recovery_code


class NewKeyKind(Enum):
    """What the dialog replaces."""

    DATABASE_KEY = "rekey"
    RECOVERY_CODE = "recovery-code"


class NewKeyDialog(QDialog):
    """Confirm with the passphrase, replace the key(s), then show the new recovery code.

    `new_code` holds the code once done (the dialog stays open until the person closes it).
    """

    def __init__(self, session: Session, kind: NewKeyKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._kind = kind
        self._worker: Worker | None = None
        self.new_code = ""
        rekey = kind is NewKeyKind.DATABASE_KEY
        title = self.tr("Re-encrypt with a new key") if rekey else self.tr("New recovery code")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "After a suspected seizure: the vault is re-encrypted with a new random key and "
                "you get a new recovery code. Afterwards no copy of the old key file and not the "
                "old recovery code opens this vault. A full copy of the vault folder made before "
                "still opens with the old passphrase: nothing can undo a copy."
            )
            if rekey
            else self.tr(
                "A new recovery code replaces the old one, which stops working at once. "
                "Your passphrase keeps working."
            )
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Current passphrase"))
        self.passphrase.setAccessibleName(self.tr("Current passphrase"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.code = QLabel(self)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setFont(QFont("monospace"))
        self.code.setWordWrap(True)
        self.code.setAccessibleName(self.tr("New recovery code"))
        self.code.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Re-encrypt") if rekey else self.tr("Replace the code"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.print_button = print_button(self, lambda: self.new_code)
        self.print_button.setVisible(False)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.passphrase, self.busy, self.error, self.code):
            layout.addWidget(widget)
        layout.addWidget(self.print_button)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """Check the passphrase and replace the key(s) in a worker; Done closes afterwards."""
        if self.new_code:
            self.accept()
            return
        if self._worker is not None or not self.passphrase.text():
            return
        session, passphrase = self._session, self.passphrase.text()
        if self._kind is NewKeyKind.DATABASE_KEY:
            work: Any = lambda: rekey_vault(session, passphrase)  # noqa: E731
        else:
            work = lambda: replace_recovery_code(session, passphrase)  # noqa: E731
        self.busy.setVisible(True)
        self.ok_button.setEnabled(False)
        self.error.setText("")
        self._worker = start_worker(work, self._done, self._failed)

    def _done(self, code: Any) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.new_code = str(code)
        self.passphrase.clear()
        self.passphrase.setVisible(False)
        self.cancel_button.setVisible(False)
        self.intro.setText(
            self.tr(
                "Done. Your NEW recovery code is below; it is shown only now. Write it down or "
                "print it, keep it safe, and destroy every copy of the old one."
            )
        )
        self.code.setText(self.new_code)
        self.code.setVisible(True)
        self.print_button.setVisible(True)
        self.ok_button.setText(self.tr("I have written it down"))
        self.ok_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.ok_button.setEnabled(True)
        self.passphrase.clear()
        self.error.setText(describe(error))
