"""The "Case" menu: what can be done to the case selected in the list, beyond editing it —
merge with another case of the same man, unmerge, erase his data at his request, and write a
copy of his data (his right of access). Each opens its own dialog (gui/cases/merge_dialog.py,
gui/cases/erasure_dialog.py, gui/cases/subject_access_dialog.py) over the same services as the CLI.

The main window creates this once and hooks it in with a few lines; the dialogs are children
of the workspace, so locking the vault closes them with it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from casevault.gui.cases.erasure_dialog import ErasureDialog
from casevault.gui.cases.merge_dialog import MergeDialog, UnmergeDialog
from casevault.gui.cases.subject_access_dialog import SubjectAccessDialog
from casevault.services.case_merge import merged_into
from casevault.services.session import Session

if TYPE_CHECKING:
    from casevault.gui.main_window import MainWindow
    from casevault.gui.workspace import Workspace


class CaseActions(QObject):
    """Builds the Case menu of `window` and runs its actions on the selected case."""

    def __init__(self, window: MainWindow, bar: QMenuBar, before: QAction | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None
        menu = QMenu(self.tr("&Case"), bar)
        if before is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(before, menu)
        self.merge_action = self._action(self.tr("&Merge with…"), "Ctrl+Shift+M", self.merge)
        self.unmerge_action = self._action(self.tr("&Unmerge…"), "Ctrl+Shift+U", self.unmerge)
        self.access_action = self._action(
            self.tr("Cop&y of his data…"), "Ctrl+Shift+Y", self.subject_access
        )
        self.erase_action = self._action(
            self.tr("&Erase this man's data…"), "Ctrl+Shift+Del", self.erase
        )
        for action in (self.merge_action, self.unmerge_action, self.access_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.erase_action)
        self.actions = (
            self.merge_action,
            self.unmerge_action,
            self.access_action,
            self.erase_action,
        )

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setToolTip(text.replace("&", "").rstrip("…"))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _selected(self) -> tuple[Workspace, Session, uuid.UUID] | None:
        workspace = self._window.workspace
        if workspace is None or workspace.session is None:
            return None
        case_id = workspace.cases.selected_id()
        if case_id is None:
            self._window.statusBar().showMessage(self.tr("Select a case in the list first."), 5000)
            return None
        return workspace, workspace.session, case_id

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def merge(self) -> MergeDialog | None:
        """Merge another case (found by name) into the selected one."""
        selected = self._selected()
        if selected is None:
            return None
        workspace, session, case_id = selected
        dialog = MergeDialog(session, case_id, None, workspace)
        dialog.merged.connect(lambda _kept: self._merged(workspace, dialog))
        self._show(dialog)
        return dialog

    def _merged(self, workspace: Workspace, dialog: MergeDialog) -> None:
        absorbed = dialog.absorbed.id if dialog.absorbed is not None else None
        for editor in list(workspace.editors):
            if editor.case_id == absorbed:
                editor.force_close()  # that case is hidden now; its data lives in the kept one
        workspace.cases.refresh()

    def unmerge(self) -> UnmergeDialog | None:
        """Bring back a case merged into the selected one."""
        selected = self._selected()
        if selected is None:
            return None
        workspace, session, case_id = selected
        if not merged_into(session, case_id):
            self._window.statusBar().showMessage(self.tr("No case was merged into this one."), 5000)
            return None
        dialog = UnmergeDialog(session, case_id, workspace)
        dialog.unmerged.connect(lambda _absorbed: workspace.cases.refresh())
        self._show(dialog)
        return dialog

    def erase(self) -> ErasureDialog | None:
        """Erase the selected case (and the other cases of the same man) for good."""
        selected = self._selected()
        if selected is None:
            return None
        workspace, session, case_id = selected
        dialog = ErasureDialog(session, case_id, workspace)
        dialog.erased.connect(lambda ids: self._erased(workspace, ids))
        self._show(dialog)
        return dialog

    def _erased(self, workspace: Workspace, ids: str) -> None:
        gone = {uuid.UUID(i) for i in ids.split(",") if i}
        for editor in list(workspace.editors):
            if editor.case_id in gone:
                editor.force_close()  # nothing of him stays on screen
        workspace.cases.refresh()

    def subject_access(self) -> SubjectAccessDialog | None:
        """Write a copy of the selected man's data, after the warning."""
        selected = self._selected()
        if selected is None:
            return None
        workspace, session, case_id = selected
        dialog = SubjectAccessDialog(session, case_id, parent=workspace)
        self._show(dialog)
        return dialog
