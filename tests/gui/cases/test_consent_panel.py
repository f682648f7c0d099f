"""The Consent tab: record (with a signed form attached), list, withdraw with confirmation, and
the export wizard finds his consent (it asks "send anyway" only where it is really missing)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case

from casevault.domain.consent import ConsentAction, ConsentMethod
from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.exchange.export_wizard import ExportWizard
from casevault.services import attachments as attachment_service
from casevault.services import consent as consent_service

pytestmark = pytest.mark.gui


def _editor(qtbot, session, case_id: str, choose_file=None):  # type: ignore[no-untyped-def]
    editor = CaseEditor(session, uuid.UUID(case_id))
    qtbot.addWidget(editor, before_close_func=lambda d: d.force_close())
    if choose_file is not None:
        editor.consent._choose_file = choose_file
    editor.show()
    return editor


def _preview_asks_to_send_anyway(qtbot, session, case_id: str, partner_id: str) -> bool:  # type: ignore[no-untyped-def]
    wizard = ExportWizard(session, selected_cases=[case_id], save_file=lambda *_a: "")
    qtbot.addWidget(wizard)
    wizard.show()
    partners = wizard.partners_page.partners
    for i in range(partners.count()):
        if partners.item(i).data(Qt.ItemDataRole.UserRole) == partner_id:
            partners.item(i).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    asks = page.consent_missing() and page.override.isVisible() and not page.isComplete()
    wizard.reject()
    return asks


def test_record_then_withdraw_consent_as_the_export_wizard_sees_it(
    qtbot, two_orgs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    scan = tmp_path / "consent-form.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n synthetic scan of a signed form")
    assert _preview_asks_to_send_anyway(qtbot, berlin.session, case_id, paris.org_id)

    editor = _editor(qtbot, berlin.session, case_id, choose_file=lambda _parent: str(scan))
    panel = editor.consent
    assert panel.record_button.isEnabled()
    dialog = panel.open_dialog(withdraw=False)
    assert dialog is not None
    dialog.partner.setCurrentIndex(dialog.partner.findText("paris"))
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.SIGNED_FORM.value))
    assert not dialog.witness.isEnabled()  # a witness goes only with an oral statement
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.form_label.text() == "consent-form.png"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)

    (record,) = consent_service.list_consent(berlin.session, case_id)
    assert record.partner_id == paris.org_id
    assert record.method is ConsentMethod.SIGNED_FORM
    (form,) = attachment_service.list_attachments(berlin.session, case_id)
    assert record.attachment_id == form.id
    assert form.filename == "consent-form.png"
    assert editor.attachments.table.model().rowCount() == 1  # the attachments tab shows the form
    assert panel.model.index(0, 1).data() == "paris"
    assert panel.model.index(0, 5).data() == "Counts"
    assert not _preview_asks_to_send_anyway(qtbot, berlin.session, case_id, paris.org_id)

    panel.table.selectRow(0)
    withdraw = panel.open_dialog(withdraw=True)
    assert withdraw is not None
    assert withdraw.partner.currentData() == paris.org_id  # the selected grant's partner
    withdraw.method.setCurrentIndex(withdraw.method.findData(ConsentMethod.ORAL_WITNESSED.value))
    assert not withdraw.ok_button.isEnabled()  # an oral statement needs its witness
    qtbot.keyClicks(withdraw.witness, "A. Witness")
    qtbot.mouseClick(withdraw.ok_button, Qt.MouseButton.LeftButton)
    question = panel.question
    assert question is not None
    assert "paris" in question.text()
    assert len(consent_service.list_consent(berlin.session, case_id)) == 1  # not before "yes"
    yes = next(b for b in question.buttons() if b.text() == "&Withdraw")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)

    last = consent_service.list_consent(berlin.session, case_id)[-1]
    assert last.action is ConsentAction.WITHDRAW
    assert last.witness == "A. Witness"
    assert panel.model.index(0, 5).data() == "Withdrawn later"
    assert panel.model.index(1, 5).data() == "No consent"
    assert _preview_asks_to_send_anyway(qtbot, berlin.session, case_id, paris.org_id)
    editor.force_close()


def test_cancelling_the_withdrawal_question_records_nothing(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, _paris = two_orgs
    case_id = add_case(berlin)
    editor = _editor(qtbot, berlin.session, case_id)
    dialog = editor.consent.open_dialog(withdraw=True)
    assert dialog is not None
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.MESSAGE.value))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    question = editor.consent.question
    assert question is not None
    question.reject()
    assert consent_service.list_consent(berlin.session, case_id) == []
    assert editor.consent.model.rowCount() == 0
    editor.force_close()
