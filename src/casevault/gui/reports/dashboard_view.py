"""The dashboard: charts of case counts by status, by month and by country, and clearance.

Numbers only (services/statistics.py carries no identities). Counting runs in a worker, so a
big vault never freezes the window; the Refresh button and opening the tab start it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.bar_chart import BarChart  # painted, not QtCharts (docs/dependencies.md)
from casevault.gui.kit.colours import CHART_CLEARANCE, CHART_COUNTRY, CHART_MONTH, CHART_STATUS
from casevault.gui.kit.printing import print_html, print_warning
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe, status_label
from casevault.gui.reports.report_pdf import ask_pdf_path, render_pdf, save_pdf
from casevault.gui.reports.statistics_report import statistics_html
from casevault.services.session import Session
from casevault.services.statistics import CaseStatistics, compute_statistics

MAX_COUNTRIES = 7  # the rest are summed as "Other" so the bars stay readable


def _month_year(month: str) -> str:
    """ "2026-03" as "03/2026"."""
    return f"{month[5:7]}/{month[:4]}"


class DashboardView(QWidget):
    """Four charts, a summary line, Refresh, and the statistics report."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._worker: Worker | None = None
        self.statistics: CaseStatistics | None = None
        self.setAccessibleName(self.tr("Dashboard"))
        intro = QLabel(
            self.tr(
                "Counts of cases in this vault. Deleted cases are not counted. "
                "No names or other personal details are shown here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Counting"))
        self.busy.setVisible(False)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh dashboard"))
        self.report_button = QPushButton(self.tr("Statistics &report (PDF)…"), self)
        self.report_button.setAccessibleName(self.tr("Save a statistics report as PDF"))
        self.report_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("&Print report…"), self)
        self.print_button.setAccessibleName(self.tr("Print a statistics report"))
        self.print_button.setEnabled(False)
        self.status_chart = BarChart(self.tr("Cases by status"), CHART_STATUS, self)
        self.month_chart = BarChart(self.tr("New cases per month"), CHART_MONTH, self)
        self.clearance_chart = BarChart(self.tr("Screening and clearance"), CHART_CLEARANCE, self)
        self.country_chart = BarChart(self.tr("Cases by country"), CHART_COUNTRY, self)
        grid = QGridLayout()
        grid.addWidget(self.status_chart, 0, 0)
        grid.addWidget(self.clearance_chart, 0, 1)
        grid.addWidget(self.month_chart, 1, 0)
        grid.addWidget(self.country_chart, 1, 1)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.report_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addLayout(grid, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(lambda: self.save_report())
        self.print_button.clicked.connect(lambda: self.print_report())

    # --- counting --------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again in a worker."""
        if self._worker is not None or self._session is None:
            return
        session = self._session
        self.busy.setVisible(True)
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Counting…"))
        self._worker = start_worker(
            lambda: compute_statistics(session), self._counted, self._failed
        )

    def _done(self) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.refresh_button.setEnabled(True)

    def _counted(self, statistics: Any) -> None:
        self._done()
        if self._session is None:
            return  # locked while counting: show nothing
        self.show_statistics(statistics)

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.summary.setText(describe(error))

    def show_statistics(self, statistics: CaseStatistics) -> None:
        """Draw the charts for `statistics`."""
        self.statistics = statistics
        self.report_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.summary.setText(self.tr("%n case(s) in the vault.", "", statistics.total))
        self.status_chart.show_counts(
            [(status_label(status), count) for status, count in statistics.by_status],
            self.tr("Number of cases in each status."),
            horizontal=True,
        )
        self.month_chart.show_counts(
            [(month[5:7], count) for month, count in statistics.by_month],
            self.tr("Cases created in each of the last 12 months."),
            axis_title=self.tr("Month, %1 to %2")
            .replace("%1", _month_year(statistics.by_month[0][0]))
            .replace("%2", _month_year(statistics.by_month[-1][0])),
        )
        counts = statistics.clearance
        self.clearance_chart.show_counts(
            [
                (self.tr("Cleared"), counts.cleared),
                (self.tr("Pending"), counts.pending),
                (self.tr("Blocked"), counts.blocked),
                (self.tr("Not screened"), counts.not_screened),
            ],
            self.tr(
                "Cleared: enough independent signed evaluations, all positive. Blocked: a "
                "signed “not cleared”. Pending: screening under way. Not screened: no signed "
                "evaluation yet."
            ),
            horizontal=True,
        )
        self.country_chart.show_counts(
            self._countries(statistics), self.tr("Number of cases in each current country.")
        )

    def _countries(self, statistics: CaseStatistics) -> list[tuple[str, int]]:
        shown = [
            (code or self.tr("Unknown"), count)
            for code, count in statistics.by_country[:MAX_COUNTRIES]
        ]
        rest = sum(count for _, count in statistics.by_country[MAX_COUNTRIES:])
        if rest:
            shown.append((self.tr("Other"), rest))
        return shown

    # --- report ----------------------------------------------------------------------
    def save_report(self, path: Path | None = None) -> Path | None:
        """Write the statistics report as PDF to `path`, or to a path the user picks (after
        the plaintext warning). Returns the path written, or None if cancelled."""
        if self.statistics is None:
            return None
        if path is None:
            path = ask_pdf_path(self, self.tr("statistics.pdf"))
            if path is None:
                return None
        try:
            save_pdf(path, render_pdf(statistics_html(self.statistics)))
        except OSError:
            self.summary.setText(self.tr("Could not write the PDF there. Choose another place."))
            return None
        self.summary.setText(self.tr("Report saved."))
        return path

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the statistics report (the printer dialog, unless `printer` is given)."""
        if self.statistics is None:
            return False
        printed = print_html(self, statistics_html(self.statistics), self.tr("Statistics"), printer)
        if printed:
            self.summary.setText(print_warning())
        return printed

    def detach(self) -> None:
        """Forget the session and the numbers (locking)."""
        self._session = None
        self.statistics = None
        for chart in (
            self.status_chart,
            self.month_chart,
            self.clearance_chart,
            self.country_chart,
        ):
            chart.clear()
