"""Conflicts view: concurrent edits of one field shown side by side, each side named by its
organisation and laptop (ours marked), resolved by a choice with the mouse or the keyboard;
the footer always describes the list."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.exchange_gui import add_case
from tests.support.orgs import Org, export_bytes, import_bytes
from tests.support.threads import off_the_gui_thread, record_threads

from casevault.gui.exchange.conflicts_view import ConflictsView
from casevault.services import cases as case_service
from casevault.services import conflicts as conflict_service
from casevault.services.conflicts import list_conflicts
from casevault.services.laptops import name_this_laptop

pytestmark = pytest.mark.gui


def _conflict(berlin: Org, paris: Org, field: str = "city") -> str:
    case_id = add_case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    case_service.edit_case(berlin.session, case_id, {field: "Karaganda"})
    case_service.edit_case(paris.session, case_id, {field: "Astana"})
    import_bytes(paris, export_bytes(berlin, paris))
    return case_id


def _view(qtbot, session) -> ConflictsView:  # type: ignore[no-untyped-def]
    view = ConflictsView(session)
    qtbot.addWidget(view)
    view.show()
    return view


def test_conflict_shown_side_by_side_and_resolved(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = _conflict(berlin, paris)
    view = _view(qtbot, paris.session)
    model = view.table.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Смирнов Иван"
    assert model.index(0, 1).data() == "City"
    assert view.status.text() == "1 field in conflict. Select it, then keep one of its values."
    names = sorted(b.accessibleName() for b in view.option_buttons)
    assert names == ["Keep value 1: Astana", "Keep value 2: Karaganda"] or names == [
        "Keep value 1: Karaganda",
        "Keep value 2: Astana",
    ]
    resolved: list[str] = []
    view.resolved.connect(resolved.append)
    keep = next(b for b in view.option_buttons if b.accessibleName().endswith("Karaganda"))
    with qtbot.waitSignal(view.resolved, timeout=15_000):  # written in a worker
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert resolved == [case_id]
    assert list_conflicts(paris.session) == []
    assert case_service.get_case(paris.session, case_id).fields.city == "Karaganda"
    assert model.rowCount() == 0
    assert view.status.text() == "Kept “Karaganda” for City. No conflicts."


def test_each_side_named_by_organisation_and_laptop_ours_marked(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    name_this_laptop(berlin.session, "office")  # its certificate travels in berlin's bundles
    _conflict(berlin, paris)
    view = _view(qtbot, paris.session)
    origins = {
        button.accessibleName().rsplit(": ", 1)[1]: origin.text()
        for button, origin in zip(view.option_buttons, view.option_origins, strict=True)
    }
    assert origins["Astana"].startswith("Made by paris (ours), this laptop on ")
    assert origins["Karaganda"].startswith("Made by berlin, laptop “office” on ")
    assert "(ours)" not in origins["Karaganda"]
    sides = view.table.model().index(0, 3).data()
    assert "paris (ours), this laptop" in sides
    assert "berlin, laptop “office”" in sides


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QApplication.setActiveWindow
def test_footer_matches_the_list_and_keyboard_resolves(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    view = _view(qtbot, paris.session)
    assert view.status.text() == "No conflicts."
    case_id = _conflict(berlin, paris)
    case_service.edit_case(berlin.session, case_id, {"notes": "berlin's note"})
    case_service.edit_case(paris.session, case_id, {"notes": "paris's note"})
    import_bytes(paris, export_bytes(berlin, paris))
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.table.model().rowCount() == 2
    assert view.status.text().startswith("2 fields in conflict.")  # not a stale "No conflicts."

    QApplication.setActiveWindow(view)  # offscreen: nothing activates a window by itself
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on the row: to its first value
    assert view.option_buttons[0].hasFocus()
    chosen = view.option_buttons[0].accessibleName()
    with qtbot.waitSignal(view.resolved, timeout=15_000):
        qtbot.keyClick(view.option_buttons[0], Qt.Key.Key_Space)
    assert view.table.model().rowCount() == 1
    assert "1 field in conflict." in view.status.text()
    assert view.status.text().startswith("Kept “")
    assert chosen.split(": ", 1)[1] in view.status.text()
    assert view.table.hasFocus()


def test_a_choice_is_written_in_a_worker_and_a_second_click_starts_nothing(  # type: ignore[no-untyped-def]
    qtbot, two_orgs, monkeypatch
) -> None:
    berlin, paris = two_orgs
    case_id = _conflict(berlin, paris)
    threads = record_threads(monkeypatch, conflict_service, "resolve_conflict")
    view = _view(qtbot, paris.session)
    keep = next(b for b in view.option_buttons if b.accessibleName().endswith("Astana"))
    other = next(b for b in view.option_buttons if b is not keep)
    with qtbot.waitSignal(view.resolved, timeout=15_000) as resolved:
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
        assert view.busy
        assert not keep.isEnabled()
        assert not other.isEnabled()
        assert not view.refresh_button.isEnabled()
        assert not view.resolve(0)  # a second click starts nothing
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert resolved.args == [case_id]
    assert not view.busy
    assert view.refresh_button.isEnabled()
    assert list_conflicts(paris.session) == []
    assert case_service.get_case(paris.session, case_id).fields.city == "Astana"
    assert view.status.text() == "Kept “Astana” for City. No conflicts."
