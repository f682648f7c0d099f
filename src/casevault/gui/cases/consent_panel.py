"""The "Consent" tab of the case editor: every statement the man made about where his file may
go, "Record consent…" and "Withdraw…".

Storing goes through services/consent.py (and, for the scan of a signed form, first through
services/attachments.py, in a worker: a scan can be large). A withdrawal is confirmed first:
from then on an export to that partner asks for a written reason again. Nothing is edited or
deleted: a statement is kept for good, a change of mind is a new statement.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.consent import ConsentRecord
from casevault.gui.cases.consent_dialog import ConsentDialog, ConsentInput, FileChooser
from casevault.gui.cases.consent_model import ConsentTableModel
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.file_choosers import choose_file_to_attach
from casevault.gui.kit.questions import ask
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services import attachments as attachment_service
from casevault.services import consent as consent_service
from casevault.services import partners as partner_service
from casevault.services.session import Session


def store_statement(
    session: Session, case_id: uuid.UUID, entry: ConsentInput, withdraw: bool
) -> ConsentRecord:
    """Store one statement (after attaching the signed form, if one was chosen). Runs in a
    worker. Raises the services' errors (InvalidField, PartnerNotFound, CaseDeleted, ...)."""
    if withdraw:
        return consent_service.withdraw_consent(
            session,
            case_id,
            partner_ref=entry.partner_id,
            kind=entry.kind,
            method=entry.method,
            witness=entry.witness,
            note=entry.note,
        )
    attachment_id = None
    if entry.form_path is not None:
        with Path(entry.form_path).open("rb") as source:
            attachment = attachment_service.add_attachment(
                session, case_id, source, Path(entry.form_path).name
            )
        attachment_id = attachment.id
    return consent_service.record_consent(
        session,
        case_id,
        partner_ref=entry.partner_id,
        kind=entry.kind,
        method=entry.method,
        witness=entry.witness,
        note=entry.note,
        attachment_id=attachment_id,
    )


class ConsentPanel(QWidget):
    """Lists and records the consent statements of one stored case. Emits `changed` after a
    statement was stored (a signed form may have been attached too)."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        choose_file: FileChooser = choose_file_to_attach,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._choose_file = choose_file
        self._case_id: uuid.UUID | None = None
        self._worker: Worker | None = None
        self.dialog: ConsentDialog | None = None
        self.question: QMessageBox | None = None
        self.setAccessibleName(self.tr("Consent"))
        self.hint = QLabel(self.tr("Save the case first; then you can record his consent."), self)
        self.hint.setWordWrap(True)
        self.model = ConsentTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consent statements of this case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.record_button.setAccessibleName(self.tr("Record consent"))
        self.record_button.setToolTip(
            self.tr("He agreed that his file may go to a partner (or to a kind of partner)")
        )
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw consent"))
        self.withdraw_button.setToolTip(
            self.tr("He withdrew (or refused) consent: his file no longer goes there")
        )
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Consent problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.record_button.clicked.connect(lambda: self.open_dialog(withdraw=False))
        self.withdraw_button.clicked.connect(lambda: self.open_dialog(withdraw=True))
        self.show_case(None)

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show the statements of `case_id` (None: a case not saved yet)."""
        self._case_id = case_id
        self.hint.setVisible(case_id is None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the statements and partner names from the vault."""
        self.problem.setText("")
        if self._case_id is None:
            self.model.set_records([], {})
        else:
            records = consent_service.list_consent(self._session, self._case_id)
            names = {p.id: p.name for p in partner_service.list_partners(self._session)}
            self.model.set_records(records, names)
        idle = self._worker is None
        self.record_button.setEnabled(self._case_id is not None and idle)
        self.withdraw_button.setEnabled(self._case_id is not None and idle)

    def open_dialog(self, withdraw: bool) -> ConsentDialog | None:
        """Open the dialog (window-modal, not blocking); on OK the statement is stored."""
        if self._case_id is None:
            return None
        partners = partner_service.list_partners(self._session)
        dialog = ConsentDialog(partners, withdraw, self._choose_file, self)
        rows = self.table.selectionModel().selectedRows()
        if withdraw and rows:
            selected = self.model.record(rows[0].row())
            dialog.preset(selected.partner_id, selected.partner_kind)
        dialog.accepted.connect(lambda: self._entered(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _entered(self, dialog: ConsentDialog) -> None:
        self.dialog = None
        entry = dialog.value()
        if not dialog.withdraw:
            self._store(entry, withdraw=False)
            return
        scope = (
            dialog.partner.currentText()
            if entry.partner_id is not None
            else dialog.kind.currentText()
        )
        self.question = ask(
            self,
            self.tr("Withdraw consent"),
            self.tr("Record that he withdrew consent for %1?").replace("%1", scope),
            self.tr(
                "From now on his file is not sent there unless someone writes a reason, which "
                "is audited. Earlier statements stay in the history."
            ),
            self.tr("&Withdraw"),
            lambda: self._store(entry, withdraw=True),
            self._question_done,
        )

    def _question_done(self) -> None:
        self.question = None

    def _store(self, entry: ConsentInput, withdraw: bool) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        session = self._session
        self.busy.show()
        self.record_button.setEnabled(False)
        self.withdraw_button.setEnabled(False)
        self._worker = start_worker(
            lambda: store_statement(session, case_id, entry, withdraw), self._stored, self._failed
        )

    def _stored(self, _record: object) -> None:
        self._worker = None
        self.busy.hide()
        self.refresh()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.hide()
        self.refresh()
        self.problem.setText(describe(error))
