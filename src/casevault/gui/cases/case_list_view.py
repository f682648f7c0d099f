"""The case list: search box (debounced), filters, the lazily paged table, and delete with undo.

Search text goes to services.cases.search_cases 250 ms after the last key press; filters and
header sorting go to list_cases/count_cases. Only ids leave this view (to the editor).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.case import CaseStatus, Risk
from casevault.gui.cases.case_table_model import SEARCH_LIMIT, SORT_KEYS, CaseTableModel
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.messages import describe, risk_label, status_label
from casevault.services import cases as case_service
from casevault.services.cases import CaseFilter
from casevault.services.session import Session

SEARCH_DELAY_MS = 250


class CaseListView(QWidget):
    """Emits `open_case(str id)` and `new_case()`; the workspace opens the editor."""

    open_case = Signal(str)
    new_case = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._deleted: uuid.UUID | None = None
        self.setAccessibleName(self.tr("Cases"))
        self.model = CaseTableModel()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, aliases, notes, timeline (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self.status_filter = self._filter_combo(
            self.tr("Status filter"), self.tr("Any status"),
            [(s.value, status_label(s.value)) for s in CaseStatus],
        )  # fmt: skip
        self.risk_filter = self._filter_combo(
            self.tr("Risk filter"), self.tr("Any risk"),
            [(r.value, risk_label(r.value)) for r in Risk],
        )  # fmt: skip
        self.clearance_filter = self._filter_combo(
            self.tr("Clearance filter"), self.tr("Any clearance"),
            [("cleared", self.tr("Cleared")), ("pending", self.tr("Screening not finished")),
             ("blocked", self.tr("Not cleared")), ("not_screened", self.tr("Not screened yet"))],
        )  # fmt: skip
        self.country_filter = QLineEdit(self)
        self.country_filter.setPlaceholderText(self.tr("Country"))
        self.country_filter.setMaxLength(2)
        self.country_filter.setMaximumWidth(80)
        # wide enough for its placeholder in every language ("Страна", "Pays"), not more
        placeholder = self.country_filter.fontMetrics().horizontalAdvance(
            self.country_filter.placeholderText()
        )
        self.country_filter.setMinimumWidth(min(80, placeholder + 16))
        self.country_filter.setAccessibleName(self.tr("Country filter"))
        self.tag_filter = QLineEdit(self)
        self.tag_filter.setPlaceholderText(self.tr("Tag"))
        self.tag_filter.setMaximumWidth(140)
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Case list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of cases"))
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.setAccessibleName(self.tr("Show more cases"))
        self.more_button.setVisible(False)
        self.empty_bar = QWidget(self)
        self.empty_label = QLabel(self.empty_bar)
        self.empty_label.setAccessibleName(self.tr("No matching case"))
        self.empty_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("&Clear search and filters"), self.empty_bar)
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        empty_layout = QHBoxLayout(self.empty_bar)
        empty_layout.setContentsMargins(6, 2, 6, 2)
        empty_layout.addWidget(self.empty_label, 1)
        empty_layout.addWidget(self.clear_button)
        self.empty_bar.setVisible(False)
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open case"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete case"))

        self.undo_bar = QWidget(self)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setAccessibleName(self.tr("Deleted case notice"))
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_bar.setStyleSheet("background: palette(alternate-base);")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(6, 2, 6, 2)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Case list problem"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        self.search.setMinimumWidth(300)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.risk_filter)
        filters.addWidget(self.clearance_filter)
        filters.addWidget(self.country_filter)
        filters.addWidget(self.tag_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        actions.addWidget(self.error)
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        for first, second in (
            (self.search, self.status_filter), (self.status_filter, self.risk_filter),
            (self.risk_filter, self.clearance_filter),
            (self.clearance_filter, self.country_filter), (self.country_filter, self.tag_filter),
            (self.tag_filter, self.table), (self.table, self.new_button),
            (self.new_button, self.open_button), (self.open_button, self.delete_button),
        ):  # fmt: skip
            self.setTabOrder(first, second)

        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self._run_search)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.risk_filter.currentIndexChanged.connect(self.apply_filters)
        self.clearance_filter.currentIndexChanged.connect(self.apply_filters)
        self.country_filter.textChanged.connect(self.apply_filters)
        self.tag_filter.editingFinished.connect(self.apply_filters)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.more_button.clicked.connect(self.show_more)
        self.clear_button.clicked.connect(self.clear_search_and_filters)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)
        self.model.attach(session)

    def _filter_combo(self, name: str, any_label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(any_label, None)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    # --- list state ------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        """The filters as the person set them (invalid country text is ignored)."""
        status = self.status_filter.currentData()
        risk = self.risk_filter.currentData()
        country = self.country_filter.text().strip().upper()
        tag = self.tag_filter.text().strip()
        return CaseFilter(
            status=CaseStatus(status) if status else None,
            risk=Risk(risk) if risk else None,
            country=country if len(country) == 2 else None,
            tag=tag or None,
        )

    def apply_filters(self) -> None:
        """Reload the list with the filters in the bar."""
        self.model.set_filters(self.current_filter(), self.clearance_filter.currentData())

    def _run_search(self) -> None:
        # Search and filters combine: the filters stay usable and narrow the matches.
        self.model.set_search(self.search.text())
        # Matches are ranked by relevance, not sorted by a column: no sort arrow meanwhile.
        self.table.horizontalHeader().setSortIndicatorShown(not self.model.searching)

    def clear_search_and_filters(self) -> None:
        """Empty the search box and set every filter back to "any"."""
        self.search_timer.stop()
        widgets = (self.search, self.status_filter, self.risk_filter, self.clearance_filter,
                   self.country_filter, self.tag_filter)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status_filter, self.risk_filter, self.clearance_filter):
            combo.setCurrentIndex(0)
        self.country_filter.clear()
        self.tag_filter.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.model.set_search("")
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.apply_filters()

    def show_more(self) -> None:
        """Load the next page of the list."""
        self.model.fetchMore()

    def _sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            # Only some columns can be sorted by the database; put the indicator back.
            header = self.table.horizontalHeader()
            current = next(col for col, key in SORT_KEYS.items() if key == self.model.sort_key)
            header.blockSignals(True)
            header.setSortIndicator(current, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.searching:
            text = (
                self.tr("The first %1 matches, best first").replace("%1", str(shown))
                if shown >= SEARCH_LIMIT
                else self.tr("Matches: %1, best first").replace("%1", str(shown))
            )
        elif total == shown:
            text = self.tr("%n case(s)", "", total)
        else:
            # Paging, not filtering: the rest is there and one click (or scrolling) away.
            text = self.tr("Showing 1–%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
        self.more_button.setVisible(not self.model.searching and shown < total)
        self._update_empty()

    def _update_empty(self) -> None:
        narrowed = self.model.searching or self.model.filtering
        empty = self.model.rowCount() == 0 and narrowed
        if empty and self.model.searching:
            self.empty_label.setText(
                self.tr("No case matches “%1”.").replace("%1", self.search.text().strip())
                if not self.model.filtering
                else self.tr("No case matches “%1” with these filters.").replace(
                    "%1", self.search.text().strip()
                )
            )
        elif empty:
            self.empty_label.setText(self.tr("No case matches these filters."))
        self.empty_bar.setVisible(empty)

    def refresh(self, select: str | None = None) -> None:
        """Reload the list (after a save), keeping `select` selected when it is loaded."""
        self.model.reload()
        if select is not None:
            row = self.model.row_of(uuid.UUID(select))
            if row is not None:
                self.table.selectRow(row)

    def detach(self) -> None:
        """Forget the rows and stop the timer (locking)."""
        self.search_timer.stop()
        self.model.detach()

    # --- actions ---------------------------------------------------------------------
    def selected_id(self) -> uuid.UUID | None:
        """The case selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(str(case_id))

    def open_selected(self) -> None:
        """Open the selected case in the editor."""
        case_id = self.selected_id()
        if case_id is not None:
            self.open_case.emit(str(case_id))

    def delete_selected(self) -> None:
        """Delete the selected case; it can be brought back with Undo."""
        case_id = self.selected_id()
        if case_id is None:
            return
        try:
            case = case_service.delete_case(self._session, case_id)
        except Exception as exc:  # known types have a sentence in messages.py
            self.error.setText(describe(exc))
            return
        self._deleted = case_id
        name = case.fields.display_name() or self.tr("(no name)")
        self.undo_label.setText(self.tr("Deleted: %1").replace("%1", name))
        self.undo_bar.setVisible(True)
        self.model.reload()

    def undo_delete(self) -> None:
        """Restore the case deleted last."""
        if self._deleted is None:
            return
        try:
            case_service.restore_case(self._session, self._deleted)
        except Exception as exc:  # known types have a sentence in messages.py
            self.error.setText(describe(exc))
            return
        restored, self._deleted = self._deleted, None
        self.undo_bar.setVisible(False)
        self.refresh(select=str(restored))
