"""What the laptop and key dialogs share: an explanation at the top, a status line that says
what just happened (green) or went wrong (red), a large code to compare, and Close.

Dialogs open without blocking (`open()`); tests and screen readers reach their widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE


def code_label(parent: QWidget, accessible_name: str) -> QLabel:
    """A label for a code people compare: large, fixed-width, selectable, empty until set."""
    label = QLabel(parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    return label


class FlowDialog(QDialog):
    """A dialog with `intro`, a body the subclass fills (`body`), `status` and a Close button."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.body)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def say(self, text: str, ok: bool) -> None:
        """Show what happened in the status line."""
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)
