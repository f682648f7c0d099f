"""The statistics report: the dashboard's numbers as a printable page. No identities at all:
it is built from services/statistics.CaseStatistics, which holds counts and codes only."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from casevault.gui.messages import status_label
from casevault.services.statistics import CaseStatistics


def _table(heading: str, rows: list[tuple[str, int]], first_column: str) -> str:
    cases = QCoreApplication.translate("StatisticsReport", "Cases")
    body = "".join(
        f"<tr><td>{escape(label)}</td><td align='right'>{count}</td></tr>" for label, count in rows
    )
    return (
        f"<h2>{escape(heading)}</h2><table border='1' cellspacing='0' cellpadding='4'>"
        f"<tr><th align='left'>{escape(first_column)}</th><th>{escape(cases)}</th></tr>"
        f"{body}</table>"
    )


def statistics_html(statistics: CaseStatistics) -> str:
    """The report as HTML, every value escaped."""
    counts = statistics.clearance
    when = statistics.computed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    title = QCoreApplication.translate("StatisticsReport", "CaseVault statistics")
    parts = [
        f"<h1>{escape(title)}</h1>",
        "<p>"
        + escape(
            QCoreApplication.translate(
                "StatisticsReport",
                "Counted on %1. Cases in the vault: %2. Deleted cases are not counted.",
            )
        )
        .replace("%1", when)
        .replace("%2", str(statistics.total))
        + "</p>",
        "<p>"
        + escape(
            QCoreApplication.translate(
                "StatisticsReport", "This report contains no names or other personal details."
            )
        )
        + "</p>",
        _table(
            QCoreApplication.translate("StatisticsReport", "Cases by status"),
            [(status_label(status), count) for status, count in statistics.by_status],
            QCoreApplication.translate("StatisticsReport", "Status"),
        ),
        _table(
            QCoreApplication.translate("StatisticsReport", "Screening and clearance"),
            [
                (QCoreApplication.translate("StatisticsReport", "Cleared"), counts.cleared),
                (QCoreApplication.translate("StatisticsReport", "Pending"), counts.pending),
                (QCoreApplication.translate("StatisticsReport", "Blocked"), counts.blocked),
                (
                    QCoreApplication.translate("StatisticsReport", "Not screened"),
                    counts.not_screened,
                ),
            ],
            QCoreApplication.translate("StatisticsReport", "State"),
        ),
        _table(
            QCoreApplication.translate("StatisticsReport", "New cases per month"),
            list(statistics.by_month),
            QCoreApplication.translate("StatisticsReport", "Month"),
        ),
        _table(
            QCoreApplication.translate("StatisticsReport", "Cases by country"),
            [
                (code or QCoreApplication.translate("StatisticsReport", "Unknown"), count)
                for code, count in statistics.by_country
            ],
            QCoreApplication.translate("StatisticsReport", "Country"),
        ),
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"
