"""Merging two cases and bringing one back write many rows: they run off the GUI thread (a
worker), the buttons waiting meanwhile (a second click starts nothing), and the result lands
(a real vault)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.support.threads import off_the_gui_thread, record_threads

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases import merge_dialog
from casevault.gui.cases.merge_dialog import MergeDialog, UnmergeDialog
from casevault.services import cases as case_service
from casevault.services.case_merge import merge_cases, merged_into

pytestmark = pytest.mark.gui
WAIT = 30_000


@pytest.fixture
def two_cases(session):  # type: ignore[no-untyped-def]
    kept = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Белов", given="Иван"))
    ).id
    absorbed = case_service.create_case(
        session,
        CaseFields(name_cyrillic=PersonName(surname="Белов", given="Иван"), city="Tbilisi"),
    ).id
    return kept, absorbed


def test_merging_runs_in_a_worker(qtbot, session, two_cases, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kept, absorbed = two_cases
    threads = record_threads(monkeypatch, merge_dialog, "merge_cases")
    dialog = MergeDialog(session, kept, absorbed)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.merged, timeout=WAIT) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert dialog.busy
        assert not dialog.merge_button.isEnabled()
        assert not dialog.merge()  # a second click starts nothing
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert merged.args == [str(kept)]
    assert not dialog.busy
    assert merged_into(session, kept) == [absorbed]
    assert case_service.get_case(session, kept).fields.city == "Tbilisi"


def test_unmerging_runs_in_a_worker(qtbot, session, two_cases, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kept, absorbed = two_cases
    merge_cases(session, str(kept), str(absorbed))
    threads = record_threads(monkeypatch, merge_dialog, "unmerge_cases")
    dialog = UnmergeDialog(session, kept)
    qtbot.addWidget(dialog)
    dialog.show()
    question = dialog.ask_unmerge()
    assert question is not None
    yes = next(
        b for b in question.buttons() if question.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(dialog.unmerged, timeout=WAIT) as unmerged:
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        assert dialog.busy
        assert not dialog.unmerge_button.isEnabled()
        assert dialog.ask_unmerge() is None  # a second click starts nothing
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert unmerged.args == [str(absorbed)]
    assert not dialog.busy
    assert merged_into(session, kept) == []
    assert case_service.get_case(session, kept).fields.city == ""
