"""Test driver: start the real desktop app (gui/app.py build_main_window), unlock it by typing
the passphrase, open a case and type canary text into its notes, then run the event loop.

Reads the passphrase and the canary from stdin (never argv or the environment, which would
survive the app's re-exec at lock). Prints "unlocked" when the editor holds the canary.
With `--in-process` the lock stays in this process (the old behaviour, for the figures in
docs/hardening.md) and "locked" is printed after it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from casevault.gui.app import build_main_window


def _type(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def main() -> int:
    vault = Path(sys.argv[1])
    in_process = "--in-process" in sys.argv[2:]
    passphrase = sys.stdin.readline().rstrip("\n")
    canary = sys.stdin.readline().rstrip("\n")
    app, window, _translations = build_main_window(vault)
    if in_process:
        window.after_lock = None
        plain_lock = window.lock

        def lock_and_say(message: str = "", reason: str = "manual") -> None:
            plain_lock(message, reason)
            print("locked", flush=True)

        window.lock = lock_and_say  # type: ignore[method-assign]
    window.show()
    QTest.keyClicks(window.unlock_view.passphrase, passphrase)
    QTest.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    deadline = time.monotonic() + 60
    while window.workspace is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    workspace = window.workspace
    if workspace is None:
        return 2
    first = workspace.cases.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    editor = workspace.open_editor(str(first))
    if editor is None:
        return 3
    _type(editor.form.notes, canary)
    app.processEvents()
    print("unlocked", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
