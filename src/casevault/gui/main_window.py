"""The one main window: set-up wizard, unlock screen or workspace, plus menus and locking.

Locking (Ctrl+L, or no input for the auto-lock time) closes the session: unsaved edits are
kept encrypted in the vault and offered back after the next unlock (gui/kept_edits.py),
editors are closed without asking, rows are dropped, the vault is closed, and the unlock
screen comes back.
Once the vault's keys are destroyed (panic here or elsewhere) the window shows a final page
and never opens that vault again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from casevault.gui.dossier_dialog import DossierDialog
from casevault.gui.first_run import FirstRunWizard
from casevault.gui.i18n import LANGUAGE_NAMES
from casevault.gui.icons import APP_ICON, icon
from casevault.gui.idle_lock import IdleWatcher
from casevault.gui.kept_edits import KeptEditsOffer
from casevault.gui.key_file_watch import KeyFileWatch
from casevault.gui.messages import describe
from casevault.gui.safety_actions import SafetyActions
from casevault.gui.ui_settings import UiSettings
from casevault.gui.unlock_view import UnlockView
from casevault.gui.workspace import Workspace
from casevault.services.panic import close_session_later, vault_destroyed
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, vault_exists
from casevault.vault.errors import VaultDestroyed


class MainWindow(QMainWindow):
    """Shows the wizard (no vault yet), the unlock screen, or the workspace."""

    def __init__(
        self,
        vault_path: Path,
        settings: UiSettings | None = None,
        kdf: KdfChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.settings = settings or UiSettings()
        self.kdf = kdf
        self.workspace: Workspace | None = None
        self.kept_edits: KeptEditsOffer | None = None  # the questions after unlock
        # Called after a lock has closed the vault; the real app re-executes itself here.
        self.after_lock: Callable[[str], None] | None = None
        self.lock_signal: QObject | None = None  # SIGUSR1 locks (set by gui/app.py)
        self.wizard: FirstRunWizard | None = None
        self.is_destroyed = False
        self.setWindowTitle(self.tr("CaseVault"))
        self.setAccessibleName(self.tr("CaseVault"))
        self.setWindowIcon(icon(APP_ICON))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_view = UnlockView(vault_path, self)
        self.unlock_view.unlocked.connect(self.show_workspace)
        self.stack.addWidget(self.unlock_view)
        self.idle = IdleWatcher(self, self.settings.autolock_minutes())
        self.idle.idle.connect(self.auto_lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_actions()
        self.key_watch = KeyFileWatch(vault_path, self)
        self.key_watch.keys_destroyed.connect(self._keys_destroyed_elsewhere)
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        if vault_destroyed(vault_path):
            self.show_destroyed(describe(VaultDestroyed(str(vault_path))))
        elif vault_exists(vault_path):
            self.show_unlock()
        else:
            self.show_wizard()

    # --- menus -----------------------------------------------------------------------
    def _action(self, text: str, shortcut: Any = None, slot: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New case"), "Ctrl+N", self.new_case)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(self.new_action)
        self.dossier_action = self._action(
            self.tr("Case d&ossier for a lawyer (PDF)…"), None, self.open_dossier
        )
        file_menu.addAction(self.dossier_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find cases"), "Ctrl+F", self.find_cases)
        edit_menu.addAction(self.find_action)
        partners_menu = bar.addMenu(self.tr("&Partners"))
        self.partners_action = self._action(self.tr("Partners and &keys…"), None, self.partners)
        self.import_action = self._action(
            self.tr("&Import a bundle…"), "Ctrl+I", self.import_bundle
        )
        self.export_action = self._action(
            self.tr("&Export a bundle…"), "Ctrl+E", self.export_bundle
        )
        self.laptops_action = self._action(
            self.tr("Our &laptops and keys…"), "Ctrl+Shift+K", self.laptops
        )
        for action in (
            self.partners_action,
            self.laptops_action,
            self.import_action,
            self.export_action,
        ):
            partners_menu.addAction(action)
        self.lock_action.setIcon(icon("lock"))
        self.partners_action.setIcon(icon("partners"))
        self.import_action.setIcon(icon("import"))
        self.export_action.setIcon(icon("export"))
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.autolock_action = self._action(self.tr("&Auto-lock…"), None, self.choose_autolock)
        settings_menu.addAction(self.autolock_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
        self.safety = SafetyActions(self, file_menu, settings_menu, self.quit_action)
        self._session_actions: tuple[QAction, ...] = (
            self.new_action,
            self.lock_action,
            self.find_action,
            self.partners_action,
            self.laptops_action,
            self.import_action,
            self.export_action,
            self.dossier_action,
            *self.safety.session_actions,
        )

    # --- screens ---------------------------------------------------------------------
    def show_wizard(self) -> None:
        """First run: the set-up wizard, embedded in the window."""
        self.wizard = FirstRunWizard(self.vault_path, self.kdf, self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.vault_created.connect(self._wizard_done)
        self.wizard.rejected.connect(self._wizard_cancelled)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self._set_unlocked(False)

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
            self.close()

    def show_unlock(self, message: str = "") -> None:
        """The unlock screen."""
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.reset(message)
        self._set_unlocked(False)

    def show_workspace(self, session: Session) -> None:
        """The vault is open: cases and audit log (unless its keys were destroyed meanwhile,
        e.g. by a panic while the passphrase was being checked)."""
        if self.is_destroyed:
            close_session_later(session)
            return
        self.workspace = Workspace(session, self)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.setWindowTitle(
            self.tr("CaseVault — %1").replace("%1", self.workspace.organisation.name)
        )
        self._set_unlocked(True)
        self.workspace.cases.table.setFocus()
        self.kept_edits = self.workspace.offer_kept_edits()

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self._session_actions:
            action.setEnabled(unlocked)
        self.autolock_action.setEnabled(True)
        # Panic needs no open vault (lock screen included), only a vault with keys to destroy.
        self.safety.panic_action.setEnabled(not self.is_destroyed and vault_exists(self.vault_path))
        if self.safety.panic_action.isEnabled():
            self.key_watch.start()
        if unlocked:
            self.idle.start()
        else:
            self.idle.stop()
            self.setWindowTitle(self.tr("CaseVault"))

    # --- actions ---------------------------------------------------------------------
    def new_case(self) -> None:
        """Ctrl+N."""
        if self.workspace is not None:
            self.workspace.new_case()

    def find_cases(self) -> None:
        """Ctrl+F."""
        if self.workspace is not None:
            self.workspace.focus_search()

    def partners(self) -> None:
        """Partners menu: the partner list."""
        if self.workspace is not None:
            self.workspace.show_exchange().show_partners()

    def laptops(self) -> None:
        """Partners menu: this organisation's laptops and keys."""
        if self.workspace is not None:
            self.workspace.show_exchange().show_laptops()

    def import_bundle(self) -> None:
        """Ctrl+I: the import wizard."""
        if self.workspace is not None:
            self.workspace.show_exchange().start_import()

    def export_bundle(self) -> None:
        """Ctrl+E: the export wizard (starting with the case selected in the list)."""
        if self.workspace is not None:
            self.workspace.show_exchange().start_export()

    def open_dossier(self) -> DossierDialog | None:
        """The dossier of the case selected in the list (closed with the session)."""
        workspace = self.workspace
        if workspace is None or workspace.session is None:
            return None
        case_id = workspace.cases.selected_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Select a case in the list first."), 5000)
            return None
        dialog = DossierDialog(workspace.session, case_id, workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def lock(self, message: str = "", reason: str = "manual") -> None:
        """Ctrl+L: close the session and return to the unlock screen. With `after_lock` set
        (the real app: gui/relaunch.py), the lock screen is then shown by a fresh process."""
        if self.workspace is None:
            return
        workspace, self.workspace = self.workspace, None
        workspace.close_session()
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        if self.after_lock is not None:
            self._save_window_state()
            self.after_lock(reason)
        self.show_unlock(message or self.locked_message(reason))

    def locked_message(self, reason: str) -> str:
        """What the unlock screen says after a lock for `reason` ("manual" or "idle")."""
        if reason == "idle":
            return self.tr("The vault was locked after %1 minutes without activity.").replace(
                "%1", str(self.settings.autolock_minutes())
            )
        return self.tr("The vault is locked.")

    def auto_lock(self) -> None:
        """No input for the auto-lock time."""
        self.lock(reason="idle")

    def _save_window_state(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()

    def choose_autolock(self) -> None:
        """Ask for the auto-lock time in minutes."""
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Auto-lock"),
            self.tr("Lock the vault after this many minutes without activity (0 = never):"),
            self.settings.autolock_minutes(),
            0,
            240,
        )
        if ok:
            self.settings.set_autolock_minutes(minutes)
            self.idle.set_minutes(minutes)

    def choose_language(self, code: str) -> None:
        """Remember the language; it applies at the next start."""
        self.settings.set_language(code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language will be used the next time CaseVault starts."),
        )

    def show_destroyed(self, text: str) -> None:
        """The keys are gone: drop the workspace without waiting for a running worker (the
        session closes in the background when it lets go), show `text` on the final page.
        Nothing is open and nothing can be opened; only Quit is left."""
        self.is_destroyed = True
        self.key_watch.stop()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            session, workspace.session = workspace.session, None
            workspace.close_session()  # editors, dialogs and rows; not the session (it may wait)
            self.stack.removeWidget(workspace)
            workspace.deleteLater()
            if session is not None:
                close_session_later(session)
        self.safety.show_final_page(text)
        self._set_unlocked(False)
        self.unlock_view.setEnabled(False)

    def _keys_destroyed_elsewhere(self) -> None:
        self.show_destroyed(describe(VaultDestroyed(str(self.vault_path))))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.after_lock = None  # quitting: lock, but start no fresh process
        self.lock()
        self._save_window_state()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        event.accept()
