"""Export wizard: partners -> cases -> exactly what leaves (and consent) -> where -> progress.

Only verified, non-revoked partners can be ticked. The preview page shows, per case, the fields
that will leave and those kept home, from services.export_preview.preview_export: what the person
sees is what the service will write. Where a man's consent is missing, the wizard goes on only
with an explicit override and a written reason (stored and audited by the service).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casevault.gui.exchange.exchange_messages import partner_state
from casevault.gui.exchange.export_cases_page import CasesPage
from casevault.gui.exchange.export_job import ExportCancelled, ExportJob, ExportOutcome
from casevault.gui.exchange.export_preview_page import PreviewPage
from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_save
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.safety.clipboard_guard import ClipboardGuard
from casevault.services import partners as partner_service
from casevault.services.session import Session


def _checked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class PartnersPage(QWizardPage):
    """Tick the recipients; unverified and revoked partners are shown but cannot be ticked."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setTitle(self.tr("Who receives the bundle?"))
        self.setSubTitle(self.tr("Only partners you verified can be chosen."))
        self.partners = QListWidget(self)
        self.partners.setAccessibleName(self.tr("Recipients"))
        for partner in partner_service.list_partners(session):
            label = f"{partner.name} — {partner_state(partner)}"
            item = QListWidgetItem(label, self.partners)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            if partner.trusted:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        layout = QVBoxLayout(self)
        layout.addWidget(self.partners)
        self.partners.itemChanged.connect(lambda _item: self.completeChanged.emit())

    def chosen(self) -> list[str]:
        """Ids of the ticked partners."""
        return _checked(self.partners)

    def isComplete(self) -> bool:
        return bool(self.chosen())


class DestinationPage(QWizardPage):
    """A bundle file, or armoured text to paste into an e-mail."""

    def __init__(self, save_file: FileChooser) -> None:
        super().__init__()
        self._save_file = save_file
        self.setTitle(self.tr("Where should the bundle go?"))
        self.setSubTitle(
            self.tr("The bundle is encrypted for the recipients only; anyone else sees noise.")
        )
        self.to_file = QRadioButton(self.tr("Save as a &file (USB stick, e-mail attachment)"), self)
        self.to_file.setAccessibleName(self.tr("Save as a file"))
        self.to_text = QRadioButton(self.tr("As &text to copy into a message"), self)
        self.to_text.setAccessibleName(self.tr("As text to copy"))
        group = QButtonGroup(self)
        group.addButton(self.to_file)
        group.addButton(self.to_text)
        self.to_file.setChecked(True)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Bundle file name"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose where to save the bundle"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.to_file)
        layout.addLayout(row)
        layout.addWidget(self.to_text)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Export"))
        self.browse.clicked.connect(self._choose)
        self.path.textChanged.connect(lambda *_args: self.completeChanged.emit())
        self.to_file.toggled.connect(self._mode_changed)

    def _choose(self) -> None:
        path = self._save_file(
            self, self.tr("Save the bundle"), self.tr("CaseVault bundles (*.cvb);;All files (*)")
        )
        if path:
            self.path.setText(path)

    def _mode_changed(self) -> None:
        self.path.setEnabled(self.to_file.isChecked())
        self.browse.setEnabled(self.to_file.isChecked())
        self.completeChanged.emit()

    def chosen_path(self) -> Path | None:
        """The bundle file, or None for armoured text."""
        return Path(self.path.text().strip()) if self.to_file.isChecked() else None

    def isComplete(self) -> bool:
        return self.to_text.isChecked() or bool(self.path.text().strip())


class ProgressPage(QWizardPage):
    """The export running: progress, Cancel, then the outcome (and the text to copy)."""

    def __init__(self, session: Session, clipboard: ClipboardGuard) -> None:
        super().__init__()
        self._session = session
        self._clipboard = clipboard
        self.job: ExportJob | None = None
        self.worker: Worker | None = None
        self.outcome: ExportOutcome | None = None
        self.setTitle(self.tr("Exporting"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel export"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel export"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Export result"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Bundle as text"))
        self.copy_button = QPushButton(self.tr("C&opy text"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the bundle text"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button.clicked.connect(lambda: self._clipboard.copy(self.text.toPlainText()))

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not isinstance(wizard, ExportWizard):
            return
        self.text.setVisible(False)
        self.copy_button.setVisible(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Writing the bundle…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.job = ExportJob(
            self._session,
            wizard.partners_page.chosen(),
            wizard.cases_page.chosen(),
            wizard.destination_page.chosen_path(),
            wizard.preview_page.override_reason(),
            wizard.preview_page.send_all.isChecked(),
        )
        self.job.progress.advanced.connect(self._advanced)
        self.worker = start_worker(self.job.run, self._done, self._failed)

    def running(self) -> bool:
        """True while the export worker has not reported."""
        return self.worker is not None

    def cancel(self) -> None:
        """Stop the export; the partial file is deleted."""
        if self.job is not None and self.worker is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.result.setText(self.tr("Cancelling…"))

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, outcome: Any) -> None:
        self.worker = None
        self.outcome = outcome
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.result.setStyleSheet(OK_STYLE)
        message = self.tr("Done: %n case(s) exported.", "", outcome.result.cases)
        if outcome.path is not None:
            message += " " + self.tr("Saved as %1.").replace("%1", str(outcome.path))
        else:
            message += " " + self.tr("Copy the text below into your message.")
            self.text.setPlainText(outcome.armoured_text or "")
            self.text.setVisible(True)
            self.copy_button.setVisible(True)
        self.result.setText(message)
        self.completeChanged.emit()
        wizard = self.wizard()
        if isinstance(wizard, ExportWizard):
            wizard.exported.emit(outcome.result)
            wizard.finish_pending()

    def _failed(self, error: BaseException) -> None:
        self.worker = None
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.result.setStyleSheet(ERROR_STYLE)
        if isinstance(error, ExportCancelled):
            self.result.setText(self.tr("Export cancelled. Nothing was saved."))
        else:
            self.result.setText(describe(error) + " " + self.tr("No bundle file was left behind."))
        wizard = self.wizard()
        if isinstance(wizard, ExportWizard):
            wizard.finish_pending()

    def isComplete(self) -> bool:
        return self.worker is None


class ExportWizard(QWizard):
    """Emits `exported(ExportResult)` when a bundle was written."""

    exported = Signal(object)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        selected_cases: Sequence[str] = (),
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(parent)
        self._close_when_done = False
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setAccessibleName(self.tr("Export a bundle"))
        self.clipboard = ClipboardGuard(self)
        self.partners_page = PartnersPage(session)
        self.cases_page = CasesPage(session, selected_cases)
        self.preview_page = PreviewPage(session)
        self.destination_page = DestinationPage(save_file)
        self.progress_page = ProgressPage(session, self.clipboard)
        for page in (
            self.partners_page,
            self.cases_page,
            self.preview_page,
            self.destination_page,
            self.progress_page,
        ):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 560)

    def reject(self) -> None:
        """Cancel: while writing, stop the export first (the partial file is deleted)."""
        if self.progress_page.running():
            self._close_when_done = True
            self.progress_page.cancel()
            return
        super().reject()

    def finish_pending(self) -> None:
        """Close now if the person asked to close while the export was running."""
        if self._close_when_done:
            self._close_when_done = False
            super().reject()
