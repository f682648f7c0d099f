"""The first screen after unlocking: what needs a person today (services/needs_action.py).

The list is computed in a worker (a big vault never freezes the window) when the screen is
shown and on Refresh. Enter or a double-click on a row opens the case, or the conflicts,
inbox or partners screen for rows about those. The "not touched for" time is a vault setting.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.cases.needs_action_model import NeedsActionModel, kind_text
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services.needs_action import (
    MAX_DAYS,
    ActionKind,
    NeedsAction,
    Target,
    get_untouched_days,
    needs_action,
    set_untouched_days,
)
from casevault.services.session import Session


class NeedsActionView(QWidget):
    """Emits `open_case(str id)` or `open_screen(Target)` when a row is opened."""

    open_case = Signal(str)
    open_screen = Signal(object)  # a services.needs_action.Target
    computed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._worker: Worker | None = None
        self._again = False
        self.result: NeedsAction | None = None
        self.setAccessibleName(self.tr("Needs action"))
        self.model = NeedsActionModel()
        intro = QLabel(
            self.tr(
                "What needs you today. Press Enter or double-click a line to open the case "
                "or the screen where it is done."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Needs action summary"))
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Looking"))
        self.busy.setVisible(False)
        self.untouched = QSpinBox(self)
        self.untouched.setRange(1, MAX_DAYS)
        self.untouched.valueChanged.connect(self._days_suffix)
        self.untouched.setAccessibleName(self.tr("List open cases not touched for"))
        self.untouched.setValue(get_untouched_days(session))
        self._days_suffix(self.untouched.value())
        untouched_label = QLabel(self.tr("List open cases not &touched for:"), self)
        untouched_label.setBuddy(self.untouched)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the needs action list"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Needs action list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(untouched_label)
        top.addWidget(self.untouched)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.untouched.editingFinished.connect(self._untouched_changed)
        # `activated` is Enter and a double-click (or a single click where the style says so).
        self.table.activated.connect(self._activated)

    # --- computing -------------------------------------------------------------------
    def _days_suffix(self, days: int) -> None:
        # "1 day", "2 days"; in Russian "1 день", "2 дня", "5 дней": the plural form follows the
        # number, so the suffix is the translated plural with the number itself taken out.
        text = self.tr("%n day(s)", "the unit after the number in a spin box", days)
        self.untouched.setSuffix(text.replace(str(days), "", 1))

    def refresh(self) -> None:
        """Compute the list again in a worker (once more after the current run, if busy)."""
        if self._session is None:
            return
        if self._worker is not None:
            self._again = True
            return
        session = self._session
        days = self.untouched.value()
        self.busy.setVisible(True)
        self.refresh_button.setEnabled(False)
        self._worker = start_worker(
            lambda: needs_action(session, untouched_days=days), self._computed, self._failed
        )

    def _done(self) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()

    def _computed(self, result: object) -> None:
        self._done()
        if self._session is None or not isinstance(result, NeedsAction):
            return  # locked while computing: show nothing
        self.show_result(result)
        self.computed.emit()

    def _failed(self, error: BaseException) -> None:
        self._done()
        if self._session is not None:  # after locking, a failed read has nothing to say
            self.summary.setText(describe(error))

    def show_result(self, result: NeedsAction) -> None:
        """Show `result`, and say how many there are of each kind (and what is not listed)."""
        self.result = result
        self.model.show(result)
        if not result.rows:
            self.summary.setText(self.tr("Nothing needs action. Well done."))
            return
        parts = []
        for kind in ActionKind:
            total = result.totals.get(kind, 0)
            if total:
                shown = len(result.of_kind(kind))
                part = f"{kind_text(kind)}: {total}"
                if shown < total:
                    part += self.tr(" (first %1 listed)").replace("%1", str(shown))
                parts.append(part)
        self.summary.setText(" · ".join(parts))
        self.table.selectRow(0)

    def _untouched_changed(self) -> None:
        if self._session is None:
            return
        try:
            set_untouched_days(self._session, self.untouched.value())
        except Exception as exc:  # known types have a sentence in messages.py
            self.summary.setText(describe(exc))
            return
        self.refresh()

    # --- opening ---------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_row(self, row_number: int) -> None:
        """Open what the row is about: its case, or the screen where it is done."""
        row = self.model.row_at(row_number)
        if row is None:
            return
        if row.target is Target.CASE and isinstance(row.case_id, uuid.UUID):
            self.open_case.emit(str(row.case_id))
        elif row.target is not Target.CASE:
            self.open_screen.emit(row.target)

    def detach(self) -> None:
        """Forget the session and the rows (locking)."""
        self._session = None
        self.result = None
        self._again = False
        self.model.clear()
        self.summary.setText("")
