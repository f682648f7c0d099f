"""The Evaluations tab: drafts, finalising (asked first), corrections, clearance in words."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.support.threads import off_the_gui_thread, record_threads

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.screening.evaluations_panel import EvaluationsPanel
from casevault.services import case_clearance
from casevault.services import cases as case_service
from casevault.services import evaluations as evaluation_service

pytestmark = pytest.mark.gui


@pytest.fixture
def case_id(session):  # type: ignore[no-untyped-def]
    fields = CaseFields(name_cyrillic=PersonName(surname="Чувиляев", given="Иван"))
    return case_service.create_case(session, fields).id


@pytest.fixture
def panel(qtbot, session, case_id):  # type: ignore[no-untyped-def]
    widget = EvaluationsPanel(session)
    qtbot.addWidget(widget)
    widget.show_case(case_id)
    widget.show()
    yield widget
    # Let a signature check still running finish before the vault closes under it.
    from casevault.gui.kit.workers import worker_pool

    assert worker_pool().waitForDone(10_000)
    qtbot.wait(0)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, box: QMessageBox, yes: bool) -> None:  # type: ignore[no-untyped-def]
    """Click the confirming button of a question (found by its accessible name) or Cancel."""
    if yes:
        wanted = [
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
        ]
    else:
        wanted = [box.button(QMessageBox.StandardButton.Cancel)]
    qtbot.mouseClick(wanted[0], Qt.MouseButton.LeftButton)


def write_draft(qtbot, panel, typist, evaluator: str, verdict: str = "cleared") -> None:  # type: ignore[no-untyped-def]
    """Open the form, add an evaluator, fill in a complete screening and save it as a draft."""
    click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert dialog is not None
    typist(dialog.new_evaluator_name, evaluator)
    with qtbot.waitSignal(dialog.evaluator_added, timeout=30_000):  # recorded in a worker
        click(qtbot, dialog.add_evaluator_button)
    assert dialog.evaluator.currentText() == evaluator
    dialog.methods["interview"].setChecked(True)
    harm = dialog.check_states["civilian_harm"]
    harm.setCurrentIndex(harm.findData("checked"))
    typist(dialog.check_notes["civilian_harm"], "Служил в тылу, на складе")
    dialog.verdict.setCurrentIndex(dialog.verdict.findData(verdict))
    dialog.confidence.setCurrentIndex(dialog.confidence.findData("high"))
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        click(qtbot, dialog.save_button)


def finalise_selected(qtbot, panel, yes: bool = True) -> QMessageBox:  # type: ignore[no-untyped-def]
    click(qtbot, panel.finalise_button)
    box = panel.question
    assert box is not None
    assert box.isVisible()
    answer(qtbot, box, yes)
    assert panel.question is None
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)  # signed in a worker
    return box


def cell(panel, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return panel.table.text(row, column)


def test_two_evaluators_finalise_and_the_case_is_shown_cleared(
    qtbot, session, case_id, typist
) -> None:  # type: ignore[no-untyped-def]
    editor = CaseEditor(session, case_id)
    qtbot.addWidget(editor, before_close_func=lambda e: e.force_close())
    editor.show()
    editor.form.setCurrentWidget(editor.evaluations)
    panel = editor.evaluations
    assert panel.headline.text() == "This case is not cleared yet."
    for evaluator in ("Анна Петрова", "Jonas Weber"):
        write_draft(qtbot, panel, typist, evaluator)
        finalise_selected(qtbot, panel)
    qtbot.waitUntil(lambda: not panel.is_checking(), timeout=10_000)
    assert panel.headline.text() == "This case is cleared."
    assert "2 of 2 independent evaluations say “cleared”." in panel.details.text()
    assert [cell(panel, row, 0) for row in range(2)] == ["Finalised", "Finalised"]
    assert [cell(panel, row, 2) for row in range(2)] == ["Анна Петрова", "Jonas Weber"]
    assert [cell(panel, row, 4) for row in range(2)] == ["Verified", "Verified"]
    assert case_clearance.explain_clearance(session, case_id).explanation.cleared


def test_signing_runs_in_a_worker_and_a_second_click_starts_nothing(
    qtbot, panel, session, case_id, typist, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    write_draft(qtbot, panel, typist, "Анна Петрова")
    threads = record_threads(monkeypatch, evaluation_service, "finalise_evaluation")
    click(qtbot, panel.finalise_button)
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        answer(qtbot, panel.question, yes=True)
        assert panel.busy
        assert not panel.finalise_button.isEnabled()
        assert not panel.delete_button.isEnabled()
        panel.finalise_selected()  # asked again while signing: yes starts nothing
        answer(qtbot, panel.question, yes=True)
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert not panel.busy
    assert cell(panel, 0, 0) == "Finalised"
    assert [s.finalised for s in evaluation_service.list_evaluations(session, case_id)] == [True]


def test_finalise_asks_first_and_cancel_leaves_a_draft(
    qtbot, panel, session, case_id, typist
) -> None:  # type: ignore[no-untyped-def]
    write_draft(qtbot, panel, typist, "Анна Петрова")
    box = finalise_selected(qtbot, panel, yes=False)
    assert "cannot be changed" in box.informativeText()
    stored = evaluation_service.list_evaluations(session, case_id)
    assert [s.finalised for s in stored] == [False]
    assert cell(panel, 0, 0) == "Draft"
    assert cell(panel, 0, 4) == "Not signed (draft)"
    assert panel.edit_button.isEnabled()


def test_draft_can_be_edited_and_deleted_after_confirmation(
    qtbot, panel, session, case_id, typist
) -> None:  # type: ignore[no-untyped-def]
    write_draft(qtbot, panel, typist, "Анна Петрова", verdict="inconclusive")
    click(qtbot, panel.edit_button)
    dialog = panel.dialog
    assert not dialog.evaluator.isEnabled()  # the author of a draft is fixed
    assert dialog.verdict.currentData() == "inconclusive"
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("not_cleared"))
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        click(qtbot, dialog.save_button)
    assert cell(panel, 0, 1) == "Not cleared"
    panel.table.selectRow(0)
    click(qtbot, panel.delete_button)
    with qtbot.waitSignal(panel.changed, timeout=30_000):  # deleted in a worker
        answer(qtbot, panel.question, yes=True)
    assert evaluation_service.list_evaluations(session, case_id) == []
    assert panel.table.rowCount() == 0


def test_problems_are_shown_next_to_their_field(qtbot, panel, session, case_id, typist) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, panel.new_button)
    dialog = panel.dialog
    click(qtbot, dialog.add_evaluator_button)
    assert dialog.visible_errors() == {"new_evaluator": "Write the evaluator's name."}
    click(qtbot, dialog.save_button)
    assert dialog.visible_errors() == {
        "evaluator": "Choose who evaluated, or add a new evaluator.",
        "verdict": "Choose a verdict.",
        "confidence": "Choose how sure the evaluator is.",
    }
    typist(dialog.new_evaluator_name, "Анна Петрова")
    with qtbot.waitSignal(dialog.evaluator_added, timeout=30_000):
        click(qtbot, dialog.add_evaluator_button)
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("cleared"))
    dialog.confidence.setCurrentIndex(dialog.confidence.findData("low"))
    typist(dialog.check_notes["deployment"], "x" * 2001)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)  # refused by the service
    assert dialog.visible_errors() == {"checklist.deployment": "This is too long."}
    assert dialog.isVisible()
    dialog.check_notes["deployment"].clear()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        click(qtbot, dialog.save_button)
    # A "cleared" verdict without the civilian check and with no method cannot be signed.
    finalise_selected(qtbot, panel)
    assert panel.problem.text() == "Not ready to sign: tick at least one method."
    assert cell(panel, 0, 0) == "Draft"


def test_supersede_a_signed_evaluation(qtbot, panel, session, case_id, typist) -> None:  # type: ignore[no-untyped-def]
    write_draft(qtbot, panel, typist, "Анна Петрова", verdict="not_cleared")
    finalise_selected(qtbot, panel)
    assert panel.headline.text() == "This case is not cleared: an evaluator found against it."
    assert not panel.edit_button.isEnabled()
    click(qtbot, panel.supersede_button)
    dialog = panel.dialog
    assert dialog.windowTitle().startswith("Correct evaluation ")
    assert dialog.verdict.currentData() == "not_cleared"  # prefilled from the signed one
    assert dialog.check_notes["civilian_harm"].text() == "Служил в тылу, на складе"
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("cleared"))
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        click(qtbot, dialog.save_button)
    old, correction = evaluation_service.list_evaluations(session, case_id)
    assert correction.evaluation.supersedes == old.evaluation.id
    assert not correction.finalised
    assert cell(panel, 1, 0) == f"Draft correction of {str(old.evaluation.id)[:8]}"
    panel.table.selectRow(0)
    assert not panel.supersede_button.isEnabled()  # one correction at a time
    panel.table.selectRow(1)
    finalise_selected(qtbot, panel)
    assert cell(panel, 0, 0) == f"Superseded by {str(correction.evaluation.id)[:8]}"
    assert cell(panel, 1, 0) == "Finalised"
    assert panel.headline.text() == "This case is not cleared yet."
    assert "was corrected by" in panel.details.text()


def test_an_evaluation_of_a_revoked_partner_is_marked_not_counted(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.orgs import export_bytes, import_bytes, introduce, make_org
    from tests.support.screening import new_case, signed_evaluation

    from casevault.services import partners as partner_service

    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    case_id = new_case(berlin)
    theirs = signed_evaluation(berlin, case_id, "Evaluator A")
    import_bytes(paris, export_bytes(berlin, paris))
    partner_service.revoke_partner(paris.session, berlin.org_id)
    widget = EvaluationsPanel(paris.session)
    qtbot.addWidget(widget)
    widget.show_case(case_id)  # type: ignore[arg-type]
    widget.show()
    try:
        qtbot.waitUntil(lambda: not widget.is_checking())
        assert widget.table.rowCount() == 1
        state = widget.model.index(0, 0)
        assert state.data() == "Not counted"
        assert "signed by berlin, whose keys were revoked on" in state.data(
            Qt.ItemDataRole.ToolTipRole
        )
        assert widget.table.text(0, 4) == "Verified"  # the signature itself is fine
        assert f"The evaluation {str(theirs)[:8]} does not count" in widget.details.text()
        assert "0 of 2" in widget.details.text()
    finally:
        from casevault.gui.kit.workers import worker_pool

        assert worker_pool().waitForDone(10_000)
        for org in (berlin, paris):
            org.session.close()
