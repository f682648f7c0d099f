"""The case list as a Qt table model, paged lazily from services.cases.

Guarantees: at most the rows a person has scrolled to are in memory (pages of PAGE_SIZE,
fetched through canFetchMore/fetchMore when the view needs them); sorting and filtering are
done by the database through the service's sort keys and CaseFilter. In search mode the rows
are the service's best matches (up to SEARCH_LIMIT), ranked, not paged.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from casevault.domain.clearance import ClearanceState
from casevault.gui.messages import risk_label, status_label
from casevault.services import case_list
from casevault.services.case_list import ClearanceFilter
from casevault.services.cases import CaseFilter, CaseSummary, SortKey
from casevault.services.session import Session

PAGE_SIZE = 100
SEARCH_LIMIT = 500
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[str, ...] = (
    "name", "status", "risk", "clearance", "country", "date_of_birth", "updated",
)  # fmt: skip
# Columns the database can sort by, and the service's key for each.
SORT_KEYS: dict[int, SortKey] = {0: "name", 1: "status", 2: "risk", 6: "updated"}


def clearance_label(state: ClearanceState | None) -> str:
    """A case's clearance in words (None: no signed evaluation yet)."""
    if state is ClearanceState.CLEARED:
        return QCoreApplication.translate("CaseTableModel", "Cleared")
    if state is ClearanceState.BLOCKED:
        return QCoreApplication.translate("CaseTableModel", "Not cleared")
    if state is ClearanceState.PENDING:
        return QCoreApplication.translate("CaseTableModel", "Screening not finished")
    return QCoreApplication.translate("CaseTableModel", "Not screened yet")


class CaseTableModel(QAbstractTableModel):
    """Rows are CaseSummary (never notes or contact channel); the model keeps no session data
    beyond the pages fetched so far, and forgets everything on `detach()`."""

    def __init__(self, session: Session | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._session = session
        self._page_size = page_size
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._filters = CaseFilter()
        self._clearance: ClearanceFilter | None = None
        self._sort: SortKey = "name"
        self._search = ""
        # Clearance of every screened case, derived once per vault change (services cache it).
        self._clearance_states: dict[str, ClearanceState] = {}
        self.pages_fetched = 0

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("CaseTableModel", "Name"),
            QCoreApplication.translate("CaseTableModel", "Status"),
            QCoreApplication.translate("CaseTableModel", "Risk"),
            QCoreApplication.translate("CaseTableModel", "Clearance"),
            QCoreApplication.translate("CaseTableModel", "Country"),
            QCoreApplication.translate("CaseTableModel", "Born"),
            QCoreApplication.translate("CaseTableModel", "Last change"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return str(row.id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = COLUMNS[index.column()]
        if column == "name":
            return row.display_name or QCoreApplication.translate("CaseTableModel", "(no name)")
        if column == "status":
            return status_label(row.status.value)
        if column == "risk":
            return risk_label(row.risk.value)
        if column == "clearance":
            return clearance_label(self._clearance_states.get(str(row.id)))
        if column == "country":
            return row.country or ""
        if column == "date_of_birth":
            return row.date_of_birth.isoformat() if row.date_of_birth else ""
        return row.updated_at.astimezone().strftime("%Y-%m-%d")

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        if parent.isValid() or self._session is None or self._search:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's API
        if not self.canFetchMore(parent) or self._session is None:
            return
        page = case_list.list_cases(
            self._session,
            self._filters,
            self._sort,
            self._page_size,
            offset=len(self._rows),
            clearance=self._clearance,
        )
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self.pages_fetched += 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: columns the database can sort by reload; others are ignored, and so
        is every click while search results are shown (they are ranked by relevance)."""
        if self._search:
            return
        key = SORT_KEYS.get(column)
        if key is not None and key != self._sort:
            self._sort = key
            self.reload()

    # --- what the list view sets -------------------------------------------------------
    @property
    def total(self) -> int:
        """How many cases match (all pages), or the number of search hits."""
        return self._total

    @property
    def filtering(self) -> bool:
        """True while any filter is set."""
        return self._filters != CaseFilter() or self._clearance is not None

    @property
    def searching(self) -> bool:
        """True while search results (ranked, not sorted) are shown."""
        return bool(self._search)

    @property
    def sort_key(self) -> SortKey:
        """The service sort key in force."""
        return self._sort

    def attach(self, session: Session) -> None:
        """Start showing `session`'s cases."""
        self._session = session
        self.reload()

    def detach(self) -> None:
        """Forget every row (the vault is being locked)."""
        self.beginResetModel()
        self._session = None
        self._rows = []
        self._total = 0
        self._clearance_states = {}
        self.endResetModel()

    def set_filters(self, filters: CaseFilter, clearance: ClearanceFilter | None = None) -> None:
        """Filter the list, and the search results too."""
        self._filters = filters
        self._clearance = clearance
        self.reload()

    def set_search(self, text: str) -> None:
        """Switch to search mode (non-empty text) or back to the filtered list."""
        self._search = text.strip()
        self.reload()

    def reload(self) -> None:
        """Drop the rows and start again from the first page (or the search hits)."""
        self.beginResetModel()
        self._rows = []
        self.pages_fetched = 0
        if self._session is None:
            self._total = 0
            self._clearance_states = {}
        elif self._search:
            self._clearance_states = case_list.clearance_states(self._session)
            self._rows = case_list.search_cases(
                self._session, self._search, self._filters, self._clearance, SEARCH_LIMIT
            )
            self._total = len(self._rows)
        else:
            self._clearance_states = case_list.clearance_states(self._session)
            self._total = case_list.count_cases(self._session, self._filters, self._clearance)
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def case_id(self, row: int) -> uuid.UUID | None:
        """The id of the case shown in `row`."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: uuid.UUID) -> int | None:
        """The row showing `case_id`, if it is loaded."""
        for number, row in enumerate(self._rows):
            if row.id == case_id:
                return number
        return None
