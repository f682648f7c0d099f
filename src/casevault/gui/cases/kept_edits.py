"""Unsaved edits across a lock: kept in the vault when it locks, offered back after unlock.

`keep_open_edits` runs inside Workspace.close_session, before the editors close: the form
values of every editor with unsaved changes go into the encrypted vault
(services/unsaved_edits.py). It never blocks the lock: if the vault refuses (keys destroyed,
disk full), the edits are dropped as before and the lock goes on.

`KeptEditsOffer` runs after unlock: for each kept edit, one question "You had unsaved
changes to case … when the vault locked" with Restore / Discard. Restore opens the case's
editor with the kept values in it (unsaved, marked with *); the stored copy is removed only
once they are in an editor. Closing the question without a choice leaves it for next time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.messages import describe
from casevault.services.session import Session
from casevault.services.unsaved_edits import (
    KeptEdit,
    discard_kept_edit,
    keep_unsaved_edits,
    list_kept_edits,
    take_kept_edit,
)

if TYPE_CHECKING:
    from casevault.gui.workspace import Workspace


def keep_open_edits(session: Session, editors: Sequence[CaseEditor]) -> int:
    """Store the unsaved values of `editors` in the vault; how many were kept (0 on failure)."""
    pending = [(editor.case_id, editor.form.data()) for editor in editors if editor.is_dirty()]
    if not pending:
        return 0
    try:
        return len(keep_unsaved_edits(session, pending))
    except Exception:  # a lock must never fail or wait: the edits are lost as before
        return 0


def _name_of(fields: dict[str, Any]) -> str:
    for prefix in ("name_cyrillic", "name_latin"):
        parts = fields.get(prefix)
        if isinstance(parts, dict):
            words = [parts.get(part) for part in ("surname", "given")]
            name = " ".join(word for word in words if isinstance(word, str) and word)
            if name:
                return name
    return ""


class KeptEditsOffer(QObject):
    """Asks about each kept edit in turn (non-blocking questions, one at a time)."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self.box: QMessageBox | None = None
        self.restore_button: QPushButton | None = None
        self.discard_button: QPushButton | None = None
        self._pending: list[KeptEdit] = []
        self._current: KeptEdit | None = None

    def start(self) -> None:
        """Show the first question (if any). An unreadable list must not stop the unlock: then
        the edits stay in the vault and are offered at the next unlock."""
        session = self._workspace.session
        with contextlib.suppress(Exception):
            self._pending = list_kept_edits(session) if session is not None else []
        self._next()

    def _next(self) -> None:
        self.box = None
        if not self._pending or self._workspace.session is None:
            return
        self._current = self._pending.pop(0)
        box = QMessageBox(self._workspace)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes kept"))
        name = _name_of(self._current.fields)
        if self._current.case_id is None:
            text = self.tr("You had unsaved changes to a new case when the vault locked.")
        else:
            text = self.tr("You had unsaved changes to case %1 when the vault locked.").replace(
                "%1", name or str(self._current.case_id)[:8]
            )
        box.setText(text)
        box.setInformativeText(self.tr("They were kept, encrypted, in the vault."))
        box.setAccessibleName(self.tr("Unsaved changes kept"))
        self.restore_button = box.addButton(
            self.tr("&Restore them"), QMessageBox.ButtonRole.AcceptRole
        )
        self.discard_button = box.addButton(
            self.tr("&Discard them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restore_button)
        box.finished.connect(lambda _result, b=box: self._answered(b))
        self.box = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        session, edit = self._workspace.session, self._current
        clicked = box.clickedButton()
        box.deleteLater()
        if session is None or edit is None:
            return
        try:
            if clicked is self.restore_button:
                self._restore(session, edit)
            elif clicked is self.discard_button:
                discard_kept_edit(session, edit.id)
        except Exception as exc:  # e.g. the case was deleted since: said in plain words
            QMessageBox.warning(self._workspace, self.tr("Unsaved changes kept"), describe(exc))
        self._next()

    def _restore(self, session: Session, edit: KeptEdit) -> None:
        editor = self._workspace.open_editor(str(edit.case_id) if edit.case_id else None)
        if editor is None:
            return
        editor.form.put_data(edit.fields)
        take_kept_edit(session, edit.id)


def offer_kept_edits(workspace: Workspace) -> KeptEditsOffer:
    """Start asking about the kept edits of `workspace`'s vault; returns the offer."""
    offer = KeptEditsOffer(workspace)
    offer.start()
    return offer
