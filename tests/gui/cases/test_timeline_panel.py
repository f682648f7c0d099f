"""The timeline panel: typed asylum steps with their own widgets, stored in canonical form."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.timeline_panel import TimelinePanel
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def _pick(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_a_caseworker_records_a_summons_and_a_crossing_with_their_details(  # type: ignore[no-untyped-def]
    qtbot, session
) -> None:
    case = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Ivanov")))
    panel = TimelinePanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(case.id)

    _pick(panel.kind, "summons")
    assert panel.channel.isVisible()
    assert panel.delivered.isVisible()
    assert not panel.from_country.isVisible()
    _pick(panel.channel, "register")
    panel.date.setText("2025-03-01")
    panel.delivered.setText("03/05/2025")
    qtbot.keyClicks(panel.text, "Summons in the register")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == "The date must look like 2025-03-31."
    panel.delivered.clear()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == ""

    _pick(panel.kind, "crossing")
    assert panel.from_country.isVisible()
    assert not panel.channel.isVisible()
    panel.date.setText("2025-03-04")
    panel.from_country.setText("Ru")
    panel.to_country.setText("G1")
    qtbot.keyClicks(panel.text, "Upper Lars")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "two-letter country code" in panel.error.text()
    panel.to_country.setText("ge")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == ""

    _pick(panel.kind, "departure")
    assert not panel.channel.isVisible()
    assert not panel.from_country.isVisible()

    stored = case_service.list_timeline(session, case.id)
    assert [e.kind for e in stored] == ["summons;channel=register", "crossing;from=RU;to=GE"]
    shown = [panel.events.item(row).text() for row in range(panel.events.count())]
    assert shown == [
        "2025-03-01  [Summons: Gosuslugi register, delivered 2025-03-08]  Summons in the register",
        "2025-03-04  [Border crossing: RU → GE]  Upper Lars",
    ]


def test_old_and_unknown_kinds_are_shown_as_they_are(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    case = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Petrov")))
    case_service.add_timeline_event(session, case.id, dt.date(2024, 1, 2), "Called", "call")
    # What a newer partner might send: a channel this version does not know.
    case_service.add_timeline_event(session, case.id, dt.date(2024, 1, 3), "New", "pigeon post")
    panel = TimelinePanel(session)
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    shown = [panel.events.item(row).text() for row in range(panel.events.count())]
    assert shown == ["2024-01-02  [Call]  Called", "2024-01-03  [pigeon post]  New"]
