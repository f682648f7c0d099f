"""The last page after a panic: the vault is gone (shown by gui/safety/session_controller.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DestroyedView(QWidget):
    """The last page after a panic: the vault is gone."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Vault destroyed"))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Vault destroyed"))
        font = self.message.font()
        font.setPointSize(font.pointSize() + 3)
        self.message.setFont(font)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addStretch(2)
