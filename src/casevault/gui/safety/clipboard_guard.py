"""Copy a text that should not linger on the clipboard, and clear it again after a while.

An identity card or an armoured bundle is not secret by itself, but a clipboard is read by every
program (and some sync it to the cloud); there is no reason to leave such text there. After
`CLEAR_AFTER_MS` the clipboard is cleared, but only if it still holds our text: anything the
person copied since is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000


class ClipboardGuard(QObject):
    """Puts text on the clipboard and takes it off again if nobody replaced it."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.expire)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        """Copy `text` and start the countdown."""
        self._clipboard().setText(text)
        self._copied = text
        self.timer.start()

    def expire(self) -> None:
        """Clear the clipboard if it still holds what we copied (the timer calls this)."""
        self.timer.stop()
        if self._copied is not None and self._clipboard().text() == self._copied:
            self._clipboard().clear()
        self._copied = None
