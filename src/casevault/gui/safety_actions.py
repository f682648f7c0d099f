"""The safety menu entries of the main window: panic, change passphrase, new keys, checking the
vault for damage and tampering, and the option to destroy the vault after wrong passphrases.

Panic needs no open vault: it is enabled on the lock screen too. Once the word is typed it
destroys the key files first (services.panic.destroy_vault_keys: no passphrase, no lock), then
the window drops the workspace and shows a final page saying what that guarantees. It never
waits for a worker (the session closes in the background when the running call lets go) and
never asks a second question after the word was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from casevault.gui.change_passphrase_dialog import ChangePassphraseDialog
from casevault.gui.check_dialog import CheckDialog
from casevault.gui.duress_dialog import DuressDialog
from casevault.gui.messages import describe
from casevault.gui.new_key_dialog import NewKeyDialog, NewKeyKind
from casevault.gui.panic_dialog import PanicDialog
from casevault.gui.unlock_guard_dialog import UnlockGuardDialog
from casevault.services.panic import destroy_vault_keys
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

    def check_vault(self) -> CheckDialog | None:
        """Check the vault for damage and tampering in a worker; the dialog says the result."""
        session = self._session()
        if session is None:
            return None
        dialog = CheckDialog(session, self._window.workspace)
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

    def choose_duress(self) -> DuressDialog | None:
        """Open the duress passphrase dialog (window-modal, not blocking)."""
        session = self._session()
        if session is None:
            return None
        dialog = DuressDialog(session, self._window.workspace)
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
        """Destroy the key files at once, then show the final page (nothing waits)."""
        try:
            destroy_vault_keys(self._window.vault_path)
        except VaultError as error:
            # The session is dropped all the same (the user wants the data out of reach now),
            # and panic stays available to try again.
            text = self.tr("The vault could NOT be destroyed: %1").replace("%1", describe(error))
            self._window.show_destroyed(text)
            self.panic_action.setEnabled(True)
            return
        else:
            text = self.tr(
                "The vault was destroyed. Its keys are gone: nobody can open it again from this "
                "computer, not with the passphrase, not with the recovery code.\n\n"
                "A copy of the key file made before now (a backup, a copied vault folder) still "
                "opens a copy of the database made before now. On SSDs and USB sticks the drive "
                "may keep old blocks of the deleted key file out of any program's reach; they "
                "are still useless without the passphrase or the recovery code.\n\n"
                "You can close this window."
            )
        self._window.show_destroyed(text)

    def show_final_page(self, text: str) -> DestroyedView:
        """Put the final page with `text` in the window's stack and show it."""
        stack = self._window.stack
        if self.destroyed_view is None:
            self.destroyed_view = DestroyedView(text, self._window)
            stack.addWidget(self.destroyed_view)
        else:
            self.destroyed_view.message.setText(text)
        stack.setCurrentWidget(self.destroyed_view)
        return self.destroyed_view
