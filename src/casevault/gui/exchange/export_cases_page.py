"""The export wizard's "Which cases?" page: all cases, or a ticked selection.

Guarantee: the cases that leave are exactly those shown ticked. A ticked case stays listed
(first, ticked) whatever the search shows, and the count of ticked cases is always on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from casevault.services import cases as case_service
from casevault.services.cases import CaseFilter
from casevault.services.session import Session

CASE_LIST_LIMIT = 500


class CasesPage(QWizardPage):
    """All cases, or a ticked selection (searchable; starts with the cases selected in the list)."""

    def __init__(self, session: Session, preselected: Sequence[str]) -> None:
        super().__init__()
        self._session = session
        self._ticked: set[str] = set(preselected)
        self.setTitle(self.tr("Which cases?"))
        self.all_cases = QRadioButton(self.tr("&All cases (and the deletions)"), self)
        self.all_cases.setAccessibleName(self.tr("All cases"))
        self.some_cases = QRadioButton(self.tr("&Only the cases ticked below"), self)
        self.some_cases.setAccessibleName(self.tr("Only ticked cases"))
        group = QButtonGroup(self)
        group.addButton(self.all_cases)
        group.addButton(self.some_cases)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search cases to tick"))
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases to export"))
        self.ticked_label = QLabel(self)
        self.ticked_label.setAccessibleName(self.tr("Number of ticked cases"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_cases)
        layout.addWidget(self.some_cases)
        layout.addWidget(self.search)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.ticked_label)
        (self.some_cases if preselected else self.all_cases).setChecked(True)
        self.all_cases.toggled.connect(self._mode_changed)
        self.search.textChanged.connect(self._fill)
        self.cases.itemChanged.connect(self._item_changed)
        self._fill()
        self._mode_changed()

    def _fill(self) -> None:
        text = self.search.text().strip()
        summaries = (
            case_service.search_cases(self._session, text, CASE_LIST_LIMIT)
            if text
            else case_service.list_cases(self._session, limit=CASE_LIST_LIMIT)
        )
        # A ticked case is always listed, ticked, first: whatever leaves is visible as ticked,
        # even when the search (or the list's length) would hide it.
        listed = {str(summary.id) for summary in summaries}
        hidden = sorted(self._ticked - listed)
        pinned = (
            case_service.list_cases(
                self._session, CaseFilter(only_ids=tuple(hidden)), limit=len(hidden)
            )
            if hidden
            else []
        )
        self._ticked &= listed | {str(summary.id) for summary in pinned}  # deleted meanwhile
        ticked_first = sorted(summaries, key=lambda s: str(s.id) not in self._ticked)
        self.cases.blockSignals(True)
        self.cases.clear()
        for summary in [*pinned, *ticked_first]:
            name = summary.display_name or str(summary.id)[:8]
            item = QListWidgetItem(name, self.cases)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, str(summary.id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = str(summary.id) in self._ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.cases.blockSignals(False)
        self._show_count()

    def _show_count(self) -> None:
        self.ticked_label.setText(
            self.tr("Ticked: %1 (shown first in the list)").replace("%1", str(len(self._ticked)))
        )

    def _item_changed(self, item: QListWidgetItem) -> None:
        case_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add(case_id)
        else:
            self._ticked.discard(case_id)
        self._show_count()
        self.completeChanged.emit()

    def _mode_changed(self) -> None:
        choosing = self.some_cases.isChecked()
        self.search.setEnabled(choosing)
        self.cases.setEnabled(choosing)
        self.completeChanged.emit()

    def chosen(self) -> list[str] | None:
        """None for all cases, else the ticked ids."""
        return None if self.all_cases.isChecked() else sorted(self._ticked)

    def isComplete(self) -> bool:
        return self.all_cases.isChecked() or bool(self._ticked)
