"""The "needs action" first screen: real vault, real worker, rows opened with Enter or a
double-click, the conflicts/inbox/partners rows opening their screens, and a screenshot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.needs_action_view import NeedsActionView
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.needs_action import (
    ActionKind,
    ActionRow,
    NeedsAction,
    Target,
    get_untouched_days,
)

pytestmark = pytest.mark.gui
DRAFT = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "seen"}},
    "verdict": "cleared",
    "confidence": "high",
}


def _fill(session) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    drafted = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Абрамов", given="Олег"))
    ).id
    due = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Белов", given="Иван"))
    ).id
    evaluator = eval_service.add_evaluator(session, "Evaluator A")
    eval_service.create_draft(session, drafted, evaluator.id, DRAFT)
    today = session.clock().astimezone().date()
    case_service.add_timeline_event(
        session, due, today + dt.timedelta(days=9), "Kazakh residence permit expires"
    )
    return str(drafted), str(due)


def _view(qtbot, session) -> NeedsActionView:  # type: ignore[no-untyped-def]
    view = NeedsActionView(session)
    qtbot.addWidget(view)
    view.resize(1000, 420)
    view.show()
    with qtbot.waitSignal(view.computed, timeout=15_000):
        view.refresh()
    return view


def _texts(view: NeedsActionView) -> list[list[str]]:
    model = view.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_rows_say_what_to_do_and_enter_opens_the_case(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    drafted, due = _fill(session)
    view = _view(qtbot, session)
    rows = _texts(view)
    assert [r[:2] for r in rows] == [
        ["Deadline coming up", "Белов Иван"],
        ["Evaluation still a draft", "Абрамов Олег"],
    ]
    assert rows[0][2] == "Note: Kazakh residence permit expires"
    assert rows[0][3].endswith("(in 9 days)")
    assert "Deadline coming up: 1" in view.summary.text()
    tooltip = view.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == rows[0][2]  # the full text, wherever the column cuts it
    opened: list[str] = []
    view.open_case.connect(opened.append)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [drafted]
    rect = view.table.visualRect(view.model.index(0, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [drafted, due]


def test_rows_about_exchange_open_their_screens(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    assert view.summary.text() == "Nothing needs action. Well done."
    rows = (
        ActionRow(ActionKind.INBOX_WAITING, partner_name="Paris", file_name="b.cvb"),
        ActionRow(ActionKind.PARTNER_KEYS_CHANGED, partner_id="p", partner_name="Paris"),
    )
    view.show_result(NeedsAction(rows, {ActionKind.INBOX_WAITING: 1}))
    screens: list[object] = []
    view.open_screen.connect(screens.append)
    view.open_row(0)
    view.open_row(1)
    assert screens == [Target.INBOX, Target.PARTNERS]


def test_changing_the_untouched_time_is_kept_and_recomputes(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Old")))
    view = _view(qtbot, session)
    assert view.model.rowCount() == 0
    later = session.clock() + dt.timedelta(days=10)
    session.clock = lambda: later
    view.untouched.setValue(7)
    with qtbot.waitSignal(view.computed, timeout=15_000):
        view.untouched.editingFinished.emit()
    assert get_untouched_days(session) == 7
    assert _texts(view)[0][:3] == ["Not touched for a while", "Old", "No change for 10 days."]


def test_first_screen_after_unlock_is_needs_action(qtbot, unlocked_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = unlocked_window.workspace
    assert workspace.tabs.currentWidget() is workspace.needs_action
    assert workspace.tabs.tabText(0) == "Needs action"
    qtbot.waitUntil(lambda: workspace.needs_action.result is not None, timeout=15_000)
    row = ActionRow(ActionKind.CONFLICT, fields=("city",))
    workspace.needs_action.show_result(NeedsAction((row,), {ActionKind.CONFLICT: 1}))
    workspace.needs_action.open_row(0)
    exchange = workspace.exchange
    assert workspace.tabs.currentWidget() is exchange
    assert exchange.sections.currentWidget() is exchange.conflicts
    shot = tmp_path / "needs-action.png"
    assert workspace.needs_action.grab().save(str(shot))
    assert not QImage(str(shot)).isNull()


def test_the_days_unit_agrees_with_the_number(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.untouched.setValue(1)
    assert view.untouched.text() == "1 day"
    view.untouched.setValue(21)
    assert view.untouched.text() == "21 days"
