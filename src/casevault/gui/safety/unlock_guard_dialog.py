"""The "destroy the vault after N wrong passphrases" option (off by default).

Saved through services.unlock_guard.set_destroy_after; the dialog says plainly what it costs
(a forgetful owner loses the vault too) and what it does not protect against (a copied folder).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.messages import describe
from casevault.services.errors import UnlockLimitOutOfRange
from casevault.services.session import Session
from casevault.services.unlock_guard import (
    MAX_LIMIT,
    MIN_LIMIT,
    get_unlock_guard,
    set_destroy_after,
)
from casevault.vault.errors import StorageFailed

DEFAULT_LIMIT = 10


class UnlockGuardDialog(QDialog):
    """A check box and a number; accepted once saved."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        guard = get_unlock_guard(session)
        self.setWindowTitle(self.tr("Wrong passphrases"))
        self.setAccessibleName(self.tr("Wrong passphrases"))
        explanation = QLabel(
            self.tr(
                "If this is on, the vault destroys itself after this many wrong passphrases in "
                "a row at the unlock screen, exactly like the panic action. Use it only if a "
                "seizure of this laptop is more likely than you forgetting the passphrase: the "
                "recovery code cannot bring a destroyed vault back. It does not help if "
                "someone copies the vault folder first."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("&Destroy the vault after"), self)
        self.enabled.setAccessibleName(self.tr("Destroy the vault after wrong passphrases"))
        self.enabled.setChecked(guard.destroy_after is not None)
        self.limit = QSpinBox(self)
        self.limit.setRange(MIN_LIMIT, MAX_LIMIT)
        self.limit.setValue(guard.destroy_after or DEFAULT_LIMIT)
        self.limit.setAccessibleName(self.tr("Number of wrong passphrases"))
        self.limit.setSuffix(self.tr(" wrong passphrases"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Setting problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.limit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.enabled.toggled.connect(self.limit.setEnabled)
        self.limit.setEnabled(self.enabled.isChecked())
        self.setMinimumWidth(480)

    def save(self) -> None:
        """Store the option (a tiny file in the vault folder) and close."""
        limit = self.limit.value() if self.enabled.isChecked() else None
        try:
            set_destroy_after(self._session, limit)
        except (StorageFailed, UnlockLimitOutOfRange) as error:
            self.error.setText(describe(error))
            return
        self.accept()
