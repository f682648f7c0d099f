"""The table view every record list uses: whole rows, one at a time, read-only, Tab leaves the
table (arrows move inside it), and Enter on a row emits `activated` like a double click."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RecordTableView(QTableView):
    """A read-only, single-row-selection table; `stretch` is the column that takes the room."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None, stretch: int = 0) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip holds the full text
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def selected_row(self) -> int | None:
        """The selected row, or None."""
        model = self.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/Return on the current row activates it (opens its action), as in KeePassXC."""
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.activated.emit(current)
            return
        super().keyPressEvent(event)

    def text(self, row: int, column: int) -> str:
        """The text shown in one cell ("" outside the list)."""
        model = self.model()
        value = None if model is None else model.index(row, column).data()
        return "" if value is None else str(value)

    def rowCount(self) -> int:  # named like QTableWidget's, for callers and tests
        """How many rows the list shows."""
        model = self.model()
        return 0 if model is None else model.rowCount(QModelIndex())

    def select_first(self) -> None:
        """Select the first row, if any, and make it current."""
        model = self.model()
        if model is not None and model.rowCount(QModelIndex()) > 0:
            self.selectRow(0)
