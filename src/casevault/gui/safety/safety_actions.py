"""The safety menu entries of the main window: panic, change passphrase, new keys, checking the
vault for damage and tampering, and the option to destroy the vault after wrong passphrases.

Panic needs no open vault: it is enabled on the lock screen too. Once the word is typed the
session controller (gui/safety/session_controller.py) destroys the key files first
(services.panic.destroy_vault_keys: no passphrase, no lock), then drops the workspace and shows
a final page saying what that guarantees. It never waits for a worker (the session closes in
the background when the running call lets go) and never asks a second question after the word
was typed. This module knows the controller, never the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from casevault.gui.reports.check_dialog import CheckDialog
from casevault.gui.safety.change_passphrase_dialog import ChangePassphraseDialog
from casevault.gui.safety.destroyed_view import DestroyedView
from casevault.gui.safety.duress_dialog import DuressDialog
from casevault.gui.safety.new_key_dialog import NewKeyDialog, NewKeyKind
from casevault.gui.safety.panic_dialog import PanicDialog
from casevault.gui.safety.session_controller import SessionController
from casevault.gui.safety.unlock_guard_dialog import UnlockGuardDialog
from casevault.gui.workspace import Workspace
from casevault.services.session import Session


class SafetyActions(QObject):
    """Adds the safety actions to the window's menus (in the File menu, `before` Quit);
    `session_actions` need an open vault."""

    def __init__(
        self,
        window: QMainWindow,
        controller: SessionController,
        file_menu: QMenu,
        settings_menu: QMenu,
        before: QAction,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self.panic_dialog: PanicDialog | None = None
        self.change_passphrase_action = QAction(self.tr("Change &passphrase…"), window)
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.panic_action = QAction(self.tr("&Destroy the vault (panic)…"), window)
        self.panic_action.setShortcut("Ctrl+Shift+Del")
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.triggered.connect(self.panic)
        self.guard_action = QAction(self.tr("&Wrong passphrases…"), window)
        self.guard_action.triggered.connect(self.choose_guard)
        self.duress_action = QAction(self.tr("D&uress passphrase…"), window)
        self.duress_action.triggered.connect(self.choose_duress)
        self.rekey_action = QAction(
            self.tr("Re-encrypt with a new &key (after a suspected seizure)…"), window
        )
        self.rekey_action.triggered.connect(lambda: self.new_key(NewKeyKind.DATABASE_KEY))
        self.recovery_code_action = QAction(self.tr("New &recovery code…"), window)
        self.recovery_code_action.triggered.connect(lambda: self.new_key(NewKeyKind.RECOVERY_CODE))
        self.check_action = QAction(self.tr("C&heck the vault…"), window)
        self.check_action.triggered.connect(self.check_vault)
        key_actions = (self.rekey_action, self.recovery_code_action, self.check_action)
        for action in (self.change_passphrase_action, self.panic_action, self.guard_action):
            window.addAction(action)
        file_menu.insertAction(before, self.change_passphrase_action)
        for action in key_actions:
            window.addAction(action)
            file_menu.insertAction(before, action)
        file_menu.insertAction(before, self.panic_action)
        file_menu.insertSeparator(before)
        settings_menu.addAction(self.guard_action)
        settings_menu.addAction(self.duress_action)
        # Not the panic action: it works without an open vault (the window enables it).
        self.session_actions = (
            self.change_passphrase_action,
            self.guard_action,
            self.duress_action,
            *key_actions,
        )

    @property
    def destroyed_view(self) -> DestroyedView | None:
        """The final page, once a panic (or a destroyed key file) showed it."""
        return self._controller.destroyed_view

    @property
    def _workspace(self) -> Workspace | None:
        return self._controller.workspace

    def _session(self) -> Session | None:
        workspace = self._controller.workspace
        return None if workspace is None else workspace.session

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        """Open the dialog (window-modal, not blocking)."""
        session = self._session()
        if session is None:
            return None
        dialog = ChangePassphraseDialog(session, self._workspace)
        dialog.accepted.connect(
            lambda: self._window.statusBar().showMessage(self.tr("The passphrase was changed."))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_key(self, kind: NewKeyKind) -> NewKeyDialog | None:
        """Re-key or replace the recovery code (window-modal, not blocking)."""
        session = self._session()
        if session is None:
            return None
        dialog = NewKeyDialog(session, kind, self._workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def check_vault(self) -> CheckDialog | None:
        """Check the vault for damage and tampering in a worker; the dialog says the result."""
        session = self._session()
        if session is None:
            return None
        dialog = CheckDialog(session, self._workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_guard(self) -> UnlockGuardDialog | None:
        """Open the destroy-after-wrong-passphrases option."""
        session = self._session()
        if session is None:
            return None
        dialog = UnlockGuardDialog(session, self._workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_duress(self) -> DuressDialog | None:
        """Open the duress passphrase dialog (window-modal, not blocking)."""
        session = self._session()
        if session is None:
            return None
        dialog = DuressDialog(session, self._workspace)
        dialog.accepted.connect(
            lambda: self._window.statusBar().showMessage(
                self.tr("Duress passphrase turned off.")
                if dialog.turned_off
                else self.tr("Duress passphrase saved.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def panic(self) -> PanicDialog | None:
        """Ask for the confirmation word; on confirmation destroy the vault. Works on the lock
        screen as well as in the open vault."""
        if not self.panic_action.isEnabled():
            return None
        self.panic_dialog = PanicDialog(self._window)
        self.panic_dialog.accepted.connect(self.destroy_vault)
        self.panic_dialog.open()
        return self.panic_dialog

    def destroy_vault(self) -> None:
        """The word was typed: the controller destroys the keys and shows the final page."""
        self._controller.destroy_vault()
        self.panic_action.setEnabled(self._controller.panic_possible())
