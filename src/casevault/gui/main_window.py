"""The one main window: its menus, and the pages the session controller shows in it.

The session controller (gui/safety/session_controller.py) owns unlock, lock (Ctrl+L), auto-lock and
panic, and the page stack (set-up wizard, unlock screen, workspace, final page). The window
builds the menus, enables them as the session opens and closes, and passes the rest on; the
attributes kept here (`workspace`, `stack`, `idle`, `lock()` …) are the controller's, read
through.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QStackedWidget, QWidget

from casevault.gui.cases.case_actions import CaseActions
from casevault.gui.cases.kept_edits import KeptEditsOffer
from casevault.gui.help.help_menu import HelpMenu, help_context
from casevault.gui.i18n import LANGUAGE_NAMES, Translations, choose_language
from casevault.gui.kit.icons import APP_ICON, icon
from casevault.gui.kit.screen_fit import install_screen_fit
from casevault.gui.reports.asylum_dossier_dialog import AsylumDossierDialog
from casevault.gui.reports.dossier_dialog import DossierDialog
from casevault.gui.safety.first_run import FirstRunWizard
from casevault.gui.safety.idle_lock import IdleWatcher
from casevault.gui.safety.key_file_watch import KeyFileWatch
from casevault.gui.safety.safety_actions import SafetyActions
from casevault.gui.safety.session_controller import SessionController
from casevault.gui.safety.unlock_view import UnlockView
from casevault.gui.settings.language_switch import switch_language
from casevault.gui.settings.ui_settings import UiSettings
from casevault.gui.workspace import Workspace
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice


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
        self.lock_signal: QObject | None = None  # SIGUSR1 locks (set by gui/app.py)
        self.translations: Translations | None = None  # set by gui/app.py (language switch)
        self.setWindowIcon(icon(APP_ICON))
        self.controller = SessionController(self, vault_path, self.settings, kdf)
        self.controller.state_changed.connect(self._set_unlocked)
        self.controller.workspace_shown.connect(self._workspace_shown)
        self.setCentralWidget(self.controller.stack)
        self._retranslate_title()
        self._build_actions()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        install_screen_fit()  # this window and every dialog fit a small screen
        self.controller.start()

    # --- the controller's state, read through ------------------------------------------
    @property
    def stack(self) -> QStackedWidget:
        """The page stack (owned by the controller)."""
        return self.controller.stack

    @property
    def workspace(self) -> Workspace | None:
        """The open vault's workspace, or None when locked."""
        return self.controller.workspace

    @property
    def unlock_view(self) -> UnlockView:
        """The unlock screen."""
        return self.controller.unlock_view

    @property
    def wizard(self) -> FirstRunWizard | None:
        """The set-up wizard while it is shown."""
        return self.controller.wizard

    @property
    def idle(self) -> IdleWatcher:
        """The auto-lock watcher."""
        return self.controller.idle

    @property
    def key_watch(self) -> KeyFileWatch:
        """Notices key files destroyed elsewhere."""
        return self.controller.key_watch

    @property
    def kept_edits(self) -> KeptEditsOffer | None:
        """The questions about kept edits after the last unlock."""
        return self.controller.kept_edits

    @property
    def is_destroyed(self) -> bool:
        """The vault's keys are gone."""
        return self.controller.is_destroyed

    @property
    def after_lock(self) -> Callable[[str], None] | None:
        """Called after a lock closed the vault (the real app re-executes itself)."""
        return self.controller.after_lock

    @after_lock.setter
    def after_lock(self, value: Callable[[str], None] | None) -> None:
        self.controller.after_lock = value

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
        self.asylum_dossier_action = self._action(
            self.tr("Dossier for an as&ylum application (PDF)…"), None, self.open_asylum_dossier
        )
        file_menu.addAction(self.asylum_dossier_action)
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
        self.language_actions: dict[str, QAction] = {}
        current = (  # the language installed now (as gui/app.py chose it at the start)
            self.translations.language
            if self.translations
            else choose_language(self.settings.language())
        )
        for code, name in LANGUAGE_NAMES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.safety = SafetyActions(
            self, self.controller, file_menu, settings_menu, self.quit_action
        )
        self.help = HelpMenu(self, bar.addMenu(self.tr("&Help")), self._help_context)
        self.case_actions = CaseActions(self, bar, partners_menu.menuAction())
        self._session_actions: tuple[QAction, ...] = (
            self.new_action,
            self.lock_action,
            self.find_action,
            self.partners_action,
            self.laptops_action,
            self.import_action,
            self.export_action,
            self.dossier_action,
            self.asylum_dossier_action,
            *self.safety.session_actions,
            *self.case_actions.actions,
        )

    def _rebuild_actions(self) -> None:
        """Menus again, in the language now installed (after a language switch)."""
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.menuBar().clear()
        self.safety.deleteLater()
        self.help.deleteLater()
        self.case_actions.deleteLater()
        self._build_actions()
        self._set_unlocked(self.workspace is not None)

    def _help_context(self) -> str:
        return help_context(self.controller)

    # --- screens ---------------------------------------------------------------------
    def show_wizard(self) -> None:
        """First run: the set-up wizard, embedded in the window."""
        self.controller.show_wizard()

    def show_unlock(self, message: str = "") -> None:
        """The unlock screen."""
        self.controller.show_unlock(message)

    def show_workspace(self, session: Session) -> None:
        """The vault is open: cases and audit log."""
        self.controller.show_workspace(session)

    def _workspace_shown(self, workspace: Workspace) -> None:
        self._retranslate_title()

    def _retranslate_title(self) -> None:
        workspace = self.controller.workspace
        self.setAccessibleName(self.tr("CaseVault"))
        if workspace is None:
            self.setWindowTitle(self.tr("CaseVault"))
        else:
            self.setWindowTitle(
                self.tr("CaseVault — %1").replace("%1", workspace.organisation.name)
            )

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self._session_actions:
            action.setEnabled(unlocked)
        self.autolock_action.setEnabled(True)
        self.safety.panic_action.setEnabled(self.controller.panic_possible())
        self._retranslate_title()

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

    def open_asylum_dossier(self) -> AsylumDossierDialog | None:
        """The asylum dossier of the case selected in the list (closed with the session)."""
        workspace = self.workspace
        if workspace is None or workspace.session is None:
            return None
        case_id = workspace.cases.selected_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Select a case in the list first."), 5000)
            return None
        dialog = AsylumDossierDialog(workspace.session, case_id, workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def lock(self, message: str = "", reason: str = "manual") -> None:
        """Ctrl+L: close the session and return to the unlock screen (the controller)."""
        self.controller.lock(message, reason)

    def locked_message(self, reason: str) -> str:
        """What the unlock screen says after a lock for `reason` ("manual" or "idle")."""
        return self.controller.locked_message(reason)

    def auto_lock(self) -> None:
        """No input for the auto-lock time."""
        self.controller.auto_lock()

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
            self.controller.set_autolock_minutes(minutes)

    def choose_language(self, code: str) -> None:
        """Switch the app to `code` now, keeping open cases and unsaved edits, and remember
        it for the next start (gui/settings/language_switch.py)."""
        switch_language(self, code)

    def retranslate(self) -> None:
        """Make every text again in the language now installed: menus, title, pages."""
        self._rebuild_actions()
        self._retranslate_title()

    def show_destroyed(self, text: str) -> None:
        """The keys are gone: the final page (the controller)."""
        self.controller.show_destroyed(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.shut_down()
        event.accept()
