"""Examine a document: one of our evaluators signs a note on it ("consistent", "anomalies: …",
"cannot tell"), with the date of the examination. Signing uses the organisation's keys held in
the open vault, as finalising an evaluation does (gui/screening/evaluation_dialog.py): no further
secret
is asked, and the dialog says that a signed note cannot be changed. The note is signed by
services/examinations.py on "Sign", in a worker (the button waits meanwhile); errors are shown
in the dialog, in words."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.attachment import Attachment
from casevault.domain.examination import MAX_NOTE_TEXT, ExaminationResult
from casevault.gui.cases.evidence_text import translated_result
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import evaluations as evaluation_service
from casevault.services.examinations import examine_attachment
from casevault.services.session import Session
from casevault.vault.repos.examinations import StoredNote


class ExamineDialog(QDialog):
    """Sign an examination note on `attachment`. `signed` holds the note once signed, and
    `note_signed(StoredNote)` is emitted."""

    note_signed = Signal(object)

    def __init__(self, session: Session, attachment: Attachment, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._attachment = attachment
        self.signed: StoredNote | None = None
        self._job = OneJob(lambda: self.sign_button)  # signing: off the GUI thread
        self.setWindowTitle(self.tr("Examine a document"))
        self.setAccessibleName(self.tr("Examine a document"))
        intro = QLabel(
            self.tr("Your finding on “%1”, signed with your organisation's keys.").replace(
                "%1", attachment.filename
            ),
            self,
        )
        intro.setWordWrap(True)
        self.evaluator = QComboBox(self)
        self.evaluator.setAccessibleName(self.tr("Evaluator"))
        self.evaluator.addItem(self.tr("Choose…"), None)
        for person in evaluation_service.list_evaluators(session):
            text = person.name + (f" ({person.role})" if person.role else "")
            self.evaluator.addItem(text, str(person.id))
        self.examined_on = QDateEdit(QDate.currentDate(), self)
        self.examined_on.setCalendarPopup(True)
        self.examined_on.setDisplayFormat("yyyy-MM-dd")
        self.examined_on.setAccessibleName(self.tr("Examined on"))
        self.result_choice = QComboBox(self)
        self.result_choice.setAccessibleName(self.tr("Result"))
        for result in ExaminationResult:
            self.result_choice.addItem(translated_result(result), result.value)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("What was seen"))
        self.text.setPlaceholderText(
            self.tr("What you saw, e.g. the stamp overlaps the signature (required for anomalies)")
        )
        warning = QLabel(
            self.tr("A signed note cannot be changed or withdrawn; a later note can correct it."),
            self,
        )
        warning.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        form.addRow(self.tr("&Evaluator:"), self.evaluator)
        form.addRow(self.tr("Examined &on:"), self.examined_on)
        form.addRow(self.tr("&Result:"), self.result_choice)
        form.addRow(self.tr("&What was seen:"), self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign note"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setAccessibleName(self.tr("Sign note"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)

    @property
    def busy(self) -> bool:
        """True while the note is being signed and stored (in a worker)."""
        return self._job.busy

    def sign(self) -> bool:
        """Start signing and storing the note in a worker; True if started. The dialog closes
        when it is signed, or stays open with the reason if it is refused."""
        if self.busy:
            return False
        evaluator = self.evaluator.currentData()
        if evaluator is None:
            self.problem.setText(self.tr("Choose who examined the document."))
            return False
        text = self.text.toPlainText()
        if len(text) > MAX_NOTE_TEXT:
            self.problem.setText(
                self.tr("At most %1 characters.").replace("%1", str(MAX_NOTE_TEXT))
            )
            return False
        session, attachment_id, evaluator_id = (
            self._session,
            self._attachment.id,
            uuid.UUID(evaluator),
        )
        result = str(self.result_choice.currentData())
        examined_on = self.examined_on.date().toPython()
        self.problem.clear()
        return self._job.start(
            lambda: examine_attachment(
                session,
                attachment_id,
                evaluator_id,
                result,
                text,
                examined_on,  # type: ignore[arg-type]
            ),
            self._signed,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        # known types have a sentence in messages.py
        self.problem.setText(describe(exc))

    def _signed(self, note: StoredNote) -> None:
        self.signed = note
        self.note_signed.emit(note)
        self.accept()
