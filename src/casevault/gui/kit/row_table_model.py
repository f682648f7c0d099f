"""A read-only Qt table model over a list of records, one row per record (KeePassXC's one item
model per list): each column says how a record reads in it, and optionally its tooltip.

Guarantees: the model keeps only the records it was last given (`set_rows`); `clear()` forgets
them (used when the vault locks). `Qt.UserRole` gives the record itself, for views and tests.
A row can be bold (needs attention) or dimmed (set aside: superseded, not counted), and a cell
flagged (a problem, in the error colour; the cell's text also says it in words).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casevault.gui.kit.colours import DIMMED, ERROR

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex
FLAGGED = ERROR  # the error colour


@dataclass(frozen=True)
class Column(Generic[Record]):
    """One column: its translated title (called on each request, so a language switch shows),
    the text of a record in it, and an optional tooltip (the full text of a shortened value)."""

    title: Callable[[], str]
    text: Callable[[Record], str]
    tooltip: Callable[[Record], str | None] | None = None
    flagged: Callable[[Record], bool] | None = None


class RowTableModel(QAbstractTableModel, Generic[Record]):
    """Rows are records; `bold(record)` marks rows that need attention."""

    def __init__(
        self,
        columns: Sequence[Column[Record]],
        bold: Callable[[Record], bool] | None = None,
        dimmed: Callable[[Record], bool] | None = None,
    ) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._bold = bold
        self._dimmed = dimmed
        self.rows: list[Record] = []

    def set_rows(self, rows: Sequence[Record]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Record]) -> None:
        """Add rows at the end (the next page), keeping the selection and scroll position."""
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        """Forget every row."""
        self.set_rows([])

    def refresh(self) -> None:
        """The rows are the same but what they show may not be (e.g. a check finished)."""
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def record(self, row: int) -> Record | None:
        """The record shown in `row`, or None."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self._columns)
        ):
            return None
        return self._columns[section].title()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip is not None else column.text(record)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.flagged is not None and column.flagged(record):
                return QBrush(QColor(FLAGGED))
            if self._dimmed is not None and self._dimmed(record):
                return QBrush(QColor(DIMMED))
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(record):
            font = QFont()
            font.setBold(True)
            return font
        return None
