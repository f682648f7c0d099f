"""Conflicts: a field two organisations (or laptops) edited at the same time, both values kept.

The list shows each field in conflict and who changed it; below it the competing values stand
side by side, each naming the organisation and laptop that made it (and which is ours), with a
"Keep value N" button (Alt+N). Choosing one makes a new version that supersedes the others, so
the choice travels to partners with the next bundle. The footer always describes what the list
shows: how many fields are in conflict, and what the last choice did.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.cases.field_values import value_text
from casevault.gui.exchange.conflict_table_model import ConflictTableModel, option_origin
from casevault.gui.exchange.exchange_messages import field_label
from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.one_job import OneJob
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.messages import describe
from casevault.services import conflicts as conflict_service
from casevault.services import laptops as laptop_service
from casevault.services.conflicts import Conflict
from casevault.services.session import Session


class ConflictsView(QWidget):
    """Lists conflicts and resolves them; emits `resolved(str case_id)`."""

    resolved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # writing a choice: off the GUI thread; the option buttons wait too (_options_wait)
        self._job = OneJob(lambda: self.refresh_button, on_change=self._options_wait)
        self.option_buttons: list[QPushButton] = []
        self.option_origins: list[QLabel] = []
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
        self.model = ConflictTableModel()
        self.table = RecordTableView(self.model, self, stretch=3)
        self.table.setAccessibleName(self.tr("Fields in conflict"))
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
        self.table.selectionModel().selectionChanged.connect(self._show_options)
        self.table.activated.connect(self._focus_first_option)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    @property
    def conflicts(self) -> list[Conflict]:
        """The conflicts listed now."""
        return list(self.model.rows)

    def refresh(self) -> None:
        """Reload the conflicts from the vault; the footer says how many there are."""
        conflicts = conflict_service.list_conflicts(self._session)
        nodes = {option.node for conflict in conflicts for option in conflict.options}
        self.model.set_conflicts(conflicts, laptop_service.node_names(self._session, nodes))
        self.table.select_first()
        self._show_options()
        self._say(self._count_text(), ok=None)

    def clear(self) -> None:
        """Locking: forget every row."""
        self.model.clear()
        self._show_options()

    def _count_text(self) -> str:
        count = self.model.rowCount()
        if not count:
            return self.tr("No conflicts.")
        return self.tr(
            "%n field(s) in conflict. Select one, then keep one of its values.", "", count
        )

    def _say(self, text: str, ok: bool | None) -> None:
        self.status.setStyleSheet("" if ok is None else OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    def selected_conflict(self) -> Conflict | None:
        """The conflict selected in the table."""
        row = self.table.selected_row()
        return self.model.record(row) if row is not None else None

    def _focus_first_option(self) -> None:
        if self.option_buttons:
            self.option_buttons[0].setFocus()

    def _show_options(self) -> None:
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater only runs at the next event loop turn
                widget.deleteLater()
        self.option_buttons = []
        self.option_origins = []
        conflict = self.selected_conflict()
        self.options_box.setVisible(conflict is not None)
        if conflict is None:
            return
        previous: QWidget = self.table
        for index, option in enumerate(conflict.options):
            number = str(index + 1)
            box = QGroupBox(self.tr("Value %1").replace("%1", number), self.options_box)
            value = QLabel(value_text(option.value, conflict.field), box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(self.tr("Value %1").replace("%1", number))
            origin = QLabel(option_origin(option, self.model.names), box)
            origin.setWordWrap(True)
            origin.setAccessibleName(self.tr("Who made value %1, and when").replace("%1", number))
            # Alt+1, Alt+2…: one mnemonic per value (the same letter on every button would
            # only cycle between them).
            button = QPushButton(self.tr("Keep value &%1").replace("%1", number), box)
            button.setAccessibleName(
                self.tr("Keep value %1: %2")
                .replace("%1", number)
                .replace("%2", value_text(option.value, conflict.field))
            )
            button.clicked.connect(lambda _checked=False, i=index: self.resolve(i))
            button.setEnabled(not self.busy)
            self.setTabOrder(previous, button)
            previous = button
            self.option_buttons.append(button)
            self.option_origins.append(origin)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(value)
            box_layout.addWidget(origin)
            box_layout.addWidget(button)
            self.options_layout.addWidget(box, 1)

    @property
    def busy(self) -> bool:
        """True while a choice is being written (in a worker)."""
        return self._job.busy

    def resolve(self, choice: int) -> bool:
        """Start keeping option `choice` of the selected conflict, in a worker; True if started.
        `resolved` is emitted when it is written."""
        conflict = self.selected_conflict()
        if conflict is None or self.busy:
            return False
        session, case_id, field = self._session, str(conflict.case_id), conflict.field
        self._say(self.tr("Keeping the chosen value…"), ok=None)
        return self._job.start(
            lambda: conflict_service.resolve_conflict(session, case_id, field, choice),
            lambda value: self._kept(conflict, value),
            self._failed,
        )

    def _options_wait(self, busy: bool) -> None:
        for button in self.option_buttons:
            button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        # known types have a sentence in messages.py
        self.refresh()
        self._say(describe(exc), ok=False)

    def _kept(self, conflict: Conflict, value: object) -> None:
        self.refresh()
        kept = (
            self.tr("Kept “%1” for %2.")
            .replace("%1", value_text(value, conflict.field))
            .replace("%2", field_label(conflict.field))
        )
        self._say(kept + " " + self._count_text(), ok=True)
        self.table.setFocus()
        self.resolved.emit(str(conflict.case_id))
