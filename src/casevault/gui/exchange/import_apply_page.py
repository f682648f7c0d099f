"""The import wizard's last page: apply what the preview showed (in a worker, with progress), the
possible duplicates and the erasure notices to confirm. One module per wizard page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services import erasure, imports
from casevault.services.duplicates import PossibleDuplicate
from casevault.services.erasure_notices import comply_with_notices
from casevault.services.errors import CompactionFailed
from casevault.services.session import Session


def _duplicate_name(duplicate: PossibleDuplicate) -> str:
    return duplicate.summary.display_name or str(duplicate.summary.id)[:8]


if TYPE_CHECKING:
    from casevault.gui.exchange.import_wizard import ImportWizard


def _wizard(page: QWizardPage) -> ImportWizard | None:
    """The wizard this page belongs to (imported here: the wizard module imports this page)."""
    from casevault.gui.exchange.import_wizard import ImportWizard

    wizard = page.wizard()
    return wizard if isinstance(wizard, ImportWizard) else None


class ApplyPage(QWizardPage):
    """Applies the staged bundle in one transaction, with a progress bar."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self.worker: Worker | None = None
        self.outcome: imports.ImportResult | None = None
        self.erased: tuple[Any, ...] = ()  # cases erased here on the sender's notice
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Import result"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.result)
        self.compact_again = QPushButton(self.tr("&Compact again"), self)
        self.compact_again.setAccessibleName(self.tr("Compact the vault again"))
        self.compact_again.hide()
        self.compact_again.clicked.connect(self._compact_again)
        layout.addWidget(self.compact_again)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = _wizard(self)
        if not wizard is not None:
            return
        staged = wizard.checks_page.staged
        to_erase = wizard.preview_page.erasure.confirmed()
        if staged is None:  # the checks page is complete only with a staged bundle
            return
        self.bar.setRange(0, max(len(staged.cases), 1))
        self.bar.setValue(0)
        self.result.setText(self.tr("Applying…"))
        session = self._session
        report: Callable[[int, int], object] = wizard.progress.advanced.emit

        def apply() -> tuple[imports.ImportResult, tuple[Any, ...]]:
            result = imports.apply_import(session, staged, progress=report)
            # Erasure needs the person's tick on the preview page; nothing else is erased.
            return result, comply_with_notices(session, staged, to_erase).erased

        self.worker = start_worker(apply, self._done, self._failed)

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, outcome: Any) -> None:
        self.worker = None
        result, self.erased = outcome
        self.outcome = result
        self.bar.setValue(self.bar.maximum())
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(
            self.tr("Imported:")
            + " "
            + "; ".join(
                (
                    self.tr("%n new case(s)", "", result.new_cases),
                    self.tr("%n changed case(s)", "", result.changed_cases),
                    self.tr("%n field(s) in conflict waiting for you", "", result.conflicts),
                )
            )
            + "."
            + (
                "\n"
                + self.tr(
                    "%n case(s) erased for good, as their senders asked.", "", len(self.erased)
                )
                if self.erased
                else ""
            )
            + (
                "\n"
                + self.tr(
                    "Your vault changed after the preview, so the bundle was checked again"
                    " against it before anything was applied."
                )
                if result.replanned
                else ""
            )
        )
        self.completeChanged.emit()
        wizard = _wizard(self)
        if wizard is not None:
            wizard.close_source()
            wizard.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.worker = None
        self.result.setStyleSheet(ERROR_STYLE)
        if isinstance(error, CompactionFailed):  # the import and the erasure DID commit
            self.result.setText(describe(error))
            self.compact_again.show()
        else:
            self.result.setText(describe(error) + "\n" + self.tr("Your vault was not changed."))
        self.completeChanged.emit()

    def _compact_again(self) -> None:
        self.compact_again.setEnabled(False)
        self.worker = start_worker(
            lambda: erasure.compact_vault(self._session), self._compacted, self._compact_failed
        )

    def _compacted(self, _result: object) -> None:
        self.worker = None
        self.compact_again.hide()
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(self.tr("The vault is compacted: nothing of the erased man remains."))

    def _compact_failed(self, error: BaseException) -> None:
        self.worker = None
        self.compact_again.setEnabled(True)
        self.result.setText(describe(CompactionFailed((), type(error).__name__)))

    def isComplete(self) -> bool:
        return self.worker is None and self.outcome is not None


class ImportProgress(QObject):
    """Carries apply_import's progress from the worker thread (queued signal)."""

    advanced = Signal(int, int)
