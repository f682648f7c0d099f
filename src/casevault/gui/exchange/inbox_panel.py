"""The "Inbox" section of the exchange tab: the pick-up pass on unlock and on a timer while the
vault is open, "Check inbox now", and the bundles that wait for a person.

Each pass (services/inbox.py) runs in a worker, one at a time; the timer stops when the vault
locks (`stop`). A waiting bundle is reviewed in the ordinary import wizard, opened on its file:
the person sees exactly the preview a manual import shows. Once it is applied, the next pass
files it in processed/. "Reject" moves it to refused/ and changes nothing in the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.exchange.import_wizard import ImportWizard
from casevault.gui.exchange.transport_text import refusal_text, wait_text
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.kit.row_table_model import Column, RowTableModel
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services import inbox
from casevault.services.errors import ServiceError
from casevault.services.inbox import PassReport, Sightings, WaitingBundle
from casevault.services.session import Session

PASS_INTERVAL_MS = 60_000  # a pass a minute while the vault is open


class InboxPanel(QWidget):
    """Waiting bundles and the pick-up pass. Emits `waiting_changed(count)` after each refresh
    and `cases_changed` after a pass that applied something."""

    waiting_changed = Signal(int)
    cases_changed = Signal()
    pass_finished = Signal(object)  # the PassReport (tests and the status line)

    def __init__(
        self,
        session: Session,
        start_import: Callable[[], ImportWizard],
        parent: QWidget | None = None,
        interval_ms: int = PASS_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._start_import = start_import
        self._sightings = Sightings()
        self.worker: Worker | None = None
        self.waiting: list[WaitingBundle] = []
        self.setAccessibleName(self.tr("Inbox"))
        intro = QLabel(
            self.tr(
                "Bundles picked up from the inbox folders that wait for you. Set a partner's "
                "folders with Transport folders… in the partner list."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RowTableModel[WaitingBundle](
            [
                Column(lambda: self.tr("From"), lambda waiting: waiting.peer_name),
                Column(
                    lambda: self.tr("Arrived"),
                    lambda waiting: waiting.seen_at[:16].replace("T", " "),
                ),
                Column(lambda: self.tr("Why it waits"), lambda waiting: wait_text(waiting.reasons)),
            ]
        )
        self.table = RecordTableView(self.model, self, stretch=2)
        self.table.setAccessibleName(self.tr("Bundles waiting"))
        self.check_button = QPushButton(self.tr("&Check inbox now"), self)
        self.check_button.setAccessibleName(self.tr("Check the inbox folders now"))
        self.review_button = QPushButton(self.tr("&Review…"), self)
        self.review_button.setAccessibleName(self.tr("Review the selected bundle"))
        self.reject_button = QPushButton(self.tr("Re&ject…"), self)
        self.reject_button.setAccessibleName(self.tr("Reject the selected bundle"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Inbox status message"))
        buttons = QHBoxLayout()
        for button in (self.check_button, self.review_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.check_button.clicked.connect(self.check_now)
        self.review_button.clicked.connect(self.review_selected)
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.review_selected())
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.refresh()

    # --- the pass ----------------------------------------------------------------------
    def start(self) -> None:
        """On unlock: a first pass now, then one on every tick of the timer."""
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        """On lock: no further pass (a running one finishes in its own transaction)."""
        self.timer.stop()

    def check_now(self) -> None:
        """Run one pick-up pass in a worker (ignored while one runs)."""
        if self.worker is not None:
            return
        self.check_button.setEnabled(False)
        self.worker = start_worker(
            lambda: inbox.run_pass(self._session, self._sightings),
            self._pass_done,
            self._pass_failed,
        )

    def _pass_done(self, report: PassReport) -> None:
        self.worker = None
        self.check_button.setEnabled(True)
        self.status.setText(self._summary(report))
        self.refresh()
        if any(f.result is not None for f in report.files):
            self.cases_changed.emit()
        self.pass_finished.emit(report)

    def _pass_failed(self, error: BaseException) -> None:
        self.worker = None
        self.check_button.setEnabled(True)
        self.status.setText(describe(error))

    def _summary(self, report: PassReport) -> str:
        lines = []
        for item in report.files:
            if item.result is not None:
                lines.append(
                    self.tr("%1: imported (%2 new cases, %3 changed).")
                    .replace("%1", item.file_name)
                    .replace("%2", str(item.result.new_cases))
                    .replace("%3", str(item.result.changed_cases))
                )
            elif item.refusal is not None:
                lines.append(
                    self.tr("%1: refused and moved to the refused folder: %2.")
                    .replace("%1", item.file_name)
                    .replace("%2", refusal_text(item.refusal))
                )
        for failure in report.send_failures:
            lines.append(self.tr("Could not send: %1").replace("%1", describe(failure.error)))
        if report.missing_inboxes:
            lines.append(self.tr("An inbox folder cannot be reached now (not connected?)."))
        return "\n".join(lines) or self.tr("Inbox checked: nothing new.")

    # --- waiting bundles ----------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the bundles waiting (those imported meanwhile are filed away first)."""
        self.waiting = inbox.list_waiting(self._session)
        self.model.set_rows(self.waiting)
        self._selection_changed()
        self.waiting_changed.emit(len(self.waiting))

    def selected(self) -> WaitingBundle | None:
        """The waiting bundle selected in the table."""
        row = self.table.selected_row()
        return None if row is None else self.model.record(row)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.review_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def review_selected(self) -> ImportWizard | None:
        """Open the import wizard on the selected bundle's file."""
        waiting = self.selected()
        if waiting is None:
            return None
        wizard = self._start_import()
        wizard.source_page.from_file.setChecked(True)
        wizard.source_page.path.setText(str(waiting.path))
        wizard.imported.connect(lambda _result: self.refresh())
        return wizard

    def reject_selected(self, confirmed: bool = False) -> None:
        """Move the selected bundle to refused/ without importing it (asks first)."""
        waiting = self.selected()
        if waiting is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Reject this bundle?"),
                self.tr(
                    "The bundle from %1 is moved to the refused folder; nothing is imported."
                ).replace("%1", waiting.peer_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            inbox.finish_waiting(self._session, waiting, applied=False)
        except ServiceError as exc:
            self.status.setText(describe(exc))
        self.refresh()
