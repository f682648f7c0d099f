"""The built app's self-test: drive the real main window through unlock, a new case, and lock.

Run by the packaging smoke test (packaging/smoke-test.sh) on the *built* executable, so that it
proves the frozen bundle works: Qt's plugins load, the forms, icons, translations and fonts are
found, SQLCipher opens the vault, a case is saved and the vault is locked. It is started with
`casevault --vault V --passphrase-file F start --self-test`, which the CLI refuses unless Qt is
offscreen, the vault is in the temporary folder and holds no case (cli/self_test_guard.py): it
can never add its case to a vault someone uses.

What it does is what a person does, on the real widgets: type the passphrase into the unlock
screen and press Unlock, open a new case (the File menu's action), type a Cyrillic and a Latin
name into the case form, press Save, then trigger the Lock action. The only difference from a
normal run: after the lock has closed the vault, the process exits 0 instead of re-executing
itself on the lock screen (gui/safety/relaunch.py; that path has its own tests). It checks, and
exits
non-zero with a line saying which failed (the CLI prints the lines; nothing here prints): the
vault holds no case when unlocked, the case list shows the new case after saving, the
application font can show Cyrillic, the requested translation is loaded, and the re-exec
target after a lock exists.

Exit codes: 0 passed, 3 refused (the vault already holds cases), 4 a step failed or timed out.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casevault.gui.app import create_application, install_translations
from casevault.gui.kit.fonts import covers_cyrillic, fonts_dir
from casevault.gui.main_window import MainWindow
from casevault.gui.safety.relaunch import relaunch_argv
from casevault.gui.settings.ui_settings import UiSettings
from casevault.process_hygiene import harden_process

PASSED, REFUSED, FAILED = 0, 3, 4
SURNAME_CYRILLIC = "Проверкин"
SURNAME_LATIN = "Proverkin"
STEP_TIMEOUT_MS = 60_000
_POLL_MS = 50


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` key by key, as a keyboard would (any script)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


class SelfTestDriver(QObject):
    """Runs the steps on `window` one after another; calls `finish(code)` once at the end."""

    def __init__(self, window: MainWindow, passphrase: str, finish: Callable[[int], None]) -> None:
        super().__init__(window)
        self.window = window
        self._passphrase = passphrase
        self._finish = finish
        self._done = False
        self.code: int | None = None
        # Progress lines for the CLI to show (developer diagnostics, never case data: the
        # driver knows only its own fixed test names).
        self.lines: list[str] = []
        window.after_lock = self._locked

    def start(self) -> None:
        """Begin with the unlock screen (call once the window is shown)."""
        view = self.window.unlock_view
        if self.window.stack.currentWidget() is not view:
            self._fail("the app did not open on the unlock screen")
            return
        type_into(view.passphrase, self._passphrase)
        self._passphrase = ""
        view.unlock_button.click()
        self._wait(lambda: self.window.workspace is not None, "unlock", self._unlocked)

    def _unlocked(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            self._fail("the workspace vanished after unlock")
            return
        self._say("unlocked")
        if workspace.cases.model.rowCount() != 0:
            self._end(REFUSED, "the vault already holds cases; nothing was changed")
            self.window.lock()
            return
        self.window.new_action.trigger()
        if not workspace.editors:
            self._fail("New case opened no editor")
            return
        editor = workspace.editors[-1]
        type_into(editor.form.inputs["name_cyrillic.surname"], SURNAME_CYRILLIC)
        type_into(editor.form.inputs["name_latin.surname"], SURNAME_LATIN)
        editor.save_button.click()
        self._wait(self._case_listed, "save the case", self._saved)

    def _case_listed(self) -> bool:
        workspace = self.window.workspace
        if workspace is None:
            return False
        model = workspace.cases.model
        names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        return any(SURNAME_CYRILLIC in name for name in names)

    def _saved(self) -> None:
        self._say("case saved and listed")
        problem = self._environment_problem()
        if problem:
            self._fail(problem)
            return
        self.window.lock_action.trigger()
        if not self._done:
            self._fail("the Lock action did not lock")

    def _environment_problem(self) -> str | None:
        app = QApplication.instance()
        if (
            isinstance(app, QApplication)
            and fonts_dir().is_dir()
            and not covers_cyrillic(app.font())
        ):
            return "the application font cannot show Cyrillic"
        language = os.environ.get("CASEVAULT_LANG", "en")
        if language != "en" and QCoreApplication.translate("MainWindow", "&Lock") == "&Lock":
            return f"the {language} translation is not loaded"
        target = Path(relaunch_argv(self.window.vault_path, "manual")[0])
        if not target.is_file():
            return f"the app cannot re-execute itself after a lock ({target} is missing)"
        return None

    def _locked(self, reason: str) -> None:
        """The lock has closed the vault (instead of the real app's re-exec)."""
        if self._done:
            return
        session_gone = self.window.workspace is None
        self._end(PASSED if session_gone else FAILED, f"locked ({reason})")

    def _wait(self, ready: Callable[[], bool], what: str, then: Callable[[], None]) -> None:
        timer = QTimer(self)
        left = [STEP_TIMEOUT_MS // _POLL_MS]

        def poll() -> None:
            if self._done:
                timer.stop()
            elif ready():
                timer.stop()
                then()
            elif left[0] <= 0:
                timer.stop()
                self._fail(f"timed out: {what}")
            else:
                left[0] -= 1

        timer.timeout.connect(poll)
        timer.start(_POLL_MS)

    def _fail(self, why: str) -> None:
        self._end(FAILED, f"FAILED: {why}")
        if self.window.workspace is not None:
            self.window.lock()

    def _end(self, code: int, line: str) -> None:
        if self._done:
            return
        self._done = True
        self.code = code
        self._say(line)
        self._finish(code)

    def _say(self, text: str) -> None:
        self.lines.append(f"self-test: {text}")


def run_self_test(vault_path: Path, passphrase: str) -> tuple[int, list[str]]:
    """Start the app as `run_app` does, run the steps; return the exit code (see the module's
    doc) and the progress lines, which the CLI shows on stderr."""
    harden_process()
    app = create_application()
    settings = UiSettings()
    translations = install_translations(app, settings)
    window = MainWindow(vault_path, settings)
    window.show()
    driver = SelfTestDriver(window, passphrase, lambda code: app.exit(code))
    QTimer.singleShot(0, driver.start)
    try:
        code = app.exec()
    finally:
        translations.remove(app)
    return code, driver.lines
