"""The statistics report: the dashboard's numbers as a printable page. No identities at all:
it is built from services/statistics.CaseStatistics, which holds counts and codes only."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from casevault.gui.messages import status_label
from casevault.services.statistics import CaseStatistics


def _t(text: str) -> str:
    return QCoreApplication.translate("StatisticsReport", text)


def _table(heading: str, rows: list[tuple[str, int]], first_column: str) -> str:
    body = "".join(
        f"<tr><td>{escape(label)}</td><td align='right'>{count}</td></tr>" for label, count in rows
    )
    return (
        f"<h2>{escape(heading)}</h2><table border='1' cellspacing='0' cellpadding='4'>"
        f"<tr><th align='left'>{escape(first_column)}</th><th>{escape(_t('Cases'))}</th></tr>"
        f"{body}</table>"
    )


def statistics_html(statistics: CaseStatistics) -> str:
    """The report as HTML, every value escaped."""
    counts = statistics.clearance
    when = statistics.computed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    parts = [
        f"<h1>{escape(_t('CaseVault statistics'))}</h1>",
        "<p>"
        + escape(_t("Counted on %1. Cases in the vault: %2. Deleted cases are not counted."))
        .replace("%1", when)
        .replace("%2", str(statistics.total))
        + "</p>",
        "<p>" + escape(_t("This report contains no names or other personal details.")) + "</p>",
        _table(
            _t("Cases by status"),
            [(status_label(status), count) for status, count in statistics.by_status],
            _t("Status"),
        ),
        _table(
            _t("Screening and clearance"),
            [
                (_t("Cleared"), counts.cleared),
                (_t("Pending"), counts.pending),
                (_t("Blocked"), counts.blocked),
                (_t("Not screened"), counts.not_screened),
            ],
            _t("State"),
        ),
        _table(_t("New cases per month"), list(statistics.by_month), _t("Month")),
        _table(
            _t("Cases by country"),
            [(code or _t("Unknown"), count) for code, count in statistics.by_country],
            _t("Country"),
        ),
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"
