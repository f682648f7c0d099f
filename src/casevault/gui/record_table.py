"""The shared list widget of the app: a read-only table model over a list of records, and the
view every list uses (whole-row single selection, no editing, keyboard-friendly).

A list is declared, not filled by hand: its columns say how a record becomes text, and
optionally a tooltip, an accessible description and whether the cell is dimmed or flagged.
Changing the records resets the model, so the view never shows a half-updated list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex
DIMMED = "#777777"  # superseded or not counted: still readable (4.5:1), visibly set aside
FLAGGED = "#b00020"  # a problem the person must see (also said in words in the cell)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header and how a record becomes the cell's text (and tooltip)."""

    header: str
    text: Callable[[R], str]
    tooltip: Callable[[R], str | None] = lambda _record: None
    flagged: Callable[[R], bool] = lambda _record: False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Records as rows, columns as declared; `dimmed(record)` greys a whole row."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        dimmed: Callable[[R], bool] = lambda _record: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._dimmed = dimmed
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        """Show `records` (replacing what was shown)."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def refresh(self) -> None:
        """The records are unchanged but what they show may not be: repaint every cell."""
        if self._records:
            last = self.index(len(self._records) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def record(self, row: int) -> R | None:
        """The record of `row`, or None outside the list."""
        return self._records[row] if 0 <= row < len(self._records) else None

    def records(self) -> list[R]:
        """The records shown, in order."""
        return list(self._records)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        """Qt: how many rows (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: how many columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt: the column headers (rows have none)."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: a cell's text, tooltip (also its accessible description) and colour."""
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return column.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.flagged(record):
                return QBrush(QColor(FLAGGED))
            if self._dimmed(record):
                return QBrush(QColor(DIMMED))
        return None


class RecordTableView(QTableView):
    """The view of every record list: whole rows, one at a time, read-only, no row numbers."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def selected_row(self) -> int | None:
        """The selected row, or None."""
        model = self.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def rowCount(self) -> int:
        """How many rows the list shows."""
        model = self.model()
        return 0 if model is None else model.rowCount()

    def text(self, row: int, column: int) -> str:
        """The text shown in one cell ("" outside the list)."""
        model = self.model()
        value = None if model is None else model.index(row, column).data()
        return "" if value is None else str(value)
