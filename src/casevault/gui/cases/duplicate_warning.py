"""After a new case is saved: "possibly the same man as …", the app's form of the warning that
`casevault case add` prints (the same service: duplicates.find_duplicates_for).

Each candidate is named in both scripts with the reasons it matched; the full sentence is also
the row's tooltip, so nothing is lost when the row is elided. The person decides: keep both,
open the other case, link them as the same man (both stay, the link is audited), mark them as
not the same man (the pair is not flagged again), or merge the new case into the other one
(gui/cases/merge_dialog.py shows what the kept case gains first). Nothing is decided for him.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.case import Case
from casevault.domain.names import DuplicateReason
from casevault.gui.cases.merge_dialog import MergeDialog
from casevault.gui.messages import describe
from casevault.services import cases as case_service
from casevault.services import duplicates
from casevault.services.duplicates import PossibleDuplicate
from casevault.services.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("DuplicateWarning", text)


def reasons_text(reasons: tuple[DuplicateReason, ...]) -> str:
    """Why two cases matched, as one phrase in the UI language."""
    words = {
        DuplicateReason.SAME_NAME: _t("same name"),
        DuplicateReason.SAME_NAME_OTHER_SPELLING: _t("same name in another spelling"),
        DuplicateReason.SAME_DATE_OF_BIRTH: _t("same date of birth"),
        DuplicateReason.DATE_OF_BIRTH_MISSING: _t("date of birth missing on one of them"),
    }
    return ", ".join(words[reason] for reason in reasons)


def both_scripts(case: Case) -> str:
    """The man's name in Cyrillic and in Latin letters ("Смирнов Иван / Smirnov Ivan")."""
    names = []
    for name in (case.fields.name_cyrillic, case.fields.name_latin):
        text = " ".join(p for p in (name.surname, name.given, name.patronymic) if p)
        if text:
            names.append(text)
    return " / ".join(names) or _t("(no name)")


def candidate_text(case: Case, reasons: tuple[DuplicateReason, ...]) -> str:
    """The full sentence for one candidate."""
    return (
        _t("Possibly the same man as %1 (case %2): %3.")
        .replace("%1", both_scripts(case))
        .replace("%2", str(case.id)[:8])
        .replace("%3", reasons_text(reasons))
    )


class DuplicateWarning(QDialog):
    """The candidates for one newly saved case and what to do about them. Emits `open_case`
    (case id) for "Open the other" and `merged` (kept case id) after a merge."""

    open_case = Signal(str)
    merged = Signal(str)

    def __init__(
        self,
        session: Session,
        case_id: uuid.UUID,
        candidates: list[PossibleDuplicate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.case_id = case_id
        self.merge_dialog: MergeDialog | None = None
        self.setWindowTitle(self.tr("Possibly the same man"))
        self.setAccessibleName(self.tr("Possibly the same man"))
        intro = QLabel(
            self.tr(
                "The case you saved may be about a man who already has a case here. Check "
                "before you go on: two files about one man can mislead a screening."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases that may be the same man"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for candidate in candidates:
            other = case_service.get_case(session, candidate.summary.id)
            text = candidate_text(other, candidate.reasons)
            item = QListWidgetItem(text, self.list)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, str(other.id))
        self.list.setCurrentRow(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        self.buttons = QDialogButtonBox(self)
        self.keep_button = self._button(
            self.tr("&Keep both"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button = self._button(
            self.tr("&Open the other"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.link_button = self._button(
            self.tr("&Link: same man"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.link_button.setToolTip(
            self.tr("Both cases stay; they are marked as files of the same man")
        )
        self.distinct_button = self._button(
            self.tr("&Not the same man"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.distinct_button.setToolTip(self.tr("This pair is not flagged again"))
        self.merge_button = self._button(
            self.tr("&Merge into the other…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.setToolTip(
            self.tr("The other case keeps everything and gains what only this one knows")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.keep_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_other)
        self.link_button.clicked.connect(lambda: self._link("duplicate"))
        self.distinct_button.clicked.connect(lambda: self._link("distinct"))
        self.merge_button.clicked.connect(self.merge)
        self.resize(640, 320)

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def other_id(self) -> str | None:
        """The candidate selected."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _open_other(self) -> None:
        other = self.other_id()
        if other is not None:
            self.open_case.emit(other)
            self.accept()

    def _link(self, verdict: duplicates.Verdict) -> None:
        other = self.other_id()
        if other is None:
            return
        try:
            duplicates.link_cases(self._session, self.case_id, other, verdict)
        except Exception as exc:  # every known type has a sentence in messages.py
            self.status.setText(describe(exc))
            return
        self.accept()

    def merge(self) -> MergeDialog | None:
        """Show what the other case would gain from this one; merge on confirmation."""
        other = self.other_id()
        if other is None:
            return None
        dialog = MergeDialog(self._session, uuid.UUID(other), self.case_id, self)
        dialog.merged.connect(self._merged)
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, kept: str) -> None:
        self.merge_dialog = None
        self.merged.emit(kept)
        self.accept()


def warn_if_duplicates(
    session: Session, case_id: str, parent: QWidget | None = None
) -> DuplicateWarning | None:
    """Open the warning (not blocking) if the saved case may be the same man as another one."""
    case = case_service.get_case(session, case_id)
    candidates = duplicates.find_duplicates_for(session, case.fields, case.id)
    if not candidates:
        return None
    dialog = DuplicateWarning(session, case.id, candidates, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
