"""The form of one evaluation draft: new, edited, or a correction of a finalised one.

Saving goes through services.evaluations (create_draft, edit_draft, supersede_evaluation), as
does adding an evaluator, each in a worker (one write at a time; the buttons wait meanwhile); the
dialog stays open while something is wrong and shows the problem next to its field. A
correction starts from the finalised evaluation's values and is stored as a new draft that
names the old one; it replaces the old one only once it is finalised itself.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.errors import InvalidField
from casevault.domain.evaluation import Evaluator
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe, field_problem
from casevault.gui.screening.screening_text import (
    CHECK_ITEMS,
    CHECK_STATES,
    CONFIDENCES,
    METHODS,
    VERDICTS,
    error_key,
    label,
    short,
)
from casevault.services import evaluations as evaluation_service
from casevault.services.evaluations import StoredEvaluation
from casevault.services.session import Session


class EvaluationDialog(QDialog):
    """Creates or edits a draft. `draft` given: edit it. `correcting` given: a correction of
    that finalised evaluation. Neither: a new draft for `case_id`. Emits `saved(StoredEvaluation)`
    and, when a new evaluator was recorded, `evaluator_added(Evaluator)`.
    """

    saved = Signal(object)
    evaluator_added = Signal(object)

    def __init__(
        self,
        session: Session,
        case_id: uuid.UUID,
        *,
        draft: StoredEvaluation | None = None,
        correcting: StoredEvaluation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._draft = draft
        self._correcting = correcting
        self.errors: dict[str, QLabel] = {}
        if correcting is not None:
            title = self.tr("Correct evaluation %1").replace("%1", short(correcting.evaluation.id))
        elif draft is not None:
            title = self.tr("Edit draft evaluation %1").replace("%1", short(draft.evaluation.id))
        else:
            title = self.tr("New evaluation")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        if correcting is not None:
            intro = QLabel(
                self.tr(
                    "You are correcting a signed evaluation. The correction is saved as a new "
                    "draft; it replaces the old evaluation only when you finalise it. The old "
                    "one stays visible."
                ),
                self,
            )
            intro.setWordWrap(True)
            intro.setAccessibleName(self.tr("About corrections"))
            layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self._build_evaluator(form)
        self._build_basics(form)
        layout.addWidget(self._build_checklist())
        self._build_outcome(layout)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # saving or adding an evaluator: off the GUI thread
        self._job = OneJob(self.save_button, self.add_evaluator_button)
        self.save_button.setText(self.tr("&Save draft"))
        self.save_button.setAccessibleName(self.tr("Save draft"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        source = correcting or draft
        if source is not None:
            self.load(source)

    # --- building --------------------------------------------------------------------
    def _error_label(self, key: str, name: str) -> QLabel:
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setAccessibleName(self.tr("Problem: %1").replace("%1", name))
        error.hide()
        self.errors[key] = error
        return error

    def _build_evaluator(self, form: QFormLayout) -> None:
        self.evaluator = QComboBox(self)
        self.evaluator.setAccessibleName(self.tr("Evaluator"))
        self._fill_evaluators()
        form.addRow(self.tr("&Evaluator:"), self.evaluator)
        form.addRow("", self._error_label("evaluator", self.tr("Evaluator")))
        self.new_evaluator_name = QLineEdit(self)
        self.new_evaluator_name.setPlaceholderText(self.tr("Name of a new evaluator"))
        self.new_evaluator_name.setAccessibleName(self.tr("New evaluator's name"))
        self.new_evaluator_role = QLineEdit(self)
        self.new_evaluator_role.setPlaceholderText(self.tr("Role (optional)"))
        self.new_evaluator_role.setAccessibleName(self.tr("New evaluator's role"))
        self.add_evaluator_button = QPushButton(self.tr("Add e&valuator"), self)
        self.add_evaluator_button.setAccessibleName(self.tr("Add evaluator"))
        row = QHBoxLayout()
        row.addWidget(self.new_evaluator_name, 2)
        row.addWidget(self.new_evaluator_role, 1)
        row.addWidget(self.add_evaluator_button)
        self._new_evaluator_row = QWidget(self)
        self._new_evaluator_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self._new_evaluator_row)
        form.addRow("", self._error_label("new_evaluator", self.tr("New evaluator")))
        self.add_evaluator_button.clicked.connect(self.add_evaluator)
        self.new_evaluator_name.returnPressed.connect(self.add_evaluator)
        fixed = self._draft is not None or self._correcting is not None
        self.evaluator.setEnabled(not fixed)  # the author of a draft or correction is fixed
        self._new_evaluator_row.setVisible(not fixed)

    def _fill_evaluators(self, select: uuid.UUID | None = None) -> None:
        self.evaluator.clear()
        if self._draft is None and self._correcting is None:
            self.evaluator.addItem(self.tr("Choose…"), None)  # no author chosen by default
        for evaluator in evaluation_service.list_evaluators(self._session):
            text = evaluator.name + (f" ({evaluator.role})" if evaluator.role else "")
            self.evaluator.addItem(text, str(evaluator.id))
        if select is not None:
            self.evaluator.setCurrentIndex(self.evaluator.findData(str(select)))

    def _build_basics(self, form: QFormLayout) -> None:
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Date of the evaluation"))
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow("", self._error_label("date", self.tr("Date")))
        self.methods: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for code in METHODS:
            box = QCheckBox(label(METHODS, code), self)
            box.setAccessibleName(self.tr("Method: %1").replace("%1", label(METHODS, code)))
            self.methods[code] = box
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Methods:"), row)
        form.addRow("", self._error_label("methods", self.tr("Methods")))

    def _build_checklist(self) -> QGroupBox:
        group = QGroupBox(self.tr("What was checked"), self)
        group.setAccessibleName(self.tr("Checklist"))
        grid = QGridLayout(group)
        self.check_states: dict[str, QComboBox] = {}
        self.check_notes: dict[str, QLineEdit] = {}
        for row, code in enumerate(CHECK_ITEMS):
            name = label(CHECK_ITEMS, code)
            state = QComboBox(group)
            state.setAccessibleName(self.tr("%1: result").replace("%1", name))
            for state_code in CHECK_STATES:
                state.addItem(label(CHECK_STATES, state_code), state_code)
            note = QLineEdit(group)
            note.setPlaceholderText(self.tr("What was seen"))
            note.setAccessibleName(self.tr("%1: note").replace("%1", name))
            title = QLabel(name, group)
            title.setBuddy(state)
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(state, row * 2, 1)
            grid.addWidget(note, row * 2, 2)
            grid.addWidget(self._error_label(f"checklist.{code}", name), row * 2 + 1, 1, 1, 2)
            self.check_states[code] = state
            self.check_notes[code] = note
        grid.setColumnStretch(2, 1)
        return group

    def _build_outcome(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.verdict = QComboBox(self)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.addItem(self.tr("Choose…"), None)
        for code in VERDICTS:
            self.verdict.addItem(label(VERDICTS, code), code)
        self.confidence = QComboBox(self)
        self.confidence.setAccessibleName(self.tr("Confidence"))
        self.confidence.addItem(self.tr("Choose…"), None)
        for code in CONFIDENCES:
            self.confidence.addItem(label(CONFIDENCES, code), code)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("&Verdict:"), self.verdict)
        form.addRow("", self._error_label("verdict", self.tr("Verdict")))
        form.addRow(self.tr("C&onfidence:"), self.confidence)
        form.addRow("", self._error_label("confidence", self.tr("Confidence")))
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self._error_label("notes", self.tr("Notes")))
        layout.addLayout(form)

    # --- data ------------------------------------------------------------------------
    def load(self, stored: StoredEvaluation) -> None:
        """Fill the form from a stored evaluation."""
        evaluation = stored.evaluation
        self._fill_evaluators(evaluation.evaluator_id)
        self.date.setDate(QDate(evaluation.date.year, evaluation.date.month, evaluation.date.day))
        for code, box in self.methods.items():
            box.setChecked(code in {method.value for method in evaluation.methods})
        for code in CHECK_ITEMS:
            item = getattr(evaluation.checklist, code)
            combo = self.check_states[code]
            combo.setCurrentIndex(combo.findData(item.state.value))
            self.check_notes[code].setText(item.note)
        self.verdict.setCurrentIndex(self.verdict.findData(evaluation.verdict.value))
        self.confidence.setCurrentIndex(self.confidence.findData(evaluation.confidence.value))
        self.notes.setPlainText(evaluation.notes)

    def data(self) -> dict[str, Any]:
        """The editable fields, in the shape of Evaluation's JSON."""
        picked = self.date.date()
        return {
            "date": dt.date(picked.year(), picked.month(), picked.day()).isoformat(),
            "methods": sorted(code for code, box in self.methods.items() if box.isChecked()),
            "checklist": {
                code: {
                    "state": self.check_states[code].currentData(),
                    "note": self.check_notes[code].text(),
                }
                for code in CHECK_ITEMS
            },
            "verdict": self.verdict.currentData(),
            "confidence": self.confidence.currentData(),
            "notes": self.notes.toPlainText(),
        }

    # --- actions ---------------------------------------------------------------------
    def clear_errors(self) -> None:
        """Hide every problem shown."""
        for error in self.errors.values():
            error.setText("")
            error.hide()
        self.problem.setText("")

    def show_error(self, field: str, text: str) -> None:
        """Show `text` under the field the domain named (or at the bottom if none fits)."""
        error = self.errors.get(error_key(field))
        if error is None:
            self.problem.setText(text)
            return
        error.setText(text)
        error.show()
        self.problem.setText(self.tr("Not saved: correct the marked field."))

    def visible_errors(self) -> dict[str, str]:
        """{field key: problem} of the problems on show (for tests and screen readers)."""
        return {key: error.text() for key, error in self.errors.items() if error.text()}

    @property
    def busy(self) -> bool:
        """True while the draft is being stored or an evaluator recorded (in a worker)."""
        return self._job.busy

    def add_evaluator(self) -> bool:
        """Start recording a new evaluator of our organisation (audited) in a worker; True if
        started. They are selected (and `evaluator_added` emitted) when done."""
        if self.busy:
            return False
        self.clear_errors()
        name, role = self.new_evaluator_name.text(), self.new_evaluator_role.text()
        if not name.strip():
            self._evaluator_problem(self.tr("Write the evaluator's name."))
            return False
        session = self._session
        return self._job.start(
            lambda: evaluation_service.add_evaluator(session, name, role),
            self._evaluator_added,
            self._evaluator_failed,
        )

    def _evaluator_problem(self, text: str) -> None:
        self.errors["new_evaluator"].setText(text)
        self.errors["new_evaluator"].show()

    def _evaluator_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidField):
            self._evaluator_problem(field_problem(exc))
        else:  # known types have a sentence in messages.py
            self.problem.setText(describe(exc))

    def _evaluator_added(self, evaluator: Evaluator) -> None:
        self.new_evaluator_name.clear()
        self.new_evaluator_role.clear()
        self._fill_evaluators(evaluator.id)
        self.evaluator_added.emit(evaluator)

    def _missing_choice(self, data: dict[str, Any]) -> bool:
        missing = False
        if (
            self._draft is None
            and self._correcting is None
            and self.evaluator.currentData() is None
        ):
            self.show_error("evaluator", self.tr("Choose who evaluated, or add a new evaluator."))
            missing = True
        if data["verdict"] is None:
            self.show_error("verdict", self.tr("Choose a verdict."))
            missing = True
        if data["confidence"] is None:
            self.show_error("confidence", self.tr("Choose how sure the evaluator is."))
            missing = True
        return missing

    def save(self) -> bool:
        """Start storing the draft in a worker; True if started. `saved` is emitted and the
        dialog closes when stored; a problem is shown next to its field."""
        if self.busy:
            return False
        self.clear_errors()
        data = self.data()
        if self._missing_choice(data):
            return False
        store = self._storer(data)
        return self._job.start(store, self._stored, self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidField):
            self.show_error(exc.field, field_problem(exc))
        else:  # known types have a sentence in messages.py
            self.problem.setText(describe(exc))

    def _stored(self, stored: StoredEvaluation) -> None:
        self.saved.emit(stored)
        self.accept()

    def _storer(self, data: dict[str, Any]) -> Callable[[], StoredEvaluation]:
        """The write `save` runs in the worker (it reads no widget)."""
        session = self._session
        if self._correcting is not None:
            old = self._correcting.evaluation.model_dump(mode="json")
            changes = {key: value for key, value in data.items() if value != old[key]}
            correcting = self._correcting.evaluation.id
            return lambda: evaluation_service.supersede_evaluation(session, correcting, changes)
        if self._draft is not None:
            draft = self._draft.evaluation.id
            return lambda: evaluation_service.edit_draft(session, draft, data)
        case_id, evaluator = self._case_id, self.evaluator.currentData()
        return lambda: evaluation_service.create_draft(session, case_id, evaluator, data)
