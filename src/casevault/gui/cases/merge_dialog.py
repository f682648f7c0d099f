"""Merging two cases of the same man, and undoing it, over services/case_merge.py.

"Merge with…": the other case is found by name (services/name_search.py, either alphabet), and
before anything is written the dialog shows exactly what the kept case gains (the changes of
domain/case.fill_from: empty fields filled, lists united; nothing it holds is overwritten).
The absorbed case is hidden, not destroyed. "Unmerge…" lists the cases merged into this one
and brings one back after a clear question; fields the merge filled are emptied again where
nobody changed them since. Merging and unmerging write many rows: they run in a worker, the
buttons waiting meanwhile.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.case import Case, fill_from
from casevault.gui.cases.field_values import value_text
from casevault.gui.exchange.exchange_messages import field_label
from casevault.gui.kit.one_job import OneJob
from casevault.gui.kit.questions import ask
from casevault.gui.messages import describe
from casevault.services import cases as case_service
from casevault.services import name_search
from casevault.services.case_merge import MergeResult, merge_cases, merged_into, unmerge_cases
from casevault.services.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def case_line(case: Case) -> str:
    """A case as one line: both spellings of the name and the short id."""
    names = []
    for name in (case.fields.name_cyrillic, case.fields.name_latin):
        text = " ".join(p for p in (name.surname, name.given, name.patronymic) if p)
        if text:
            names.append(text)
    return f"{' / '.join(names) or _t('(no name)')} ({str(case.id)[:8]})"


def gains_text(kept: Case, absorbed: Case) -> str:
    """What `kept` would gain from `absorbed`, one field per line (or a sentence saying
    nothing)."""
    changes = fill_from(kept.fields, absorbed.fields)
    if not changes:
        return _t("The kept case gains nothing: it already holds everything the other one knows.")
    lines = [f"{field_label(name)}: {value_text(value)}" for name, value in changes.items()]
    return "\n".join(lines)


class MergeDialog(QDialog):
    """Merge `absorbed_id` (or a case found by name) into `kept_id`. Emits `merged(kept id)`."""

    merged = Signal(str)

    def __init__(
        self,
        session: Session,
        kept_id: uuid.UUID,
        absorbed_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.kept = case_service.get_case(session, kept_id)
        self.absorbed: Case | None = None
        # merging: off the GUI thread
        self._job = OneJob(lambda: self.merge_button, lambda: self.search, lambda: self.results)
        self.setWindowTitle(self.tr("Merge two cases of the same man"))
        self.setAccessibleName(self.tr("Merge two cases of the same man"))
        kept_label = QLabel(self.tr("Kept case: %1").replace("%1", case_line(self.kept)), self)
        kept_label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Find the other case by name"))
        self.search.setPlaceholderText(self.tr("Find the other case by name (any alphabet)"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Cases found"))
        self.gains = QTextBrowser(self)
        self.gains.setAccessibleName(self.tr("What the kept case gains"))
        note = QLabel(
            self.tr(
                "The other case is hidden, not destroyed: its timeline, screenings and "
                "attachments stay and are shown with the kept case. Unmerge brings it back. "
                "Partners keep both cases until they merge them too."
            ),
            self,
        )
        note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Merge problem"))
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setAccessibleName(self.tr("Merge"))
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(kept_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(QLabel(self.tr("The kept case gains:"), self))
        layout.addWidget(self.gains, 1)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.find_cases)
        self.results.currentItemChanged.connect(self._chosen)
        self.merge_button.clicked.connect(self.merge)
        cancel.clicked.connect(self.reject)
        self.merge_button.setEnabled(False)
        if absorbed_id is not None:
            self.search.hide()
            self.results.hide()
            self.choose(absorbed_id)
        self.resize(600, 480)

    def find_cases(self, text: str) -> None:
        """List the cases whose names match `text` (the kept case itself left out)."""
        self.results.clear()
        if len(text.strip()) < 2:
            return
        for hit in name_search.search_names(self._session, text, limit=20):
            if hit.summary.id == self.kept.id:
                continue
            case = case_service.get_case(self._session, hit.summary.id)
            item = QListWidgetItem(case_line(case), self.results)
            item.setToolTip(case_line(case))
            item.setData(Qt.ItemDataRole.UserRole, str(case.id))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))))

    def choose(self, absorbed_id: uuid.UUID) -> None:
        """Show what the kept case would gain from `absorbed_id`."""
        self.absorbed = case_service.get_case(self._session, absorbed_id)
        self.gains.setPlainText(
            self.tr("Merged into it: %1").replace("%1", case_line(self.absorbed))
            + "\n\n"
            + gains_text(self.kept, self.absorbed)
        )
        self.merge_button.setEnabled(True)

    @property
    def busy(self) -> bool:
        """True while the cases are being merged (in a worker)."""
        return self._job.busy

    def merge(self) -> bool:
        """Start merging as previewed, in a worker; True if started. `merged` is emitted and the
        dialog closes when done."""
        if self.absorbed is None or self.busy:
            return False
        session, kept, absorbed = self._session, str(self.kept.id), str(self.absorbed.id)
        self.status.clear()
        return self._job.start(
            lambda: merge_cases(session, kept, absorbed), self._merged, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        # every known type has a sentence in messages.py
        self.status.setText(describe(exc))

    def _merged(self, _result: MergeResult) -> None:
        self.merged.emit(str(self.kept.id))
        self.accept()


class UnmergeDialog(QDialog):
    """The cases merged into `kept_id`; bring one back after a question. Emits `unmerged`
    (the case id brought back)."""

    unmerged = Signal(str)

    def __init__(self, session: Session, kept_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.kept = case_service.get_case(session, kept_id)
        self.question: QMessageBox | None = None
        # unmerging: off the GUI thread
        self._job = OneJob(lambda: self.list, on_change=self._wait)
        self.setWindowTitle(self.tr("Unmerge"))
        self.setAccessibleName(self.tr("Unmerge"))
        intro = QLabel(self.tr("Cases merged into %1:").replace("%1", case_line(self.kept)), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases merged into this one"))
        for absorbed_id in merged_into(session, kept_id):
            case = case_service.get_case(session, absorbed_id)
            item = QListWidgetItem(case_line(case), self.list)
            item.setToolTip(case_line(case))
            item.setData(Qt.ItemDataRole.UserRole, str(case.id))
        self.list.setCurrentRow(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Unmerge problem"))
        self.buttons = QDialogButtonBox(self)
        self.unmerge_button = self.buttons.addButton(
            self.tr("&Unmerge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.unmerge_button.setAccessibleName(self.tr("Unmerge"))
        self.unmerge_button.setEnabled(self.list.count() > 0)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.unmerge_button.clicked.connect(self.ask_unmerge)
        close.clicked.connect(self.reject)

    def ask_unmerge(self) -> QMessageBox | None:
        """Ask before bringing the selected case back (not blocking)."""
        if self.busy or self.list.currentRow() < 0:
            return None
        item = self.list.currentItem()
        absorbed = str(item.data(Qt.ItemDataRole.UserRole))
        self.question = ask(
            self,
            self.tr("Unmerge"),
            self.tr("Make %1 a separate case again?").replace("%1", item.text()),
            self.tr(
                "Fields the merge filled in the kept case are emptied again, unless someone "
                "changed them since. Both cases are then shown separately."
            ),
            self.tr("&Unmerge"),
            lambda: self._unmerge(absorbed),
            self._asked,
        )
        return self.question

    def _asked(self) -> None:
        self.question = None

    @property
    def busy(self) -> bool:
        """True while a case is being brought back (in a worker)."""
        return self._job.busy

    def _unmerge(self, absorbed: str) -> None:
        if self.busy:
            return
        session = self._session
        self.status.clear()

        def run() -> str:
            unmerge_cases(session, absorbed)
            return absorbed

        self._job.start(run, self._unmerged, self._failed)

    def _wait(self, busy: bool) -> None:
        self.unmerge_button.setEnabled(not busy and self.list.count() > 0)

    def _failed(self, exc: BaseException) -> None:
        # every known type has a sentence in messages.py
        self.status.setText(describe(exc))

    def _unmerged(self, absorbed: str) -> None:
        self.unmerged.emit(absorbed)
        self.accept()
