"""Auto-lock: a timer restarted by every key press, click, scroll or mouse move in the app.

When no input reached the application for the set time, `idle` is emitted and the window
locks the vault. A watcher that is stopped (vault locked) ignores input.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 10
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Install on the QApplication (installEventFilter); emits `idle` after the timeout."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, minutes: float = DEFAULT_MINUTES) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Lock after `minutes` without input (0 turns auto-lock off)."""
        self.set_timeout_ms(int(minutes * 60_000))

    def set_timeout_ms(self, milliseconds: int) -> None:
        """The same in milliseconds (tests use short times)."""
        self._timeout_ms = max(milliseconds, 0)
        self._timer.setInterval(self._timeout_ms)
        if self._timer.isActive():
            self.start()

    @property
    def timeout_ms(self) -> int:
        """Current timeout; 0 means never."""
        return self._timeout_ms

    def start(self) -> None:
        """Begin watching (after unlock)."""
        if self._timeout_ms > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop watching (the vault is locked)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the countdown; events pass on unchanged."""
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
