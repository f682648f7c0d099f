"""Conflicts: a field two organisations (or laptops) edited at the same time, both values kept.

The list shows each field in conflict; below it the competing values stand side by side, each
with when and where it was made, and a "Keep this value" button. Choosing one makes a new
version that supersedes the others, so the choice travels to partners with the next bundle.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.exchange_messages import field_label
from casevault.gui.field_values import stamp_text, value_text
from casevault.gui.messages import describe
from casevault.services import conflicts as conflict_service
from casevault.services.conflicts import Conflict
from casevault.services.session import Session

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b6e2e;"


class ConflictsView(QWidget):
    """Lists conflicts and resolves them; emits `resolved(str case_id)`."""

    resolved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.conflicts: list[Conflict] = []
        self.option_buttons: list[QPushButton] = []
        self.setAccessibleName(self.tr("Conflicts"))
        intro = QLabel(
            self.tr(
                "When the same field of a case was changed in two places before they exchanged "
                "bundles, both values are kept here until you choose one. Until then the case "
                "shows one of them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Fields in conflict"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Field"), self.tr("Shown now")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.options_box = QGroupBox(self.tr("Competing values"), self)
        self.options_box.setAccessibleName(self.tr("Competing values"))
        self.options_layout = QHBoxLayout(self.options_box)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Conflict status message"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh conflicts"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.options_box)
        layout.addLayout(bottom)
        self.table.itemSelectionChanged.connect(self._show_options)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Reload the conflicts from the vault."""
        self.conflicts = conflict_service.list_conflicts(self._session)
        self.table.setRowCount(0)
        for row, conflict in enumerate(self.conflicts):
            self.table.insertRow(row)
            values = (
                conflict.display_name or str(conflict.case_id)[:8],
                field_label(conflict.field),
                value_text(conflict.shown, conflict.field),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if self.conflicts:
            self.table.selectRow(0)
        self._show_options()
        if not self.conflicts:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("No conflicts."))

    def selected_conflict(self) -> Conflict | None:
        """The conflict selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _show_options(self) -> None:
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater only runs at the next event loop turn
                widget.deleteLater()
        self.option_buttons = []
        conflict = self.selected_conflict()
        self.options_box.setVisible(conflict is not None)
        if conflict is None:
            return
        for index, option in enumerate(conflict.options):
            box = QGroupBox(self.tr("Value %1").replace("%1", str(index + 1)), self.options_box)
            value = QLabel(value_text(option.value, conflict.field), box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(self.tr("Value %1").replace("%1", str(index + 1)))
            origin = QLabel(stamp_text(option.stamp), box)
            origin.setAccessibleName(
                self.tr("Where and when value %1 was made").replace("%1", str(index + 1))
            )
            button = QPushButton(self.tr("&Keep this value"), box)
            button.setAccessibleName(
                self.tr("Keep value %1: %2")
                .replace("%1", str(index + 1))
                .replace("%2", value_text(option.value, conflict.field))
            )
            button.clicked.connect(lambda _checked=False, i=index: self.resolve(i))
            self.option_buttons.append(button)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(value)
            box_layout.addWidget(origin)
            box_layout.addWidget(button)
            self.options_layout.addWidget(box, 1)

    def resolve(self, choice: int) -> None:
        """Keep option `choice` of the selected conflict."""
        conflict = self.selected_conflict()
        if conflict is None:
            return
        try:
            value = conflict_service.resolve_conflict(
                self._session, str(conflict.case_id), conflict.field, choice
            )
        except Exception as exc:  # known types have a sentence in messages.py
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(describe(exc))
            self.refresh()
            return
        self.refresh()
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            self.tr("Kept “%1” for %2.")
            .replace("%1", value_text(value, conflict.field))
            .replace("%2", field_label(conflict.field))
        )
        self.resolved.emit(str(conflict.case_id))
