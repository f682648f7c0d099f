"""Start the desktop app on one vault folder (called by `casevault start`)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from casevault.gui.i18n import Translations, choose_language
from casevault.gui.kit.fonts import register_bundled_fonts
from casevault.gui.main_window import MainWindow
from casevault.gui.safety.relaunch import LOCK_REASONS, LockSignal, relaunch_locked
from casevault.gui.settings.ui_settings import UiSettings
from casevault.process_hygiene import harden_process
from casevault.services.session import Session


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CaseVault")
    app.setOrganizationName("CaseVault")
    register_bundled_fonts(app)  # a packaged build's Cyrillic+Latin font (gui/kit/fonts.py)
    return app


def install_translations(app: QApplication, settings: UiSettings) -> Translations:
    """Load the language from CASEVAULT_LANG, the saved choice or the system locale."""
    translations = Translations()
    translations.install(app, choose_language(settings.language()))
    return translations


def build_main_window(
    vault_path: Path, after_lock: str | None = None, session: Session | None = None
) -> tuple[QApplication, MainWindow, Translations]:
    """The app as `run_app` starts it, without entering the event loop (also used by the
    memory test's driver). Core dumps are turned off first; locking re-executes the app
    (gui/safety/relaunch.py); SIGUSR1 locks. `after_lock` ("manual"/"idle") is set in the fresh
    process started by a lock: it opens on the unlock screen with the matching message.
    `session`, already open (only the demo vault: `casevault start --demo`), skips the unlock
    screen."""
    harden_process()  # no core dump of the app (the CLI did it too; it is idempotent)
    app = create_application()
    settings = UiSettings()
    translations = install_translations(app, settings)
    window = MainWindow(vault_path, settings)
    window.translations = translations  # Settings → Language switches these in place
    window.after_lock = lambda reason: relaunch_locked(vault_path, reason)
    if after_lock in LOCK_REASONS and window.stack.currentWidget() is window.unlock_view:
        window.show_unlock(window.locked_message(after_lock))
    elif session is not None and window.stack.currentWidget() is window.unlock_view:
        window.show_workspace(session)
    elif session is not None:
        session.close()  # not needed after all: never leave a vault open unseen
    window.lock_signal = LockSignal(lambda: window.lock(), window)  # last: ready to lock
    return app, window, translations


def run_app(vault_path: Path, after_lock: str | None = None, session: Session | None = None) -> int:
    """Show the main window on `vault_path` (set-up wizard if there is no vault yet), on the
    workspace if `session` is already open."""
    app, window, translations = build_main_window(vault_path, after_lock, session)
    window.show()
    try:
        return app.exec()
    finally:
        translations.remove(app)
