"""A case's screening: whether it is cleared and why, its evaluations, and what to do with them.

Everything goes through services.evaluations. Finalising signs an evaluation for good, so it
is asked first, in words that say it cannot be changed afterwards; a mistake in a signed one is
corrected by a new draft that supersedes it. The signature check covers the whole vault, so it
runs in a worker and the list says "Checking…" until it is done.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.clearance import ClearanceState, NoteKind
from casevault.gui.kit.colours import ERROR, ERROR_STYLE, OK, PENDING
from casevault.gui.kit.one_job import OneJob
from casevault.gui.kit.questions import ask
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.kit.row_table_model import Column, RowTableModel
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.screening.evaluation_dialog import EvaluationDialog
from casevault.gui.screening.screening_text import (
    VERDICTS,
    clearance_details,
    clearance_headline,
    label,
    not_counted_text,
    short,
    signature_text,
    state_text,
    untrusted_signer_text,
)
from casevault.services import case_clearance
from casevault.services import evaluations as evaluation_service
from casevault.services.case_merge import merged_into
from casevault.services.evaluations import ProblemKind, StoredEvaluation, VerificationReport
from casevault.services.session import Session

_HEADLINE_COLOURS = {
    ClearanceState.CLEARED: OK,
    ClearanceState.BLOCKED: ERROR,
    ClearanceState.PENDING: PENDING,
}


class EvaluationsPanel(QWidget):
    """Lists and manages the evaluations of one stored case; emits `changed` after a change."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id: uuid.UUID | None = None
        self._rows: list[StoredEvaluation] = []
        self._problems: dict[str, ProblemKind] = {}
        self._names: dict[uuid.UUID, str] = {}
        self._not_counted: dict[uuid.UUID, str] = {}  # evaluation id -> why, in words
        self._checked = False
        self._check_round = 0
        self._pending_checks = 0
        self._workers: list[Worker] = []
        # deleting or signing a draft: off the GUI thread; the buttons wait (_update_buttons)
        self._action = OneJob(on_change=lambda _busy: self._update_buttons())
        self.dialog: EvaluationDialog | None = None
        self.question: QMessageBox | None = None
        self.setAccessibleName(self.tr("Evaluations"))
        self.hint = QLabel(self.tr("Save the case first; then it can be screened."), self)
        self.hint.setWordWrap(True)
        self.headline = QLabel(self)
        self.headline.setAccessibleName(self.tr("Clearance"))
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Why"))
        self.model = self._evaluation_model()
        self.table = RecordTableView(self.model, self, stretch=5)
        self.table.setAccessibleName(self.tr("Evaluations of this case"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Screening problem"))
        self.new_button = self._button(self.tr("&New evaluation…"), self.tr("New evaluation"))
        self.edit_button = self._button(self.tr("Edit d&raft…"), self.tr("Edit draft"))
        self.delete_button = self._button(self.tr("Delete draft…"), self.tr("Delete draft"))
        self.finalise_button = self._button(
            self.tr("&Finalise and sign…"), self.tr("Finalise and sign")
        )
        self.supersede_button = self._button(
            self.tr("&Correct (supersede)…"), self.tr("Correct a signed evaluation")
        )
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.finalise_button,
            self.supersede_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.new_button.clicked.connect(self.new_evaluation)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.finalise_button.clicked.connect(self.finalise_selected)
        self.supersede_button.clicked.connect(self.supersede_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.show_case(None)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    # --- showing ---------------------------------------------------------------------
    def _evaluation_model(self) -> RowTableModel[StoredEvaluation]:
        def not_counted(stored: StoredEvaluation) -> str | None:
            return self._not_counted.get(stored.evaluation.id)

        def state(stored: StoredEvaluation) -> str:
            return state_text(stored) if not_counted(stored) is None else not_counted_text()

        def signature(stored: StoredEvaluation) -> str:
            problem = self._problems.get(str(stored.evaluation.id))
            return signature_text(stored, problem, checked=self._checked)

        def evaluator(stored: StoredEvaluation) -> str:
            evaluator_id = stored.evaluation.evaluator_id
            return self._names.get(evaluator_id, short(evaluator_id))

        columns = [
            Column[StoredEvaluation](lambda: self.tr("State"), state, not_counted),
            Column[StoredEvaluation](
                lambda: self.tr("Verdict"),
                lambda stored: label(VERDICTS, stored.evaluation.verdict.value),
                not_counted,
            ),
            Column[StoredEvaluation](lambda: self.tr("Evaluator"), evaluator, not_counted),
            Column[StoredEvaluation](
                lambda: self.tr("Date"),
                lambda stored: stored.evaluation.date.isoformat(),
                not_counted,
            ),
            Column[StoredEvaluation](
                lambda: self.tr("Signature"),
                signature,
                not_counted,
                flagged=lambda stored: str(stored.evaluation.id) in self._problems,
            ),
            Column[StoredEvaluation](
                lambda: self.tr("Id"), lambda stored: short(stored.evaluation.id), not_counted
            ),
        ]
        return RowTableModel(
            columns,
            dimmed=lambda stored: (
                stored.superseded_by is not None or not_counted(stored) is not None
            ),
        )

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show the screening of `case_id` (None: a case not saved yet)."""
        self._case_id = case_id
        stored = case_id is not None
        self.hint.setVisible(not stored)
        self.headline.setVisible(stored)
        self.details.setVisible(stored)
        self.new_button.setEnabled(stored)
        self.refresh()

    def refresh(self) -> None:
        """Reload evaluations and clearance, and re-check signatures in the background."""
        self._rows = []
        self.model.set_rows([])
        self._checked = False  # until the new check reports, no row claims "Verified"
        if self._case_id is None:
            self._update_buttons()
            return
        try:
            self._rows = evaluation_service.list_evaluations(self._session, self._case_id)
            report = case_clearance.explain_clearance(self._session, self._case_id)
            names = {e.id: e.name for e in evaluation_service.list_evaluators(self._session)}
        except Exception as exc:  # known types have a sentence in messages.py
            self.problem.setText(describe(exc))
            return
        state = report.explanation.state
        self.headline.setText(clearance_headline(report))
        self.headline.setStyleSheet(f"color: {_HEADLINE_COLOURS[state]};")
        self.details.setText("\n".join("• " + line for line in clearance_details(report)))
        self._names = names
        self._not_counted = {
            note.evaluation_id: untrusted_signer_text(note, report.signers)
            for note in report.explanation.notes
            if note.kind is NoteKind.UNTRUSTED_SIGNER
        }
        self._fill_table()
        self._start_check()

    def _fill_table(self) -> None:
        selected = self.selected()
        self.model.set_rows(self._rows)
        if selected is not None:
            self.select_evaluation(selected.evaluation.id)
        self._update_buttons()

    def _start_check(self) -> None:
        self._check_round += 1
        this_round = self._check_round
        session = self._session
        case_id = self._case_id
        self._pending_checks += 1

        def check() -> tuple[int, VerificationReport]:
            # Only this case's evaluations (and those of cases merged into it), not the vault.
            cases = [] if case_id is None else [case_id, *merged_into(session, case_id)]
            return this_round, evaluation_service.verify_evaluations(session, cases)

        self._workers.append(start_worker(check, self._check_done, self._check_failed))

    def _check_finished(self) -> None:
        self._pending_checks = max(0, self._pending_checks - 1)
        if not self._pending_checks:
            self._workers.clear()

    def _check_done(self, outcome: tuple[int, VerificationReport]) -> None:
        self._check_finished()
        check_round, report = outcome
        if check_round != self._check_round:
            return  # a newer check is on its way
        self._problems = {p.evaluation_id: p.kind for p in report.problems}
        self._checked = True
        self._fill_table()

    def _check_failed(self, error: BaseException) -> None:
        self._check_finished()
        self.problem.setText(describe(error))

    def is_checking(self) -> bool:
        """True while a signature check runs."""
        return self._pending_checks > 0

    def selected(self) -> StoredEvaluation | None:
        """The evaluation of the selected row."""
        row = self.table.selected_row()
        return None if row is None else self.model.record(row)

    def select_evaluation(self, evaluation_id: uuid.UUID) -> None:
        """Select the row of `evaluation_id` (if listed)."""
        for row, stored in enumerate(self._rows):
            if stored.evaluation.id == evaluation_id:
                self.table.selectRow(row)
                return

    def _has_correction(self, stored: StoredEvaluation) -> bool:
        return stored.superseded_by is not None or any(
            other.evaluation.supersedes == stored.evaluation.id for other in self._rows
        )

    def _update_buttons(self) -> None:
        stored = self.selected()
        draft = stored is not None and not stored.finalised and not self._action.busy
        for button in (self.edit_button, self.delete_button, self.finalise_button):
            button.setEnabled(draft)
        self.supersede_button.setEnabled(
            stored is not None and stored.finalised and not self._has_correction(stored)
        )

    # --- actions ---------------------------------------------------------------------
    def _open_dialog(self, dialog: EvaluationDialog) -> None:
        self.problem.setText("")
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: EvaluationDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, stored: StoredEvaluation) -> None:
        self.refresh()
        self.select_evaluation(stored.evaluation.id)
        self.changed.emit()

    def new_evaluation(self) -> None:
        """Open the form for a new draft."""
        if self._case_id is not None:
            self._open_dialog(EvaluationDialog(self._session, self._case_id, parent=self))

    def edit_selected(self) -> None:
        """Open the form on the selected draft."""
        stored = self.selected()
        if stored is not None and not stored.finalised and self._case_id is not None:
            self._open_dialog(
                EvaluationDialog(self._session, self._case_id, draft=stored, parent=self)
            )

    def supersede_selected(self) -> None:
        """Open the form prefilled from the selected signed evaluation, to correct it."""
        stored = self.selected()
        if stored is not None and stored.finalised and self._case_id is not None:
            self._open_dialog(
                EvaluationDialog(self._session, self._case_id, correcting=stored, parent=self)
            )

    def _ask(
        self, title: str, text: str, detail: str, yes: str, on_yes: Callable[[], None]
    ) -> None:
        self.question = ask(self, title, text, detail, yes, on_yes, self._question_done)

    def _question_done(self) -> None:
        self.question = None

    def delete_selected(self) -> None:
        """Ask, then delete the selected draft for good."""
        stored = self.selected()
        if stored is None or stored.finalised:
            return
        self._ask(
            self.tr("Delete draft"),
            self.tr("Delete the draft evaluation %1?").replace("%1", short(stored.evaluation.id)),
            self.tr("The draft is removed for good. This cannot be undone."),
            self.tr("&Delete draft"),
            lambda: self._run(evaluation_service.delete_draft, stored),
        )

    def finalise_selected(self) -> None:
        """Ask, then sign the selected draft; it cannot be changed afterwards."""
        stored = self.selected()
        if stored is None or stored.finalised:
            return
        self._ask(
            self.tr("Finalise and sign"),
            self.tr("Finalise and sign the evaluation %1?").replace(
                "%1", short(stored.evaluation.id)
            ),
            self.tr(
                "Once signed, it cannot be changed or deleted afterwards. A mistake can only be "
                "corrected by a new evaluation that supersedes it."
            ),
            self.tr("&Finalise and sign"),
            lambda: self._run(evaluation_service.finalise_evaluation, stored),
        )

    @property
    def busy(self) -> bool:
        """True while a draft is being deleted or signed (in a worker)."""
        return self._action.busy

    def _run(
        self, action: Callable[[Session, uuid.UUID], object], stored: StoredEvaluation
    ) -> None:
        # Deleting or signing runs in a worker; the buttons wait meanwhile, and `changed` is
        # emitted when it is done.
        if self.busy:
            return
        self.problem.setText("")
        session, evaluation_id = self._session, stored.evaluation.id

        def run() -> uuid.UUID:
            action(session, evaluation_id)
            return evaluation_id

        self._action.start(run, self._action_done, self._action_failed)

    def _action_failed(self, exc: BaseException) -> None:
        # known types have a sentence in messages.py
        self.problem.setText(describe(exc))

    def _action_done(self, evaluation_id: uuid.UUID) -> None:
        self.refresh()
        self.select_evaluation(evaluation_id)
        self._update_buttons()
        self.changed.emit()
