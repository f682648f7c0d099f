"""Notice at once when the vault's keys were destroyed behind this window's back.

Panic can run in another CaseVault window, in a `casevault panic` command, or by the
destroy-after-wrong-passphrases rule. The session of this window would otherwise carry on with
the key in memory (and every call would fail with VaultDestroyed). A timer checks the folder
(two stat calls) every CHECK_INTERVAL_MS; when the key file is gone next to the database it
emits `keys_destroyed` once, and the window drops the session and shows the final page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from casevault.services.panic import vault_destroyed

CHECK_INTERVAL_MS = 1000


class KeyFileWatch(QObject):
    """Polls `vault_path`; emits `keys_destroyed` once, then stops."""

    keys_destroyed = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault_path = vault_path
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Begin (or keep) checking."""
        self._timer.start()

    def stop(self) -> None:
        """Stop checking (the window already shows the final page)."""
        self._timer.stop()

    def is_active(self) -> bool:
        """Whether the timer runs."""
        return self._timer.isActive()

    def check(self) -> bool:
        """Check now; True (and the signal, once) if the keys are gone."""
        if not vault_destroyed(self._vault_path):
            return False
        if self._timer.isActive():
            self._timer.stop()
            self.keys_destroyed.emit()
        return True
