"""The case editor: a window over one case (new or stored), its timeline, save and guard.

Saving goes through services.cases.create_case / edit_case; a rejected value is shown under
its field. Closing with unsaved changes asks first, except when the vault is being locked:
then the editor closes at once (locking must never wait) after the workspace has kept its
unsaved values, encrypted in the vault, to offer them back after unlock (gui/cases/kept_edits.py).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.case import CaseFields, validate_fields
from casevault.domain.errors import InvalidField
from casevault.gui.cases.attachments_panel import AttachmentsPanel
from casevault.gui.cases.case_form import CaseForm
from casevault.gui.cases.consent_panel import ConsentPanel
from casevault.gui.cases.timeline_panel import TimelinePanel
from casevault.gui.exchange.admission_text import closures_text
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.messages import describe, field_problem
from casevault.gui.screening.evaluations_panel import EvaluationsPanel
from casevault.services import cases as case_service
from casevault.services.partner_closures import list_case_closures
from casevault.services.session import Session


class CaseEditor(QDialog):
    """Edits one case. `case_id` None means a new case. Emits `saved(case id as str)`."""

    saved = Signal(str)
    new_case_saved = Signal(str)  # a new case was stored for the first time (duplicate check)

    def __init__(
        self, session: Session, case_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.case_id = case_id
        self._forced = False
        self.guard: QMessageBox | None = None
        self.setAccessibleName(self.tr("Case editor"))
        self.setMinimumSize(720, 520)
        self.form = CaseForm(self)
        self.timeline = TimelinePanel(session, self)
        self.form.addTab(self.timeline, self.tr("&Timeline"))
        self.evaluations = EvaluationsPanel(session, self)
        self.form.addTab(self.evaluations, self.tr("&Evaluations"))
        self.attachments = AttachmentsPanel(session, parent=self)
        self.form.addTab(self.attachments, self.tr("&Attachments"))
        self.consent = ConsentPanel(session, parent=self)
        self.form.addTab(self.consent, self.tr("Co&nsent"))
        self.consent.changed.connect(self.attachments.refresh)
        # Anomalies recorded on the case's documents: a line under every tab, never silent.
        self.anomalies = QLabel(self)
        self.anomalies.setWordWrap(True)
        self.anomalies.setStyleSheet(ERROR_STYLE)
        self.anomalies.setAccessibleName(self.tr("Anomalies recorded on documents"))
        self.anomalies.hide()
        self.attachments.anomalies_changed.connect(self._show_anomalies)
        # A partner closed its copy of this case: a visible note, never a deletion here.
        self.closures = QLabel(self)
        self.closures.setWordWrap(True)
        self.closures.setAccessibleName(self.tr("Partners that closed their copy"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Save problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        # Undo of the last save is a new edit back to the earlier values: audited, versioned,
        # and it travels to partners like any edit; nothing is rewritten or lost.
        self.undo_button = self.buttons.addButton(
            self.tr("&Undo last save"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setAccessibleName(self.tr("Undo last save"))
        self.undo_button.setToolTip(self.tr("Put back the values from before the last save"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last_save)
        self._before_last_save: dict[str, object] | None = None
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.anomalies)
        layout.addWidget(self.closures)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        self.form.edited.connect(self._mark_dirty)
        self._load()

    # --- state -----------------------------------------------------------------------
    def _load(self) -> None:
        if self.case_id is None:
            fields = CaseFields()
        else:
            fields = case_service.get_case(self._session, self.case_id).fields
        self.form.load(fields, is_new=self.case_id is None)
        notes = (
            closures_text(list_case_closures(self._session, self.case_id)) if self.case_id else ""
        )
        self.closures.setText(notes)
        self.closures.setVisible(bool(notes))
        self._snapshot = self.form.data()
        self.timeline.show_case(self.case_id)
        self.evaluations.show_case(self.case_id)
        self.attachments.show_case(self.case_id)
        self.consent.show_case(self.case_id)
        self._mark_dirty()

    def _show_anomalies(self, line: str) -> None:
        self.anomalies.setText(line)
        self.anomalies.setVisible(bool(line))

    def is_dirty(self) -> bool:
        """Whether the form differs from what is stored."""
        return self.form.data() != self._snapshot

    def _mark_dirty(self) -> None:
        name = self.form.data()
        title_name = " ".join(
            part
            for part in (name["name_cyrillic"]["surname"], name["name_cyrillic"]["given"])
            if part
        ) or " ".join(
            part for part in (name["name_latin"]["surname"], name["name_latin"]["given"]) if part
        )
        if self.case_id is None:
            title = self.tr("New case")
        else:
            title = self.tr("Case: %1").replace("%1", title_name or self.tr("(no name)"))
        self.setWindowTitle(("* " if self.is_dirty() else "") + title)

    # --- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store; True when saved (or nothing to save)."""
        self.form.clear_errors()
        self.problem.setText("")
        data = self.form.data()
        created = False
        if self.case_id is None and data == self._snapshot:
            # Nothing typed yet: a "(no name)" case would only be noise to clean up later.
            self.problem.setText(self.tr("Nothing to save yet: enter at least his name."))
            return False
        try:
            if self.case_id is None:
                case = case_service.create_case(self._session, validate_fields(data))
                self.case_id = case.id
                created = True
                self.timeline.show_case(case.id)
                self.evaluations.show_case(case.id)
                self.attachments.show_case(case.id)
                self.consent.show_case(case.id)
            else:
                changes = {
                    key: value for key, value in data.items() if value != self._snapshot[key]
                }
                if changes:
                    case_service.edit_case(self._session, self.case_id, changes)
                    self._before_last_save = {key: self._snapshot[key] for key in changes}
                    self.undo_button.setEnabled(True)
        except InvalidField as exc:
            self.form.show_error(exc.field, field_problem(exc))
            self.problem.setText(self.tr("Not saved: correct the marked field."))
            return False
        except Exception as exc:  # every known type has a sentence in messages.py
            self.problem.setText(describe(exc))
            return False
        stored = case_service.get_case(self._session, self.case_id).fields
        self.form.load(stored, is_new=False)
        self._snapshot = self.form.data()
        self._mark_dirty()
        self.saved.emit(str(self.case_id))
        if created:
            self.new_case_saved.emit(str(self.case_id))
        return True

    def undo_last_save(self) -> None:
        """Store the values from before the last save again, as a new edit."""
        if self._before_last_save is None or self.case_id is None:
            return
        self.problem.setText("")
        try:
            case_service.edit_case(self._session, self.case_id, dict(self._before_last_save))
        except Exception as exc:  # e.g. a status that may not go back: said in plain words
            self.problem.setText(describe(exc))
            return
        self._before_last_save = None
        self.undo_button.setEnabled(False)
        stored = case_service.get_case(self._session, self.case_id).fields
        self.form.load(stored, is_new=False)
        self._snapshot = self.form.data()
        self._mark_dirty()
        self.saved.emit(str(self.case_id))

    # --- closing ---------------------------------------------------------------------
    def force_close(self) -> None:
        """Close without asking (the vault is being locked); unsaved changes are dropped."""
        self._forced = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._forced or not self.is_dirty():
            event.accept()
            self.done(QDialog.DialogCode.Rejected)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This case has changes that are not saved."))
        box.setInformativeText(self.tr("Save them before closing?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAccessibleName(self.tr("Unsaved changes"))
        self.guard = box
        answer = box.exec()
        self.guard = None
        if answer == QMessageBox.StandardButton.Save and not self.save():
            event.ignore()
            return
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
            return
        event.accept()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape goes through the same guard as the Close button."""
        self.close()
