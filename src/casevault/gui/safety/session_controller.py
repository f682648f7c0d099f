"""The one owner of the vault session's life in the app: unlock, lock, auto-lock and panic.

The controller owns the window's page stack (set-up wizard, unlock screen, workspace, the final
page after a panic), the idle watcher and the key-file watch. Menus (gui/main_window.py) and
the safety actions (gui/safety/safety_actions.py) ask it to act; neither touches the stack, and
neither imports the other (tests/gui/safety/test_session_controller.py checks the imports).

Locking closes the session: unsaved edits are kept encrypted in the vault and offered back
after the next unlock (gui/cases/kept_edits.py), editors are closed without asking, rows are
dropped,
the vault is closed, and the unlock screen comes back. With `after_lock` set (the real app,
gui/safety/relaunch.py), a fresh process then shows the lock screen.
Once the vault's keys are destroyed (panic here or elsewhere) the final page is shown and that
vault is never opened again by this window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from casevault.gui.cases.kept_edits import KeptEditsOffer
from casevault.gui.messages import describe
from casevault.gui.safety.destroyed_view import DestroyedView
from casevault.gui.safety.first_run import FirstRunWizard
from casevault.gui.safety.idle_lock import IdleWatcher
from casevault.gui.safety.key_file_watch import KeyFileWatch
from casevault.gui.safety.unlock_view import UnlockView
from casevault.gui.settings.ui_settings import UiSettings
from casevault.gui.workspace import Workspace
from casevault.services.panic import close_session_later, destroy_vault_keys, vault_destroyed
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, vault_exists
from casevault.vault.errors import VaultDestroyed, VaultError


def _t(text: str) -> str:
    # The panic texts keep the context they were translated in (the safety actions).
    return QCoreApplication.translate("SafetyActions", text)


class SessionController(QObject):
    """Unlock, lock, auto-lock and panic for one vault folder, shown in `window`.

    `state_changed(unlocked)` is emitted whenever the session opens or closes (the window
    enables its actions from it); `workspace_shown(workspace)` after an unlock."""

    state_changed = Signal(bool)
    workspace_shown = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        vault_path: Path,
        settings: UiSettings,
        kdf: KdfChoice | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.vault_path = vault_path
        self.settings = settings
        self.kdf = kdf
        self.workspace: Workspace | None = None
        self.kept_edits: KeptEditsOffer | None = None  # the questions after unlock
        # Called after a lock has closed the vault; the real app re-executes itself here.
        self.after_lock: Callable[[str], None] | None = None
        self.wizard: FirstRunWizard | None = None
        self.destroyed_view: DestroyedView | None = None
        self.is_destroyed = False
        self.panic_retry = False  # destroying failed: panic stays offered
        self.stack = QStackedWidget(window)
        self.unlock_view = self._new_unlock_view()
        self.idle = IdleWatcher(self, settings.autolock_minutes())
        self.idle.idle.connect(self.auto_lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.key_watch = KeyFileWatch(vault_path, self)
        self.key_watch.keys_destroyed.connect(self._keys_destroyed_elsewhere)

    def _new_unlock_view(self) -> UnlockView:
        view = UnlockView(self.vault_path, self._window)
        view.unlocked.connect(self.show_workspace)
        self.stack.addWidget(view)
        return view

    def start(self) -> None:
        """The first page: final page, unlock screen or set-up wizard."""
        if vault_destroyed(self.vault_path):
            self.show_destroyed(describe(VaultDestroyed(str(self.vault_path))))
        elif vault_exists(self.vault_path):
            self.show_unlock()
        else:
            self.show_wizard()

    # --- pages -------------------------------------------------------------------------
    def show_wizard(self) -> None:
        """First run: the set-up wizard, embedded in the window."""
        self.wizard = FirstRunWizard(self.vault_path, self.kdf, self._window)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.vault_created.connect(self._wizard_done)
        self.wizard.rejected.connect(self._wizard_cancelled)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self._changed(False)

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def _wizard_done(self, session: Session) -> None:
        self._drop_wizard()
        self.show_workspace(session)

    def _wizard_cancelled(self) -> None:
        self._drop_wizard()
        if vault_exists(self.vault_path):
            self.show_unlock()
        else:
            self._window.close()

    def show_unlock(self, message: str = "") -> None:
        """The unlock screen."""
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.reset(message)
        self._changed(False)

    def show_workspace(self, session: Session) -> None:
        """The vault is open (unless its keys were destroyed meanwhile, e.g. by a panic while
        the passphrase was being checked: then the session is closed unseen)."""
        if self.is_destroyed:
            close_session_later(session)
            return
        self.workspace = Workspace(session, self._window)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._changed(True)
        self.workspace.cases.table.setFocus()
        self.workspace_shown.emit(self.workspace)
        self.kept_edits = self.workspace.offer_kept_edits()

    def replace_pages(self) -> None:
        """Build the unlock screen and the workspace again (same open session, nothing
        closed): after a change of language, so that every text is made again by tr()."""
        old_unlock = self.unlock_view
        showing_unlock = self.stack.currentWidget() is old_unlock
        self.unlock_view = self._new_unlock_view()
        self.stack.removeWidget(old_unlock)
        old_unlock.deleteLater()
        if showing_unlock:
            self.show_unlock()
        workspace = self.workspace
        if workspace is not None and workspace.session is not None:
            session, workspace.session = workspace.session, None
            workspace.close_session()  # without a session: widgets only, the vault stays open
            self.stack.removeWidget(workspace)
            workspace.deleteLater()
            self.workspace = Workspace(session, self._window)
            self.stack.addWidget(self.workspace)
            self.stack.setCurrentWidget(self.workspace)
            self.workspace_shown.emit(self.workspace)
        if self.wizard is not None and self.stack.currentWidget() is self.wizard:
            self._drop_wizard()
            self.show_wizard()

    def _changed(self, unlocked: bool) -> None:
        if not self.is_destroyed and vault_exists(self.vault_path):
            self.key_watch.start()
        if unlocked:
            self.idle.start()
        else:
            self.idle.stop()
        self.state_changed.emit(unlocked)

    def panic_possible(self) -> bool:
        """Panic needs no open vault (lock screen included), only a vault with keys."""
        return self.panic_retry or (not self.is_destroyed and vault_exists(self.vault_path))

    # --- lock --------------------------------------------------------------------------
    def lock(self, message: str = "", reason: str = "manual") -> None:
        """Close the session and return to the unlock screen (no-op when locked)."""
        if self.workspace is None:
            return
        workspace, self.workspace = self.workspace, None
        workspace.close_session()
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        if self.after_lock is not None:
            self.save_window_state()
            self.after_lock(reason)
        self.show_unlock(message or self.locked_message(reason))

    def locked_message(self, reason: str) -> str:
        """What the unlock screen says after a lock for `reason` ("manual" or "idle")."""
        if reason == "idle":
            minutes = self.settings.autolock_minutes()
            return QCoreApplication.translate(
                "MainWindow",
                "The vault was locked after %n minute(s) without activity.",
                "",
                minutes,
            )
        return QCoreApplication.translate("MainWindow", "The vault is locked.")

    def auto_lock(self) -> None:
        """No input for the auto-lock time."""
        self.lock(reason="idle")

    def set_autolock_minutes(self, minutes: int) -> None:
        """Remember and apply a new auto-lock time (0: never)."""
        self.settings.set_autolock_minutes(minutes)
        self.idle.set_minutes(minutes)

    def save_window_state(self) -> None:
        """Remember the window's geometry (not its contents)."""
        self.settings.set_geometry(self._window.saveGeometry())
        self.settings.sync()

    def shut_down(self) -> None:
        """The window closes: lock without starting a fresh process, stop watching input."""
        self.after_lock = None
        self.lock()
        self.save_window_state()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)

    # --- panic -------------------------------------------------------------------------
    def destroy_vault(self) -> None:
        """Panic, once the word was typed: destroy the key files at once, then show the final
        page. Nothing waits and nothing asks again."""
        try:
            destroy_vault_keys(self.vault_path)
        except VaultError as error:
            # The session is dropped all the same (the user wants the data out of reach now),
            # and panic stays available to try again.
            self.show_destroyed(
                _t("The vault could NOT be destroyed: %1").replace("%1", describe(error)),
                retry=True,
            )
            return
        self.show_destroyed(
            _t(
                "The vault was destroyed. Its keys are gone: nobody can open it again from this "
                "computer, not with the passphrase, not with the recovery code.\n\n"
                "A copy of the key file made before now (a backup, a copied vault folder) still "
                "opens a copy of the database made before now. On SSDs and USB sticks the drive "
                "may keep old blocks of the deleted key file out of any program's reach; they "
                "are still useless without the passphrase or the recovery code.\n\n"
                "You can close this window."
            )
        )

    def show_destroyed(self, text: str, retry: bool = False) -> None:
        """The keys are gone: drop the workspace without waiting for a running worker (the
        session closes in the background when it lets go), show `text` on the final page.
        Nothing is open and nothing can be opened; only Quit is left (and panic again when
        `retry`: destroying failed)."""
        self.is_destroyed = True
        self.panic_retry = retry
        self.key_watch.stop()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            session, workspace.session = workspace.session, None
            workspace.close_session()  # editors, dialogs and rows; not the session (it may wait)
            self.stack.removeWidget(workspace)
            workspace.deleteLater()
            if session is not None:
                close_session_later(session)
        self._show_final_page(text)
        self._changed(False)
        self.unlock_view.setEnabled(False)

    def _show_final_page(self, text: str) -> DestroyedView:
        if self.destroyed_view is None:
            self.destroyed_view = DestroyedView(text, self._window)
            self.stack.addWidget(self.destroyed_view)
        else:
            self.destroyed_view.message.setText(text)
        self.stack.setCurrentWidget(self.destroyed_view)
        return self.destroyed_view

    def _keys_destroyed_elsewhere(self) -> None:
        self.show_destroyed(describe(VaultDestroyed(str(self.vault_path))))
