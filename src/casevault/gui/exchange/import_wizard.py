"""Import wizard: a bundle file or pasted text -> every check -> what would change -> apply.

Nothing touches the vault until "Apply": services.import_verify.verify_and_stage runs every
check in a worker and either lists the checks passed or stops at the first failure, said in
plain words (gui/exchange/exchange_messages.py) with the vault unchanged. Pasted text stays in
memory
(io.BytesIO); a chosen file is opened read-only and kept open until the wizard closes, because
attachments are streamed from it a second time when applied.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casevault.gui.cases.field_values import value_text
from casevault.gui.exchange.admission_text import add_refusal_groups
from casevault.gui.exchange.erasure_notices_view import ErasureNoticesView
from casevault.gui.exchange.exchange_messages import check_label, field_label
from casevault.gui.exchange.import_apply_page import ApplyPage, ImportProgress, _duplicate_name
from casevault.gui.exchange.import_notices import already_imported_text, skipped_evaluation_lines
from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_open
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.partners.identity_messages import renamed_attachment_text
from casevault.gui.screening.screening_text import import_evaluation_lines
from casevault.services import import_verify, imports
from casevault.services.errors import BundleReplayed
from casevault.services.import_verify import StagedBundle
from casevault.services.imports import ImportPreview
from casevault.services.session import Session

MAX_PASTED_TEXT = 64 * 1024 * 1024  # armoured text beyond this is refused by the reader anyway


class SourcePage(QWizardPage):
    """Where the bundle is: a file, or text pasted from a message."""

    def __init__(self, open_file: FileChooser) -> None:
        super().__init__()
        self._open_file = open_file
        self.setTitle(self.tr("Which bundle?"))
        self.setSubTitle(self.tr("Nothing is imported before you have seen what it contains."))
        self.from_file = QRadioButton(self.tr("A bundle &file"), self)
        self.from_file.setAccessibleName(self.tr("A bundle file"))
        self.from_text = QRadioButton(self.tr("Bundle &text pasted from a message"), self)
        self.from_text.setAccessibleName(self.tr("Pasted bundle text"))
        group = QButtonGroup(self)
        group.addButton(self.from_file)
        group.addButton(self.from_text)
        self.from_file.setChecked(True)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Bundle file name"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose a bundle file"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Bundle text"))
        self.text.setPlaceholderText("-----BEGIN CASEVAULT BUNDLE-----")
        self.text.setTabChangesFocus(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.from_file)
        layout.addLayout(row)
        layout.addWidget(self.from_text)
        layout.addWidget(self.text, 1)
        self.browse.clicked.connect(self._choose)
        self.path.textChanged.connect(lambda *_args: self.completeChanged.emit())
        self.text.textChanged.connect(lambda *_args: self.completeChanged.emit())
        self.from_file.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _choose(self) -> None:
        path = self._open_file(
            self, self.tr("Open a bundle"), self.tr("CaseVault bundles (*.cvb);;All files (*)")
        )
        if path:
            self.path.setText(path)

    def _mode_changed(self) -> None:
        by_file = self.from_file.isChecked()
        self.path.setEnabled(by_file)
        self.browse.setEnabled(by_file)
        self.text.setEnabled(not by_file)
        self.completeChanged.emit()

    def open_source(self) -> BinaryIO:
        """The bundle as a readable binary stream (raises OSError for an unreadable file)."""
        if self.from_file.isChecked():
            return open(self.path.text().strip(), "rb")  # closed by the wizard
        untrusted_text = self.text.toPlainText()[:MAX_PASTED_TEXT]
        return io.BytesIO(untrusted_text.strip().encode("utf-8", errors="replace") + b"\n")

    def isComplete(self) -> bool:
        if self.from_file.isChecked():
            return bool(self.path.text().strip())
        return bool(self.text.toPlainText().strip())


class ChecksPage(QWizardPage):
    """Runs every check in a worker: the list of checks passed, or the one that failed."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self.worker: Worker | None = None
        self.staged: StagedBundle | None = None
        self.preview: ImportPreview | None = None
        self.failure: BaseException | None = None
        self.setTitle(self.tr("Checking the bundle"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Check result"))
        self.checks = QListWidget(self)
        self.checks.setAccessibleName(self.tr("Checks passed"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.checks, 1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not isinstance(wizard, ImportWizard):
            return
        self.staged = None
        self.preview = None
        self.failure = None
        self.checks.clear()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking… nothing is imported yet."))
        wizard.close_source()
        try:
            source = wizard.source_page.open_source()
        except OSError:
            self._failed(None)
            return
        wizard.source = source
        session = self._session

        def verify() -> tuple[StagedBundle, ImportPreview]:
            staged = import_verify.verify_and_stage(session, source)
            return staged, imports.preview_import(session, staged)

        self.worker = start_worker(verify, self._verified, self._failed)

    def _verified(self, outcome: Any) -> None:
        self.worker = None
        self.staged, self.preview = outcome
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(
            self.tr("The bundle from %1 passed every check:").replace("%1", outcome[0].sender_name)
        )
        for code in outcome[0].checks_passed:
            self.checks.addItem("✓ " + check_label(code))
        self.completeChanged.emit()

    def _failed(self, error: BaseException | None) -> None:
        self.worker = None
        self.failure = error
        if isinstance(error, BundleReplayed):
            # Nothing is wrong and nothing is lost: the file was applied before (or a copy of
            # it); applying it again stays refused, so this is a notice, not an alarm.
            self.result.setStyleSheet("")
            self.result.setText(already_imported_text(self._session, error.bundle_id))
            self.completeChanged.emit()
            return
        self.result.setStyleSheet(ERROR_STYLE)
        reason = describe(error) if error is not None else self.tr("Could not read this file.")
        self.result.setText(reason + "\n" + self.tr("Your vault was not changed."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.worker is None and self.preview is not None


class PreviewPage(QWizardPage):
    """New cases, changed fields (old -> new, conflicts), possible duplicates, counts."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What the import would change"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Changes, per case"))
        self.tree.setHeaderLabels([self.tr("Case or field"), self.tr("Now"), self.tr("After")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 200)
        self.erasure = ErasureNoticesView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.erasure)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Apply"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not isinstance(wizard, ImportWizard):
            return
        preview = wizard.checks_page.preview
        self.tree.clear()
        if preview is None:
            return
        self.erasure.show_preview(preview)
        conflicts = sum(len(p.conflicts) for p in preview.changed_cases)
        counts = (  # one phrase per count, so that each takes its own plural form
            self.tr("%n new case(s)", "", len(preview.new_cases)),
            self.tr("%n changed case(s)", "", len(preview.changed_cases)),
            self.tr("%n field(s) in conflict", "", conflicts),
            self.tr("%n new timeline event(s)", "", preview.new_timeline_events),
            self.tr("%n new screening(s)", "", preview.new_evaluations),
            self.tr("%n deletion(s)", "", preview.tombstones),
            self.tr("%n attachment(s)", "", preview.attachments),
        )
        self.summary.setText(
            self.tr("From %1:").replace("%1", preview.sender_name) + " " + "; ".join(counts) + "."
        )
        if preview.renamed_attachments:
            group = QTreeWidgetItem(self.tree, [self.tr("File names made safe")])
            for renamed in preview.renamed_attachments:
                QTreeWidgetItem(group, [renamed_attachment_text(renamed)])
            group.setExpanded(True)
        if preview.new_cases:
            group = QTreeWidgetItem(self.tree, [self.tr("New cases")])
            for plan in preview.new_cases:
                item = QTreeWidgetItem(group, [plan.display_name or str(plan.case_id)[:8]])
                for duplicate in preview.duplicates_of(plan):
                    note = self.tr("Possibly the same man as %1").replace(
                        "%1", _duplicate_name(duplicate)
                    )
                    warn = QTreeWidgetItem(item, [note])
                    warn.setForeground(0, Qt.GlobalColor.darkRed)
                item.setExpanded(True)
            group.setExpanded(True)
        if preview.changed_cases:
            group = QTreeWidgetItem(self.tree, [self.tr("Changed cases")])
            for plan in preview.changed_cases:
                item = QTreeWidgetItem(group, [plan.display_name or str(plan.case_id)[:8]])
                for change in plan.changes:
                    label = field_label(change.field)
                    if change.conflict:
                        label = self.tr("%1 (conflict: both values kept)").replace("%1", label)
                    row = QTreeWidgetItem(
                        item,
                        [
                            label,
                            value_text(change.old, change.field),
                            value_text(change.new, change.field),
                        ],
                    )
                    if change.conflict:
                        row.setForeground(0, Qt.GlobalColor.darkRed)
                item.setExpanded(True)
            group.setExpanded(True)
        screening = import_evaluation_lines(
            preview.refused_evaluations, preview.uncounted_evaluations
        ) + skipped_evaluation_lines(preview)
        if screening:
            group = QTreeWidgetItem(self.tree, [self.tr("Evaluations not counted")])
            for line in screening:
                QTreeWidgetItem(group, [line]).setForeground(0, Qt.GlobalColor.darkRed)
            group.setExpanded(True)
        add_refusal_groups(self.tree, preview)


class ImportWizard(QWizard):
    """Emits `imported(ImportResult)` after a successful apply."""

    imported = Signal(object)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        open_file: FileChooser = choose_file_to_open,
    ) -> None:
        super().__init__(parent)
        self.source: BinaryIO | None = None
        self.setWindowTitle(self.tr("Import a bundle"))
        self.setAccessibleName(self.tr("Import a bundle"))
        self.progress = ImportProgress(self)
        self.source_page = SourcePage(open_file)
        self.checks_page = ChecksPage(session)
        self.preview_page = PreviewPage()
        self.apply_page = ApplyPage(session)
        for page in (self.source_page, self.checks_page, self.preview_page, self.apply_page):
            self.addPage(page)
        self.progress.advanced.connect(self.apply_page._advanced)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 560)

    def close_source(self) -> None:
        """Close the bundle file (or drop the pasted text)."""
        if self.source is not None:
            self.source.close()
            self.source = None

    def busy(self) -> bool:
        """True while a worker is checking or applying."""
        return self.checks_page.worker is not None or self.apply_page.worker is not None

    def reject(self) -> None:
        """Cancel is refused while applying: the one transaction must finish or roll back."""
        if self.apply_page.worker is not None:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.busy():
            return
        self.close_source()
        super().done(result)
