"""A case's attachments: add a file (with when and from whom it was received), add a derived
copy, examine (a signed note), view it from memory, export a copy, delete.

The list is an item model (gui/cases/attachment_table_model.py) over services/evidence.py items:
each
row carries the document's provenance and its examination notes, verified as they are read. A
document with a note reporting anomalies is marked in the list, and the panel (and the case
editor, through `anomalies_changed`) says so in a line of its own: never silent.

Adding passes the open file the person chose to services.attachments.add_attachment (streamed
into the encrypted vault in a worker); afterwards we say that the original is still on disk.
Viewing reads the bytes into memory and shows them in AttachmentViewer; nothing is written to
a temp file. Exporting warns first that the copy is not encrypted and writes only where the
person points. How a file is chosen is injectable, so tests pass a path without a dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from casevault.domain.attachment import Attachment
from casevault.domain.outside_names import safe_file_name
from casevault.gui.cases.attachment_jobs import add_file_job, derive_file_job, export_file_job
from casevault.gui.cases.attachment_table_model import AttachmentTableModel
from casevault.gui.cases.attachment_viewer import AttachmentViewer
from casevault.gui.cases.derive_dialog import DeriveDialog
from casevault.gui.cases.evidence_text import anomalies_text
from casevault.gui.cases.examine_dialog import ExamineDialog
from casevault.gui.cases.provenance_inputs import ProvenanceInputs
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.file_choosers import choose_export_path, choose_file_to_attach
from casevault.gui.kit.questions import ask
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services import attachments as attachment_service
from casevault.services.evidence import evidence_for_case
from casevault.services.session import Session

FileChooser = Callable[[QWidget], str | None]
SaveChooser = Callable[[QWidget, str], str | None]


class AttachmentsPanel(QWidget):
    """Lists and manages the attachments of one stored case. `anomalies_changed` carries the
    case's anomalies line ('' when there are none) after every refresh."""

    anomalies_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        choose_file: FileChooser = choose_file_to_attach,
        choose_save: SaveChooser = choose_export_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._choose_file = choose_file
        self._choose_save = choose_save
        self._case_id: uuid.UUID | None = None
        self._worker: Worker | None = None
        self.viewer: AttachmentViewer | None = None
        self.question: QMessageBox | None = None
        self.dialog: QDialog | None = None
        self.setAccessibleName(self.tr("Attachments"))
        self.hint = QLabel(self.tr("Save the case first; then you can attach files."), self)
        self.hint.setWordWrap(True)
        self.model = AttachmentTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attachments of this case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.provenance = ProvenanceInputs(self)
        self.received_from = self.provenance.received_from
        self.received_on = self.provenance.received_on
        self.add_button = self._button(self.tr("A&dd file…"), self.tr("Add file"))
        self.derive_button = self._button(
            self.tr("Add de&rived copy…"), self.tr("Add derived copy")
        )
        self.examine_button = self._button(self.tr("Exa&mine…"), self.tr("Examine"))
        self.view_button = self._button(self.tr("&View"), self.tr("View attachment"))
        self.export_button = self._button(self.tr("E&xport a copy…"), self.tr("Export a copy"))
        self.delete_button = self._button(self.tr("De&lete…"), self.tr("Delete attachment"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the service does not report partial progress
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.derive_button,
            self.examine_button,
            self.view_button,
            self.export_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Attachment problem"))
        self.anomalies = QLabel(self)
        self.anomalies.setWordWrap(True)
        self.anomalies.setStyleSheet(ERROR_STYLE)
        self.anomalies.setAccessibleName(self.tr("Anomalies recorded on documents"))
        self.anomalies.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.anomalies)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.provenance)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem)
        self.add_button.clicked.connect(self.add_file)
        self.derive_button.clicked.connect(self.derive_selected)
        self.examine_button.clicked.connect(self.examine_selected)
        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.show_case(None)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    # --- showing ---------------------------------------------------------------------
    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show the attachments of `case_id` (None: a case not saved yet)."""
        self._case_id = case_id
        self.hint.setVisible(case_id is None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list from the vault."""
        items = []
        if self._case_id is not None:
            try:
                items = evidence_for_case(self._session, self._case_id)
            except Exception as exc:  # known types have a sentence in messages.py
                self.problem.setText(describe(exc))
        self.model.set_items(items)
        line = anomalies_text(items)
        self.anomalies.setText(line)
        self.anomalies.setVisible(bool(line))
        self.anomalies_changed.emit(line)
        self._update_buttons()

    def selected(self) -> Attachment | None:
        """The attachment of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        item = self.model.item(rows[0].row()) if rows else None
        return item.attachment if item is not None else None

    def select(self, attachment_id: uuid.UUID) -> None:
        """Select the row of `attachment_id` (if listed)."""
        row = self.model.row_of(attachment_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        idle = self._worker is None
        chosen = self.selected() is not None and idle
        self.add_button.setEnabled(self._case_id is not None and idle)
        for button in (
            self.derive_button,
            self.examine_button,
            self.view_button,
            self.export_button,
            self.delete_button,
        ):
            button.setEnabled(chosen)

    def is_busy(self) -> bool:
        """True while a file is being added, read or exported."""
        return self._worker is not None

    # --- work in the background ------------------------------------------------------
    def _start(self, job: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self.problem.setText("")
        self.progress.show()
        self._on_success = on_success
        self._worker = start_worker(job, self._succeeded, self._failed)
        self._update_buttons()

    def _finish(self) -> None:
        self._worker = None
        self.progress.hide()
        self._update_buttons()

    def _succeeded(self, value: Any) -> None:
        self._finish()
        self._on_success(value)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.problem.setText(describe(error))

    # --- actions ---------------------------------------------------------------------
    def add_file(self) -> None:
        """Ask for a file, then store it encrypted with the case."""
        if self._case_id is None or self._worker is not None:
            return
        try:
            received_from, received_on = self.provenance.values()
        except ValueError:
            self.problem.setText(
                self.tr("Type the date received as YYYY-MM-DD, or leave it empty.")
            )
            return
        path = self._choose_file(self)
        if not path:
            return
        self.notice.setText("")
        session, case_id = self._session, self._case_id
        self._start(
            lambda: add_file_job(session, case_id, path, received_from, received_on),
            lambda a: self._added(a, path),
        )

    def _added(self, attachment: Attachment, path: str) -> None:
        self.provenance.clear()
        self.refresh()
        self.select(attachment.id)
        self.notice.setText(
            self.tr(
                "“%1” is now stored encrypted in the vault. The original file is still on this "
                "computer (%2). If it should not stay there, delete it."
            )
            .replace("%1", attachment.filename)
            .replace("%2", path)
        )

    def derive_selected(self) -> None:
        """Ask for a derived copy of the selected file and how it was made, then store it."""
        original = self.selected()
        if original is None or self._worker is not None:
            return
        dialog = DeriveDialog(original, self._choose_file, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._derive(original, dialog))
        dialog.finished.connect(self._dialog_done)
        dialog.open()

    def _derive(self, original: Attachment, dialog: DeriveDialog) -> None:
        path, how = dialog.path(), dialog.how()
        if not path:
            return
        session = self._session
        self._start(
            lambda: derive_file_job(session, original.id, path, how),
            lambda a: self._added(a, path),
        )

    def examine_selected(self) -> None:
        """Open the examination dialog for the selected file; refresh once a note is signed."""
        attachment = self.selected()
        if attachment is None or self._worker is not None:
            return
        dialog = ExamineDialog(self._session, attachment, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._examined(attachment))
        dialog.finished.connect(self._dialog_done)
        dialog.open()

    def _examined(self, attachment: Attachment) -> None:
        self.refresh()
        self.select(attachment.id)
        self.notice.setText(self.tr("The examination note was signed."))

    def _dialog_done(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def view_selected(self) -> None:
        """Read the selected file into memory and show it."""
        attachment = self.selected()
        if attachment is None or self._worker is not None:
            return
        if not (attachment.is_image or attachment.is_pdf):
            self.notice.setText(
                self.tr(
                    "This kind of file cannot be shown inside CaseVault. Export a copy to open "
                    "it with another program."
                )
            )
            return
        session = self._session
        self._start(lambda: attachment_service.read_attachment(session, attachment.id), self._show)

    def _show(self, value: tuple[Attachment, bytes]) -> None:
        attachment, data = value
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = AttachmentViewer(attachment, data, self)
        self.viewer.finished.connect(lambda _result, v=self.viewer: self._viewer_closed(v))
        self.viewer.show()

    def _viewer_closed(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None
        viewer.deleteLater()

    def _question_done(self) -> None:
        self.question = None

    def export_selected(self) -> None:
        """Warn that the copy is not encrypted, then ask where to put it."""
        attachment = self.selected()
        if attachment is None or self._worker is not None:
            return
        self.question = ask(
            self,
            self.tr("Export a copy"),
            self.tr("The copy will not be encrypted."),
            self.tr(
                "Anyone who gets hold of the disk or USB stick can read it. Save it only "
                "where it is needed, and delete it when it is no longer needed."
            ),
            self.tr("&Choose where to save…"),
            lambda: self._export(attachment),
            self._question_done,
        )

    def _export(self, attachment: Attachment) -> None:
        # Only ever a safe base name as the default: a stored name may have come from a bundle.
        path = self._choose_save(self, safe_file_name(attachment.filename))
        if not path:
            return
        session = self._session
        self._start(
            lambda: export_file_job(session, attachment.id, path),
            lambda _a: self.notice.setText(
                self.tr(
                    "An unencrypted copy was saved to %1. Delete it when it is no longer needed."
                ).replace("%1", path)
            ),
        )

    def delete_selected(self) -> None:
        """Ask, then remove the selected attachment for good."""
        attachment = self.selected()
        if attachment is None or self._worker is not None:
            return
        copies = len(attachment_service.derived_copies(self._session, attachment.id))
        detail = self.tr("The file is removed from the vault for good. This cannot be undone.")
        if copies:
            detail += " " + self.tr("Its %n derived copies are removed too.", "", copies)
        self.question = ask(
            self,
            self.tr("Delete attachment"),
            self.tr("Delete “%1” from this case?").replace("%1", attachment.filename),
            detail,
            self.tr("&Delete"),
            lambda: self._delete(attachment),
            self._question_done,
        )

    def _delete(self, attachment: Attachment) -> None:
        try:
            attachment_service.delete_attachment(self._session, attachment.id)
        except Exception as exc:  # known types have a sentence in messages.py
            self.problem.setText(describe(exc))
            return
        self.notice.setText("")
        self.refresh()
