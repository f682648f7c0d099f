"""The dossier dialog: gather one case through the services (in a worker), preview it, and
save it as PDF to a place the user picks. The preview lives in memory only."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.printing import print_html, print_warning
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.reports.dossier_report import Dossier, dossier_html
from casevault.gui.reports.report_pdf import ask_pdf_path, plaintext_warning, render_pdf, save_pdf
from casevault.services import case_clearance
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.case_merge import merged_into
from casevault.services.organisation import show_organisation
from casevault.services.session import Session


def collect_dossier(session: Session, case_id: uuid.UUID) -> Dossier:
    """Read everything the dossier shows. Slow on big vaults (signature checks): call it in a
    worker. Raises the services' errors (CaseNotFound, ...)."""
    case = case_service.get_case(session, case_id)
    evaluations = list(eval_service.list_evaluations(session, case.id))
    for absorbed in merged_into(session, case.id):
        evaluations += eval_service.list_evaluations(session, absorbed)
    ours = {evaluation.evaluation.id for evaluation in evaluations}
    report = eval_service.verify_evaluations(session, [case.id, *merged_into(session, case.id)])
    problems = frozenset(
        uuid.UUID(p.evaluation_id) for p in report.problems if uuid.UUID(p.evaluation_id) in ours
    )
    names = {evaluator.id: evaluator.name for evaluator in eval_service.list_evaluators(session)}
    return Dossier(
        case=case,
        timeline=tuple(case_service.list_timeline(session, case.id)),
        evaluations=tuple(sorted(evaluations, key=lambda s: (s.evaluation.date, s.created_at))),
        evaluator_names=names,
        signature_problems=problems,
        clearance=case_clearance.explain_clearance(session, case.id),
        organisation=show_organisation(session).name,
        made_at=session.clock(),
    )


class DossierDialog(QDialog):
    """Preview and save one case's dossier."""

    def __init__(self, session: Session, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self.dossier: Dossier | None = None
        self.setWindowTitle(self.tr("Case dossier for a lawyer"))
        self.setAccessibleName(self.tr("Case dossier for a lawyer"))
        self.resize(760, 640)
        warning = QLabel(plaintext_warning(), self)
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        warning.setAccessibleName(self.tr("Warning"))
        self.include_contact = QCheckBox(self.tr("Include the &contact channel"), self)
        self.include_contact.setAccessibleName(self.tr("Include the contact channel"))
        self.include_contact.setToolTip(
            self.tr("Off by default: the contact channel is the most sensitive field.")
        )
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Preparing the dossier"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Dossier preview"))
        self.preview.setOpenLinks(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Dossier status"))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save the dossier as PDF"))
        self.save_button.setEnabled(False)
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setAccessibleName(self.tr("Print the dossier"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_to())
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.include_contact)
        layout.addWidget(self.busy)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(lambda: self.save_to())
        close.clicked.connect(self.reject)
        self.include_contact.toggled.connect(self._render)
        self.finished.connect(self._forget)
        self._worker = start_worker(
            lambda: collect_dossier(session, case_id), self._collected, self._failed
        )

    def html(self) -> str:
        """The dossier as it would be saved now."""
        if self.dossier is None:
            return ""
        return dossier_html(self.dossier, self.include_contact.isChecked())

    def _collected(self, dossier: Any) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.dossier = dossier
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self._render()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.status.setText(describe(error))

    def _render(self) -> None:
        self.preview.setHtml(self.html())

    def save_to(self, path: Path | None = None) -> Path | None:
        """Write the PDF to `path`, or to a place the user picks; None if cancelled."""
        if self.dossier is None:
            return None
        if path is None:
            path = ask_pdf_path(self, self.tr("dossier.pdf"), warn=False)
            if path is None:
                return None
        title = self.windowTitle()
        try:
            save_pdf(path, render_pdf(self.html(), title))
        except OSError:
            self.status.setText(self.tr("Could not write the PDF there. Choose another place."))
            return None
        self.status.setText(self.tr("Dossier saved. Remember: the file is not encrypted."))
        return path

    def print_to(self, printer: QPrinter | None = None) -> bool:
        """Print the dossier (the printer dialog, unless `printer` is given)."""
        if self.dossier is None:
            return False
        printed = print_html(self, self.html(), self.windowTitle(), printer)
        if printed:
            self.status.setText(print_warning())
        return printed

    def _forget(self) -> None:
        """Closing drops the case data from the dialog."""
        self.dossier = None
        self.preview.clear()
