"""The dashboard counts in a worker, charts the numbers, and saves a report without names."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.domain.case import CaseFields, CaseStatus, PersonName
from casevault.gui.reports.dashboard_view import DashboardView
from casevault.gui.reports.statistics_report import statistics_html
from casevault.services import cases as case_service
from casevault.services.statistics import compute_statistics

pytestmark = pytest.mark.gui
CANARY = "Canaryname"


def _fill(session) -> None:  # type: ignore[no-untyped-def]
    for status, country in (
        (CaseStatus.INTAKE, "KZ"),
        (CaseStatus.INTAKE, "AM"),
        (CaseStatus.ARRIVED, "KZ"),
    ):
        case_service.create_case(
            session,
            CaseFields(name_latin=PersonName(surname=CANARY), status=status, country=country),
        )


def test_refresh_charts_the_counts(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    _fill(session)
    view = DashboardView(session)
    qtbot.addWidget(view)
    view.show()
    assert not view.report_button.isEnabled()
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.statistics is not None and view.refresh_button.isEnabled())
    assert view.summary.text() == "3 cases in the vault."
    status = dict(view.status_chart.values)
    assert (status["Intake"], status["Arrived"], status["Closed"]) == (2, 1, 0)
    assert view.country_chart.values == [("KZ", 2), ("AM", 1)]
    assert view.clearance_chart.values[-1] == ("Not screened", 3)
    assert len(view.month_chart.values) == 12
    assert view.month_chart.values[-1][0] == session.clock().strftime("%m")
    assert view.month_chart.values[-1][1] == 3
    assert view.status_chart.accessibleName() == "Cases by status"
    assert view.report_button.isEnabled()


def test_opening_the_tab_refreshes(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    workspace = unlocked_window.workspace
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    qtbot.waitUntil(lambda: workspace.dashboard.statistics is not None)
    assert workspace.dashboard.statistics.total == 3
    unlocked_window.lock()
    assert workspace.dashboard.statistics is None


def test_statistics_report_has_no_names(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(session)
    view = DashboardView(session)
    qtbot.addWidget(view)
    view.show_statistics(compute_statistics(session))
    html = statistics_html(view.statistics)
    assert CANARY not in html
    assert "KZ" in html
    target = tmp_path / "stats.pdf"
    assert view.save_report(target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert view.summary.text() == "Report saved."
