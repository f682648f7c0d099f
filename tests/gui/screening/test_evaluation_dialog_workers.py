"""The evaluation form writes off the GUI thread (a worker): recording a new evaluator and
storing a new draft, an edited draft or a correction of a signed evaluation. The buttons wait
meanwhile (a second click starts nothing) and the result lands (a real vault, real keys)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.support.screening import CLEARED_FIELDS
from tests.support.threads import off_the_gui_thread, record_threads, runs_once_in_a_worker

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.screening.evaluation_dialog import EvaluationDialog
from casevault.services import cases as case_service
from casevault.services import evaluations as evaluation_service

pytestmark = pytest.mark.gui
WAIT = 30_000


@pytest.fixture
def case_id(session):  # type: ignore[no-untyped-def]
    fields = CaseFields(name_cyrillic=PersonName(surname="Чувиляев", given="Иван"))
    return case_service.create_case(session, fields).id


def _dialog(qtbot, session, case_id, **kwargs):  # type: ignore[no-untyped-def]
    dialog = EvaluationDialog(session, case_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save_in_a_worker(qtbot, dialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        assert dialog.save()
        assert dialog.busy
        assert not dialog.save_button.isEnabled()
        assert not dialog.add_evaluator_button.isEnabled()
        assert not dialog.save()  # a second click starts nothing
    assert not dialog.busy
    assert dialog.result() == EvaluationDialog.DialogCode.Accepted
    return saved.args[0]


def test_adding_an_evaluator_and_a_new_draft_run_in_workers(
    qtbot, session, case_id, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    adding = record_threads(monkeypatch, evaluation_service, "add_evaluator")
    creating = record_threads(monkeypatch, evaluation_service, "create_draft")
    dialog = _dialog(qtbot, session, case_id)
    dialog.new_evaluator_name.setText("Анна Петрова")
    added = runs_once_in_a_worker(
        qtbot,
        dialog,
        dialog.evaluator_added,
        dialog.add_evaluator,
        adding,
        dialog.add_evaluator_button,
        dialog.save_button,
    )
    assert added.args[0].name == "Анна Петрова"
    assert dialog.evaluator.currentText() == "Анна Петрова"
    assert dialog.new_evaluator_name.text() == ""
    assert [e.name for e in evaluation_service.list_evaluators(session)] == ["Анна Петрова"]

    dialog.verdict.setCurrentIndex(dialog.verdict.findData("inconclusive"))
    dialog.confidence.setCurrentIndex(dialog.confidence.findData("low"))
    stored = _save_in_a_worker(qtbot, dialog)
    assert off_the_gui_thread(creating)
    assert len(creating) == 1
    [listed] = evaluation_service.list_evaluations(session, case_id)
    assert listed.evaluation.id == stored.evaluation.id
    assert listed.evaluation.verdict == "inconclusive"


def test_editing_a_draft_and_correcting_a_signed_one_run_in_workers(
    qtbot, session, case_id, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    person = evaluation_service.add_evaluator(session, "Анна Петрова", "interviewer")
    draft = evaluation_service.create_draft(session, case_id, person.id, CLEARED_FIELDS)
    editing = record_threads(monkeypatch, evaluation_service, "edit_draft")
    dialog = _dialog(qtbot, session, case_id, draft=draft)
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("not_cleared"))
    dialog.check_states["civilian_harm"].setCurrentIndex(
        dialog.check_states["civilian_harm"].findData("concerns")
    )
    _save_in_a_worker(qtbot, dialog)
    assert off_the_gui_thread(editing)
    assert len(editing) == 1
    [edited] = evaluation_service.list_evaluations(session, case_id)
    assert edited.evaluation.verdict == "not_cleared"

    signed = evaluation_service.finalise_evaluation(session, draft.evaluation.id)
    correcting = record_threads(monkeypatch, evaluation_service, "supersede_evaluation")
    dialog = _dialog(qtbot, session, case_id, correcting=signed)
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("inconclusive"))
    correction = _save_in_a_worker(qtbot, dialog)
    assert off_the_gui_thread(correcting)
    assert len(correcting) == 1
    assert correction.evaluation.supersedes == signed.evaluation.id
    old, new = evaluation_service.list_evaluations(session, case_id)
    assert new.evaluation.supersedes == old.evaluation.id
    assert not new.finalised
