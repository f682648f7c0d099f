"""Signing an examination note runs off the GUI thread (a worker), the button waiting meanwhile
(a second click starts nothing), and the signed note lands (a real vault, real keys)."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("PySide6")

from tests.gui.cases.test_attachments_panel import png_bytes
from tests.support.threads import (
    record_threads,
    runs_once_in_a_worker,
)

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases import examine_dialog
from casevault.gui.cases.examine_dialog import ExamineDialog
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import evaluations as evaluation_service
from casevault.vault.repos import examinations as note_repo

pytestmark = pytest.mark.gui
WAIT = 30_000


def test_signing_a_note_runs_in_a_worker(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Abramov"))
    ).id
    attachment = attachment_service.add_attachment(
        session, case_id, io.BytesIO(png_bytes(16, 16)), "gosuslugi.png"
    )
    evaluation_service.add_evaluator(session, "Evaluator A", "document examiner")
    threads = record_threads(monkeypatch, examine_dialog, "examine_attachment")
    dialog = ExamineDialog(session, attachment)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.evaluator.setCurrentIndex(1)
    dialog.result_choice.setCurrentIndex(dialog.result_choice.findData("consistent"))
    signed = runs_once_in_a_worker(
        qtbot, dialog, dialog.note_signed, dialog.sign, threads, dialog.sign_button
    )
    assert not dialog.busy
    assert dialog.signed is signed.args[0]
    assert dialog.result() == ExamineDialog.DialogCode.Accepted
    with session.vault.reading() as conn:
        [stored] = note_repo.list_for_attachment(conn, attachment.id)
    assert stored.id == dialog.signed.id
    assert stored.result == "consistent"
