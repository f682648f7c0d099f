"""The desktop app's first screen: time from an open session to a case list showing rows.

Measured on the same vault as the storage rows, offscreen, with the real CaseListView (lazy
model: one count and one page). Baseline: the bare `list_cases` service call of the same page,
so the ratio is the cost of the Qt model and view. Skipped if PySide6 is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import time

from benchmarks.report import Report, Row, ms
from benchmarks.storage import Built
from casevault.services import cases as case_service


def run(report: Report, built: Built) -> None:
    """Add the first-screen row for this size (goal: under a second)."""
    if importlib.util.find_spec("PySide6") is None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from casevault.gui.cases.case_list_view import CaseListView

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    case_service.list_cases(built.session, limit=100)
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    view = CaseListView(built.session)
    view.resize(1100, 700)
    view.show()
    while view.model.rowCount() == 0:
        app.processEvents()
    app.processEvents()
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.processEvents()
    report.add(
        Row(
            f"desktop app: first screen of the case list at {built.count:,}",
            ms(elapsed),
            f"list_cases {ms(baseline)}",
            elapsed / baseline if baseline else None,
            "< 1 s",
            elapsed < 1.0,
        )
    )
