""" "Copy of his data…": the man's right of access (services/subject_access.py) in the app.

The dialog first says, in red, that the copy will NOT be encrypted (as `casevault case access`
does), then lets the user choose the form, like the CLI: a readable document (the default, the
Markdown of `case access`, in the app's language: gui/cases/subject_access_text.py) or JSON for
other programs (`case access --json`: services.subject_access.report_json); then asks where to
write it. The report is built in a worker (it checks every signature) and written through the
one careful writer of user-chosen files
(services/user_files.py: user-only permissions, complete or absent). Building it is audited
by the service. How the place is chosen is injectable, so tests pass a path without a dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.cases.merge_dialog import case_line
from casevault.gui.cases.subject_access_text import render_document
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.file_choosers import choose_save_path
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import cases as case_service
from casevault.services.session import Session
from casevault.services.subject_access import (
    SubjectAccessReport,
    build_subject_access_report,
    report_json,
)
from casevault.services.user_files import write_user_file

SaveChooser = Callable[[QWidget, str], str | None]


class CopyForm(StrEnum):
    """The two forms of the copy, as in the CLI (`case access` and `case access --json`)."""

    DOCUMENT = "document"  # readable Markdown, for him and his lawyer
    JSON = "json"  # for other programs


SUFFIXES = {CopyForm.DOCUMENT: ".md", CopyForm.JSON: ".json"}


def choose_copy_path(parent: QWidget, suggested_name: str) -> str | None:
    """Where to write the copy (the dialog asks before replacing a file); None if cancelled.
    The file filter follows the suggested name's suffix (the chosen form)."""
    if suggested_name.endswith(SUFFIXES[CopyForm.JSON]):
        kinds = QCoreApplication.translate("SubjectAccess", "JSON documents (*.json)")
    else:
        kinds = QCoreApplication.translate("SubjectAccess", "Text documents (*.md *.txt)")
    return choose_save_path(
        parent,
        QCoreApplication.translate("SubjectAccess", "Save the copy of his data as"),
        suggested_name,
        kinds,
    )


def copy_text(report: SubjectAccessReport, form: CopyForm) -> str:
    """The copy in `form`: the readable document or the JSON document."""
    return report_json(report) if form is CopyForm.JSON else render_document(report)


def write_copy(
    session: Session, case_id: uuid.UUID, path: Path, form: CopyForm = CopyForm.DOCUMENT
) -> Path:
    """Build the report and write it to `path` in `form` (0600, complete or absent). Runs in a
    worker. Raises the services' errors and OSError."""
    report = build_subject_access_report(session, case_id)
    write_user_file(path, copy_text(report, form).encode("utf-8"))
    return path


class SubjectAccessDialog(QDialog):
    """Warn, choose a place, write the copy. `written` holds the path once done."""

    def __init__(
        self,
        session: Session,
        case_id: uuid.UUID,
        choose_path: SaveChooser = choose_copy_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._choose_path = choose_path
        case = case_service.get_case(session, case_id)
        self.case_id = case.id
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Copy of his data"))
        self.setAccessibleName(self.tr("Copy of his data"))
        about = QLabel(
            self.tr(
                "A copy of everything this vault holds about %1: fields and their versions, "
                "timeline, screenings, consent, partners that received his file, the list of "
                "attachments and the log of actions on his file. Making it is recorded in the "
                "audit log."
            ).replace("%1", case_line(case)),
            self,
        )
        about.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "The copy will NOT be encrypted: anyone who gets the file can read his whole "
                "file. Write it only to an encrypted drive, hand it to him, then delete it."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.as_document = QRadioButton(self.tr("A readable &document (for him, his lawyer)"), self)
        self.as_document.setAccessibleName(self.tr("Readable document"))
        self.as_document.setChecked(True)
        self.as_json = QRadioButton(self.tr("&JSON, for other programs"), self)
        self.as_json.setAccessibleName(self.tr("JSON for other programs"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Preparing the copy"))
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Copy status"))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Choose where to save"))
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.warning)
        layout.addWidget(self.as_document)
        layout.addWidget(self.as_json)
        layout.addWidget(self.busy)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self._job = OneJob(self.save_button, on_change=self.busy.setVisible)
        self.close_button.clicked.connect(self.reject)
        self.resize(560, 300)

    @property
    def form(self) -> CopyForm:
        """The form the user chose (the readable document unless JSON is ticked)."""
        return CopyForm.JSON if self.as_json.isChecked() else CopyForm.DOCUMENT

    def save(self) -> None:
        """Ask where, then write in a worker."""
        form = self.form
        suffix = SUFFIXES[form]
        name = self._choose_path(self, f"case-{str(self.case_id)[:8]}-copy{suffix}")
        if not name:
            return
        path = Path(name)
        allowed = (suffix,) if form is CopyForm.JSON else (".md", ".txt")
        if path.suffix.lower() not in allowed:
            path = path.with_name(path.name + suffix)
        session, case_id = self._session, self.case_id
        self.status.setText("")
        self._job.start(
            lambda: write_copy(session, case_id, path, form), self._written, self._failed
        )

    def _written(self, path: Path) -> None:
        self.written = path
        self.close_button.setText(self.tr("Close"))
        self.status.setText(
            self.tr("Written to %1. Remember: the file is not encrypted.").replace("%1", str(path))
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.status.setText(self.tr("Could not write the copy there. Choose another place."))
        else:
            self.status.setText(describe(error))
