"""The safety menu entries of the main window: panic, change passphrase, and the option to
destroy the vault after wrong passphrases.

Panic closes every editor without asking, drops every row, then calls
services.vaults.panic_destroy: the keys are gone and the window shows a final page saying so.
It never waits for a worker and never asks a second question after the word was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from casevault.gui.change_passphrase_dialog import ChangePassphraseDialog
from casevault.gui.messages import describe
from casevault.gui.new_key_dialog import NewKeyDialog, NewKeyKind
from casevault.gui.panic_dialog import PanicDialog
from casevault.gui.unlock_guard_dialog import UnlockGuardDialog
from casevault.services.vaults import panic_destroy
from casevault.vault.errors import VaultError

if TYPE_CHECKING:
    from casevault.gui.main_window import MainWindow


class DestroyedView(QWidget):
    """The last page after a panic: the vault is gone."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Vault destroyed"))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Vault destroyed"))
        font = self.message.font()
        font.setPointSize(font.pointSize() + 3)
        self.message.setFont(font)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addStretch(2)


class SafetyActions(QObject):
    """Adds the safety actions to the window's menus (in the File menu, `before` Quit);
    `session_actions` need an open vault."""

    def __init__(
        self, window: MainWindow, file_menu: QMenu, settings_menu: QMenu, before: QAction
    ) -> None:
        super().__init__(window)
        self._window = window
        self.panic_dialog: PanicDialog | None = None
        self.destroyed_view: DestroyedView | None = None
        self.change_passphrase_action = QAction(self.tr("Change &passphrase…"), window)
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.panic_action = QAction(self.tr("&Destroy the vault (panic)…"), window)
        self.panic_action.setShortcut("Ctrl+Shift+Del")
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.triggered.connect(self.panic)
        self.guard_action = QAction(self.tr("&Wrong passphrases…"), window)
        self.guard_action.triggered.connect(self.choose_guard)
        self.rekey_action = QAction(
            self.tr("Re-encrypt with a new &key (after a suspected seizure)…"), window
        )
        self.rekey_action.triggered.connect(lambda: self.new_key(NewKeyKind.DATABASE_KEY))
        self.recovery_code_action = QAction(self.tr("New &recovery code…"), window)
        self.recovery_code_action.triggered.connect(lambda: self.new_key(NewKeyKind.RECOVERY_CODE))
        key_actions = (self.rekey_action, self.recovery_code_action)
        for action in (self.change_passphrase_action, self.panic_action, self.guard_action):
            window.addAction(action)
        file_menu.insertAction(before, self.change_passphrase_action)
        for action in key_actions:
            window.addAction(action)
            file_menu.insertAction(before, action)
        file_menu.insertAction(before, self.panic_action)
        file_menu.insertSeparator(before)
        settings_menu.addAction(self.guard_action)
        self.session_actions = (
            self.change_passphrase_action,
            self.panic_action,
            self.guard_action,
            *key_actions,
        )

    def _session(self):  # type: ignore[no-untyped-def]  # Session | None; avoids an import cycle
        workspace = self._window.workspace
        return None if workspace is None else workspace.session

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        """Open the dialog (window-modal, not blocking)."""
        session = self._session()
        if session is None:
            return None
        dialog = ChangePassphraseDialog(session, self._window.workspace)
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
        dialog = NewKeyDialog(session, kind, self._window.workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_guard(self) -> UnlockGuardDialog | None:
        """Open the destroy-after-wrong-passphrases option."""
        session = self._session()
        if session is None:
            return None
        dialog = UnlockGuardDialog(session, self._window.workspace)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def panic(self) -> PanicDialog | None:
        """Ask for the confirmation word; on confirmation destroy the vault."""
        if self._session() is None:
            return None
        self.panic_dialog = PanicDialog(self._window)
        self.panic_dialog.accepted.connect(self.destroy_vault)
        self.panic_dialog.open()
        return self.panic_dialog

    def destroy_vault(self) -> None:
        """Close everything and destroy the keys; then show the final page."""
        window = self._window
        workspace = window.workspace
        if workspace is None or workspace.session is None:
            return
        session = workspace.session
        window.workspace = None
        workspace.session = None  # close_session must not close it: panic_destroy does
        workspace.close_session()
        window.stack.removeWidget(workspace)
        workspace.deleteLater()
        try:
            panic_destroy(session)
        except VaultError as error:
            text = self.tr("The vault could NOT be destroyed: %1").replace("%1", describe(error))
        else:
            text = self.tr(
                "The vault was destroyed. Its files can no longer be opened by anyone. "
                "You can close this window."
            )
        self.destroyed_view = DestroyedView(text, window)
        window.stack.addWidget(self.destroyed_view)
        window.stack.setCurrentWidget(self.destroyed_view)
        window.destroyed_vault()
