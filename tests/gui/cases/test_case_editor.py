"""The case editor: create and edit through the form, field-level errors, timeline, guard."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casevault.gui.cases.case_editor import CaseEditor
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, session):  # type: ignore[no-untyped-def]
    dialog = CaseEditor(session)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.force_close())
    dialog.show()
    yield dialog
    dialog.force_close()  # never leave a modal "unsaved changes" question behind


def test_create_case_with_cyrillic_and_latin_names(qtbot, editor, session, typist) -> None:  # type: ignore[no-untyped-def]
    inputs = editor.form.inputs
    typist(inputs["name_cyrillic.surname"], "Чувиляев")
    typist(inputs["name_cyrillic.given"], "Ёжик")
    qtbot.keyClicks(inputs["name_latin.surname"], "Chuviliaev")
    qtbot.keyClicks(inputs["date_of_birth"], "1990-05-01")
    qtbot.keyClicks(inputs["country"], "kz")
    qtbot.keyClicks(inputs["tags"], "Urgent, needs lawyer")
    assert editor.windowTitle().startswith("* ")
    editor.activateWindow()
    qtbot.waitActive(editor)
    with qtbot.waitSignal(editor.saved) as blocker:
        qtbot.keyClick(inputs["tags"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = case_service.get_case(session, blocker.args[0]).fields
    assert stored.name_cyrillic.surname == "Чувиляев"
    assert stored.name_cyrillic.given == "Ёжик"
    assert stored.name_latin.surname == "Chuviliaev"
    assert stored.country == "KZ"
    assert stored.tags == ["urgent", "needs lawyer"]
    assert str(stored.date_of_birth) == "1990-05-01"
    assert editor.windowTitle() == "Case: Чувиляев Ёжик"
    assert editor.timeline.add_button.isEnabled()


def test_invalid_value_is_shown_next_to_its_field(qtbot, editor, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.form.inputs["name_latin.surname"], "Belov")
    qtbot.keyClicks(editor.form.inputs["country"], "Narnia")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.visible_errors() == {
        "country": "Choose a country from the list, or type its two-letter code (e.g. KZ)."
    }
    assert editor.form.errors["country"].accessibleName() == "Problem: Country now"
    assert editor.problem.text() == "Not saved: correct the marked field."
    assert case_service.count_cases(session) == 0
    editor.form.inputs["country"].clear()
    qtbot.keyClicks(editor.form.inputs["date_of_birth"], "1990-13-45")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.visible_errors() == {
        "date_of_birth": "Not a valid date: type it like the grey example, or use the calendar."
    }


def test_edit_stored_case_and_add_timeline_event(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from casevault.domain.case import CaseFields, PersonName

    case = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Abramov")))
    editor = CaseEditor(session, case.id)
    qtbot.addWidget(editor, before_close_func=lambda e: e.force_close())
    editor.show()
    status = editor.form.inputs["status"]
    from casevault.gui.cases.status_choices import offered

    assert offered(status) == ["intake", "screening", "closed"]  # only what the workflow allows
    qtbot.keyClicks(editor.form.inputs["city"], "Yerevan")
    status.setCurrentIndex(status.findData("screening"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = case_service.get_case(session, case.id).fields
    assert (stored.city, stored.status.value) == ("Yerevan", "screening")

    timeline = editor.timeline
    timeline.date.clear()
    qtbot.keyClicks(timeline.date, "2025-03-31")
    qtbot.keyClicks(timeline.text, "Crossed into Armenia")
    qtbot.mouseClick(timeline.add_button, Qt.MouseButton.LeftButton)
    assert timeline.events.count() == 1
    assert "Crossed into Armenia" in timeline.events.item(0).text()
    assert [e.text for e in case_service.list_timeline(session, case.id)] == [
        "Crossed into Armenia"
    ]


def test_unsaved_changes_guard(qtbot, editor, session) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.form.inputs["name_latin.surname"], "Gromov")

    def answer(button: QMessageBox.StandardButton) -> None:
        qtbot.waitUntil(lambda: editor.guard is not None and editor.guard.isVisible())
        assert editor.guard.text() == "This case has changes that are not saved."
        qtbot.mouseClick(editor.guard.button(button), Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    editor.close()
    assert editor.isVisible()
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Save))
    editor.close()
    assert not editor.isVisible()
    assert case_service.count_cases(session) == 1


def test_undo_last_save_is_a_new_edit(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from casevault.domain.case import CaseFields, PersonName
    from casevault.services.audit_log import list_audit_entries

    case = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Abramov"), city="Almaty")
    )
    editor = CaseEditor(session, case.id)
    qtbot.addWidget(editor, before_close_func=lambda e: e.force_close())
    editor.show()
    assert not editor.undo_button.isEnabled()
    editor.form.inputs["city"].clear()
    qtbot.keyClicks(editor.form.inputs["city"], "Yerevan")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert case_service.get_case(session, case.id).fields.city == "Yerevan"
    assert editor.undo_button.accessibleName() == "Undo last save"
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert case_service.get_case(session, case.id).fields.city == "Almaty"
    assert editor.form.inputs["city"].text() == "Almaty"
    assert not editor.undo_button.isEnabled()
    actions = [e.action for e in list_audit_entries(session, record_id=str(case.id))]
    assert actions == ["case.edit", "case.edit", "case.create"]  # nothing rewritten
