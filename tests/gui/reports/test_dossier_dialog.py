"""The dossier: one case with timeline, signed evaluations and call-up proof; the contact
channel only when ticked; closed (and forgotten) when the vault is locked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.reports.dossier_dialog import DossierDialog
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service

pytestmark = pytest.mark.gui
CONTACT = "Signal +7 700 000 0000"
CLEARED = {
    "date": "2024-05-01",
    "methods": ["interview", "documents"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "seen"}},
    "verdict": "cleared",
    "confidence": "high",
    "notes": "Consistent account.",
}


@pytest.fixture
def screened(session):  # type: ignore[no-untyped-def]
    case = case_service.create_case(
        session,
        CaseFields(
            name_cyrillic=PersonName(surname="Чувиляев", given="Иван"),
            name_latin=PersonName(surname="Chuviliaev", given="Ivan"),
            callup_proof="Повестка <b>№ 12</b>",
            contact_channel=CONTACT,
            caseworker="Our Caseworker",
        ),
    )
    case_service.add_timeline_event(session, case.id, dt.date(2024, 3, 2), "Crossed into KZ")
    a = eval_service.add_evaluator(session, "Evaluator Alpha")
    b = eval_service.add_evaluator(session, "Evaluator Beta")
    for evaluator in (a, b):
        draft = eval_service.create_draft(session, case.id, evaluator.id, CLEARED)
        eval_service.finalise_evaluation(session, draft.evaluation.id)
    eval_service.create_draft(session, case.id, a.id, {**CLEARED, "verdict": "inconclusive"})
    return case


def test_dossier_shows_the_case_without_contact_by_default(  # type: ignore[no-untyped-def]
    qtbot, session, screened, tmp_path: Path
) -> None:
    dialog = DossierDialog(session, screened.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    html = dialog.html()
    for expected in (
        "Чувиляев Иван",
        "Повестка &lt;b&gt;№ 12&lt;/b&gt;",
        "Crossed into KZ",
        "Evaluator Alpha",
        "Evaluator Beta",
        "Signed; signature verified",
        "Draft: not signed, does not count",
        "documents, interview",
        # the draft "inconclusive" does not count: two signed "cleared" clear the case
        "Cleared: independent signed evaluations agree",
    ):
        assert expected in html, expected
    assert CONTACT not in html
    assert "Our Caseworker" not in html
    assert "contact" in dialog.include_contact.accessibleName()
    dialog.include_contact.setFocus()
    qtbot.keyClick(dialog.include_contact, Qt.Key.Key_Space)
    assert dialog.include_contact.isChecked()
    assert CONTACT in dialog.html()
    assert CONTACT in dialog.preview.toPlainText()
    target = tmp_path / "dossier.pdf"
    assert dialog.save_to(target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert "not encrypted" in dialog.status.text()


def test_file_menu_opens_the_selected_case_and_lock_closes_it(  # type: ignore[no-untyped-def]
    qtbot, unlocked_window
) -> None:
    window = unlocked_window
    assert window.open_dossier() is None
    assert window.statusBar().currentMessage() == "Select a case in the list first."
    window.workspace.cases.table.selectRow(0)
    dialog = window.open_dossier()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=10_000)
    assert "Screening not complete." in dialog.html()
    with qtbot.waitSignal(dialog.finished):
        window.lock()
    assert dialog.dossier is None
