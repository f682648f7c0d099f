"""The panic confirmation: the user must type a word before the vault's keys are destroyed.

A click or Enter alone can never destroy a vault: the Destroy button stays disabled until the
typed word matches (case and surrounding spaces ignored), and Cancel is the default button.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_BOLD_STYLE


class PanicDialog(QDialog):
    """Accepted only after the confirmation word was typed and Destroy clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Destroy the vault"))
        self.setAccessibleName(self.tr("Destroy the vault"))
        # The word to type, translated so that it can be typed on the user's keyboard layout.
        self.word = self.tr("DESTROY")
        warning = QLabel(
            self.tr(
                "This destroys the vault's keys at once. Nobody will ever be able to open it "
                "again: not you, not with the passphrase, not with the recovery code. "
                "Copies of the vault on other laptops or backups are not affected."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_BOLD_STYLE)
        prompt = QLabel(self.tr("To confirm, type %1 below:").replace("%1", self.word), self)
        prompt.setWordWrap(True)
        self.confirmation = QLineEdit(self)
        self.confirmation.setAccessibleName(self.tr("Confirmation word"))
        prompt.setBuddy(self.confirmation)
        self.buttons = QDialogButtonBox(self)
        self.destroy_button = self.buttons.addButton(
            self.tr("Destroy the vault"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.destroy_button.setAccessibleName(self.tr("Destroy the vault now"))
        self.destroy_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(prompt)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)
        self.destroy_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.confirmation.textChanged.connect(self._changed)
        self._changed()
        self.setMinimumWidth(460)

    def confirmed(self) -> bool:
        """Whether the typed word matches."""
        return self.confirmation.text().strip().casefold() == self.word.casefold()

    def _changed(self) -> None:
        self.destroy_button.setEnabled(self.confirmed())

    def _confirm(self) -> None:
        if self.confirmed():
            self.accept()
