"""Conflicts view: concurrent edits of one field shown side by side, resolved by a choice."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case
from tests.support.orgs import export_bytes, import_bytes

from casevault.gui.conflicts_view import ConflictsView
from casevault.services import cases as case_service
from casevault.services.conflicts import list_conflicts

pytestmark = pytest.mark.gui


def test_conflict_shown_side_by_side_and_resolved(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    case_service.edit_case(berlin.session, case_id, {"city": "Karaganda"})
    case_service.edit_case(paris.session, case_id, {"city": "Astana"})
    import_bytes(paris, export_bytes(berlin, paris))

    view = ConflictsView(paris.session)
    qtbot.addWidget(view)
    view.show()
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Смирнов Иван"
    assert view.table.item(0, 1).text() == "City"
    names = sorted(b.accessibleName() for b in view.option_buttons)
    assert names == ["Keep value 1: Astana", "Keep value 2: Karaganda"] or names == [
        "Keep value 1: Karaganda",
        "Keep value 2: Astana",
    ]
    resolved: list[str] = []
    view.resolved.connect(resolved.append)
    keep = next(b for b in view.option_buttons if b.accessibleName().endswith("Karaganda"))
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert resolved == [case_id]
    assert list_conflicts(paris.session) == []
    assert case_service.get_case(paris.session, case_id).fields.city == "Karaganda"
    assert view.table.rowCount() == 0
    assert view.status.text() == "Kept “Karaganda” for City."
