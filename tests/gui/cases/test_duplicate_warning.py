"""A new case that may be the same man: the warning on save (names in both scripts, reasons,
full text as tooltip), link, merge with a preview of what the kept case gains, and unmerge."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.cases.merge_dialog import MergeDialog
from casevault.services import cases as case_service
from casevault.services import duplicates
from casevault.services.case_merge import merged_into

pytestmark = pytest.mark.gui


def _new_belov(qtbot, window, typist):  # type: ignore[no-untyped-def]
    editor = window.workspace.new_case()
    typist(editor.form.inputs["name_cyrillic.surname"], "Белов")
    typist(editor.form.inputs["name_cyrillic.given"], "Иван")
    qtbot.keyClicks(editor.form.inputs["city"], "Tbilisi")
    with qtbot.waitSignal(editor.new_case_saved):
        assert editor.save()
    return editor


def _belov_id(session):  # type: ignore[no-untyped-def]
    return next(
        s.id for s in case_service.list_cases(session) if s.display_name.startswith("Белов")
    )


def test_saving_a_possible_duplicate_warns_then_merge_and_unmerge(
    qtbot, unlocked_window, typist
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    existing = _belov_id(session)
    editor = _new_belov(qtbot, window, typist)
    warning = window.workspace.duplicate_warning
    assert warning is not None
    assert warning.isVisible()
    item = warning.list.item(0)
    assert item.text().startswith("Possibly the same man as Белов Иван / Belov Ivan (case ")
    assert "same name" in item.text()
    assert "date of birth missing on one of them" in item.text()
    assert item.toolTip() == item.text()  # the full sentence, even when the row is elided

    merge = warning.merge()
    assert isinstance(merge, MergeDialog)
    assert merge.kept.id == existing  # the existing case is kept, the new one absorbed
    assert "City: Tbilisi" in merge.gains.toPlainText()
    assert case_service.get_case(session, existing).fields.city == ""  # nothing before "Merge"
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor not in window.workspace.editors)
    assert case_service.get_case(session, existing).fields.city == "Tbilisi"
    assert merged_into(session, existing) == [editor.case_id]
    assert any(e.case_id == existing for e in window.workspace.editors)  # the kept one opens

    window.workspace.cases.refresh(select=str(existing))
    unmerge = window.case_actions.unmerge()
    assert unmerge is not None
    assert unmerge.list.count() == 1
    question = unmerge.ask_unmerge()
    assert question is not None
    assert "separate case again" in question.text()
    yes = next(b for b in question.buttons() if b.text() == "&Unmerge")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not merged_into(session, existing))
    assert case_service.get_case(session, existing).fields.city == ""  # the fill is undone
    assert not case_service.get_case(session, editor.case_id).deleted


def test_link_as_same_man_keeps_both(qtbot, unlocked_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    existing = _belov_id(session)
    editor = _new_belov(qtbot, window, typist)
    warning = window.workspace.duplicate_warning
    assert warning is not None
    qtbot.mouseClick(warning.link_button, Qt.MouseButton.LeftButton)
    assert duplicates.links_of_case(session, editor.case_id) == [(existing, "duplicate")]
    assert not case_service.get_case(session, editor.case_id).deleted


def test_no_warning_for_a_man_not_seen_before(qtbot, unlocked_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    editor = window.workspace.new_case()
    typist(editor.form.inputs["name_cyrillic.surname"], "Кузнецов")
    with qtbot.waitSignal(editor.new_case_saved):
        assert editor.save()
    assert window.workspace.duplicate_warning is None


def test_merge_with_finds_the_other_case_by_name(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    kept = _belov_id(session)
    window.workspace.cases.refresh(select=str(kept))
    dialog = window.case_actions.merge()
    assert dialog is not None
    assert not dialog.merge_button.isEnabled()  # nothing chosen, nothing previewed
    qtbot.keyClicks(dialog.search, "Abramov")
    assert dialog.results.count() == 1
    dialog.results.setCurrentRow(0)
    assert "Абрамов" in dialog.gains.toPlainText()
    assert dialog.merge_button.isEnabled()
