"""The case list: debounced search, filters, lazy paging on scroll, header sort, delete/undo."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt

from casevault.domain.case import CaseFields, CaseStatus, PersonName, Risk
from casevault.gui.cases.case_list_view import CaseListView
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def _add(session, surname: str, **extra) -> None:  # type: ignore[no-untyped-def]
    case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname=surname, given="Ivan"), **extra)
    )


def _names(view: CaseListView) -> list[str]:
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


@pytest.fixture
def view(qtbot, session):  # type: ignore[no-untyped-def]
    _add(session, "Chuviliaev", status=CaseStatus.SCREENING, country="KZ", tags=["urgent"])
    _add(session, "Belov", status=CaseStatus.INTAKE, country="AM", risk=Risk.CRITICAL)
    _add(session, "Abramov", status=CaseStatus.INTAKE, country="KZ", notes="met in Almaty")
    widget = CaseListView(session)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def test_search_is_debounced_and_filters(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.search, "chuvil")
    assert len(_names(view)) == 3  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: _names(view) == ["Chuviliaev Ivan"])
    assert view.status_filter.isEnabled()  # search and filters combine
    view.search.clear()
    qtbot.keyClicks(view.search, "almaty")
    qtbot.waitUntil(lambda: _names(view) == ["Abramov Ivan"])
    view.search.clear()
    qtbot.waitUntil(lambda: len(_names(view)) == 3)
    assert view.search.accessibleName() == "Search cases"


def test_filters_status_risk_country_tag(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.status_filter.setCurrentIndex(view.status_filter.findData("intake"))
    assert _names(view) == ["Abramov Ivan", "Belov Ivan"]
    view.risk_filter.setCurrentIndex(view.risk_filter.findData("critical"))
    assert _names(view) == ["Belov Ivan"]
    view.risk_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.country_filter, "kz")
    assert _names(view) == ["Abramov Ivan"]
    view.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.tag_filter, "urgent")
    qtbot.keyClick(view.tag_filter, Qt.Key.Key_Return)
    assert _names(view) == ["Chuviliaev Ivan"]
    assert view.count_label.text() == "1 case"


def test_header_click_sorts_by_risk(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.model.sort_key == "risk"
    assert _names(view)[0] == "Belov Ivan"


def test_lazy_paging_fetches_more_only_on_scroll(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    for number in range(250):
        _add(session, f"Surname{number:03d}")
    view = CaseListView(session)
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.total == 250
    assert view.model.rowCount() == 100
    assert view.model.pages_fetched == 1
    assert view.count_label.text() == "Showing 1–100 of 250"
    assert view.more_button.isVisible()
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert view.model.rowCount() == 100
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.model.rowCount() == 200)
    assert view.model.pages_fetched == 2


def test_delete_then_undo(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.table.selectRow(1)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["Abramov Ivan", "Chuviliaev Ivan"]
    assert view.undo_bar.isVisible()
    assert view.undo_label.text() == "Deleted: Belov Ivan"
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["Abramov Ivan", "Belov Ivan", "Chuviliaev Ivan"]
    assert not view.undo_bar.isVisible()
    assert view.selected_id() == view.model.case_id(1)


def test_clearance_filter(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from casevault.domain.case import CaseFields, PersonName
    from casevault.gui.cases.case_list_view import CaseListView
    from casevault.services import evaluations as ev

    screened = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Orlov")))
    case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Popov")))
    for name in ("A", "B"):
        person = ev.add_evaluator(session, name)
        draft = ev.create_draft(
            session, screened.id, person.id,
            {"date": "2026-01-02", "methods": ["interview"], "verdict": "cleared",
             "confidence": "high",
             "checklist": {"civilian_harm": {"state": "checked", "note": ""}}},
        )  # fmt: skip
        ev.finalise_evaluation(session, draft.evaluation.id)
    view = CaseListView(session)
    qtbot.addWidget(view)
    combo = view.clearance_filter
    assert combo.accessibleName() == "Clearance filter"
    combo.setCurrentIndex(combo.findData("cleared"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.total == 1
    combo.setCurrentIndex(combo.findData("not_screened"))
    qtbot.waitUntil(lambda: view.model.total == 1 and view.model.case_id(0) != screened.id)


def test_search_combines_with_every_filter(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.search.setText("ivan")
    qtbot.waitUntil(lambda: view.model.searching)
    assert len(_names(view)) == 3
    view.status_filter.setCurrentIndex(view.status_filter.findData("intake"))
    assert sorted(_names(view)) == ["Abramov Ivan", "Belov Ivan"]
    qtbot.keyClicks(view.country_filter, "kz")
    assert _names(view) == ["Abramov Ivan"]
    assert view.model.searching
    assert view.count_label.text() == "Matches: 1, best first"
    assert not view.more_button.isVisible()


def test_ranked_results_show_no_sort_arrow(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    view.search.setText("almaty")
    qtbot.waitUntil(lambda: _names(view) == ["Abramov Ivan"])
    assert not header.isSortIndicatorShown()
    view.model.sort(2)  # a header click while ranked changes nothing
    assert view.model.sort_key == "name"
    view.search.clear()
    qtbot.waitUntil(lambda: header.isSortIndicatorShown())


def test_an_empty_result_says_so_and_offers_to_clear(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert not view.empty_bar.isVisible()
    view.search.setText("almaty")
    qtbot.waitUntil(lambda: _names(view) == ["Abramov Ivan"])
    view.risk_filter.setCurrentIndex(view.risk_filter.findData("critical"))
    assert _names(view) == []
    assert view.empty_bar.isVisible()
    assert view.empty_label.text() == "No case matches “almaty” with these filters."
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert len(_names(view)) == 3
    assert not view.empty_bar.isVisible()
    assert (view.search.text(), view.risk_filter.currentData()) == ("", None)
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert view.empty_label.text() == "No case matches these filters."


def test_show_more_loads_the_next_page(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    for number in range(150):
        _add(session, f"Surname{number:03d}")
    view = CaseListView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.count_label.text() == "Showing 1–100 of 150"
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 150
    assert view.count_label.text() == "150 cases"
    assert not view.more_button.isVisible()


def test_clearance_column_for_every_row(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from casevault.gui.cases.case_table_model import COLUMNS
    from casevault.services import evaluations as ev

    once = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Aa"))).id
    _add(session, "Bb")
    person = ev.add_evaluator(session, "A")
    draft = ev.create_draft(
        session, once, person.id,
        {"date": "2026-01-02", "methods": ["interview"], "verdict": "not_cleared",
         "confidence": "high", "checklist": {"civilian_harm": {"state": "checked", "note": ""}}},
    )  # fmt: skip
    ev.finalise_evaluation(session, draft.evaluation.id)
    view = CaseListView(session)
    qtbot.addWidget(view)
    column = COLUMNS.index("clearance")
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Clearance"
    cells = [view.model.index(row, column).data() for row in range(2)]
    assert cells == ["Not cleared", "Not screened yet"]
