"""The Attachments tab as evidence: provenance typed when a file is added, a derived copy linked
to its original, an examination note signed in the app, anomalies marked in the list and in a
line of the case editor (never silent), and a partner's note that does not verify shown as such.
Real vaults, real keys, real widgets offscreen."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt
from tests.gui.cases.test_attachments_panel import Chooser, png_bytes
from tests.support.orgs import export_bytes, import_bytes, introduce, make_org
from tests.support.screening import new_case

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.attachment_table_model import ITEM_ROLE, AttachmentTableModel
from casevault.gui.cases.attachments_panel import AttachmentsPanel
from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.cases.derive_dialog import DeriveDialog
from casevault.gui.cases.examine_dialog import ExamineDialog
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import evaluations as evaluation_service
from casevault.services import partners as partner_service
from casevault.services.examinations import examine_attachment

pytestmark = pytest.mark.gui


@pytest.fixture
def case_id(session):  # type: ignore[no-untyped-def]
    fields = CaseFields(name_latin=PersonName(surname="Abramov"))
    return case_service.create_case(session, fields).id


@pytest.fixture
def panel(qtbot, session, case_id):  # type: ignore[no-untyped-def]
    chooser = Chooser()
    widget = AttachmentsPanel(session, choose_file=chooser, choose_save=Chooser())
    widget.chooser = chooser
    qtbot.addWidget(widget)
    widget.show_case(case_id)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10_000)


def _column(panel, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]


def test_provenance_typed_with_the_file_is_stored_and_shown(qtbot, panel, session, tmp_path):  # type: ignore[no-untyped-def]
    photo = tmp_path / "summons.png"
    photo.write_bytes(png_bytes(16, 16))
    panel.received_on.setText("03.10.2026")  # not a date we accept: said, nothing stored
    panel.chooser.path = str(photo)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in panel.problem.text()
    assert panel.model.rowCount() == 0
    panel.received_from.setText("the man himself, by Signal")
    panel.received_on.setText("2026-10-03")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.model.rowCount() == 1)
    stored = attachment_service.list_attachments(session, panel._case_id)[0]
    assert stored.received_from == "the man himself, by Signal"
    assert str(stored.received_on) == "2026-10-03"
    assert _column(panel, AttachmentTableModel.RECEIVED) == [
        "2026-10-03 · the man himself, by Signal"
    ]
    tooltip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert stored.sha256 in tooltip
    assert panel.received_from.text() == ""  # the next file gets its own provenance


def test_a_derived_copy_is_added_from_the_panel(qtbot, panel, session, case_id, tmp_path):  # type: ignore[no-untyped-def]
    original = attachment_service.add_attachment(
        session, case_id, io.BytesIO(png_bytes(32, 32)), "summons.png"
    )
    panel.refresh()
    assert _column(panel, AttachmentTableModel.RECEIVED) == ["not recorded"]
    panel.select(original.id)
    crop = tmp_path / "crop.png"
    crop.write_bytes(png_bytes(8, 8))
    panel.chooser.path = str(crop)
    qtbot.mouseClick(panel.derive_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, DeriveDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # no file, no "how" yet
    assert dialog.isVisible()
    assert dialog.problem.text()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.how_edit.setText("cropped to the stamp")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.model.rowCount() == 2)
    copies = attachment_service.derived_copies(session, original.id)
    assert [(c.filename, c.derived_how) for c in copies] == [("crop.png", "cropped to the stamp")]
    row = panel.model.row_of(copies[0].id)
    assert panel.model.index(row, AttachmentTableModel.KIND).data() == "Derived copy"
    assert "cropped to the stamp" in panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_examine_signs_a_note_and_anomalies_are_never_silent(qtbot, session, case_id):  # type: ignore[no-untyped-def]
    attachment = attachment_service.add_attachment(
        session, case_id, io.BytesIO(png_bytes(16, 16)), "gosuslugi.png"
    )
    evaluation_service.add_evaluator(session, "Evaluator A", "document examiner")
    editor = CaseEditor(session, case_id)
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.attachments
    assert not editor.anomalies.isVisible()
    panel.select(attachment.id)
    qtbot.mouseClick(panel.examine_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ExamineDialog)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)  # nobody chosen
    assert dialog.isVisible()
    assert dialog.problem.text()
    dialog.evaluator.setCurrentIndex(1)
    dialog.result_choice.setCurrentIndex(dialog.result_choice.findData("anomalies"))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)  # anomalies need words
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)  # refused by the service, in a worker
    assert dialog.isVisible()
    assert dialog.problem.text()
    dialog.examined_on.setDate(QDate(2026, 11, 2))
    dialog.text.setPlainText("the register entry is dated before the call-up")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert dialog.signed is not None
    assert _column(panel, AttachmentTableModel.FILE) == ["⚠ gosuslugi.png"]
    assert _column(panel, AttachmentTableModel.EXAMINATION) == ["Anomalies"]
    tip = panel.model.index(0, AttachmentTableModel.EXAMINATION).data(Qt.ItemDataRole.ToolTipRole)
    assert "Examined on 2026-11-02 by Evaluator A" in tip
    assert "signature verified" in tip
    assert editor.anomalies.isVisible()  # under every tab of the case
    assert not panel.anomalies.isHidden()  # and in the Attachments tab
    for line in (panel.anomalies, editor.anomalies):
        assert "the register entry is dated before the call-up" in line.text()
    editor.close()


def test_a_partners_note_that_does_not_verify_is_marked(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    case = new_case(berlin)
    doc = attachment_service.add_attachment(
        berlin.session, case, io.BytesIO(png_bytes(8, 8)), "military-id.png"
    )
    person = evaluation_service.add_evaluator(berlin.session, "Evaluator B", "")
    examine_attachment(berlin.session, doc.id, person.id, "anomalies", "photo replaced")
    import_bytes(paris, export_bytes(berlin, paris))
    partner_service.revoke_partner(paris.session, berlin.org_id)  # Berlin's keys now revoked
    panel = AttachmentsPanel(paris.session)
    qtbot.addWidget(panel)
    panel.show_case(doc.case_id)
    item = panel.model.index(0, 0).data(ITEM_ROLE)
    assert not item.notes[0].verified
    assert _column(panel, AttachmentTableModel.EXAMINATION) == ["Anomalies (not verified)"]
    assert "NOT VERIFIED: the signer's keys were revoked" in panel.anomalies.text()
    for org in (berlin, paris):
        org.session.close()


def test_deleting_an_original_says_its_derived_copies_go_too(qtbot, panel, session, case_id):  # type: ignore[no-untyped-def]
    original = attachment_service.add_attachment(
        session, case_id, io.BytesIO(png_bytes(8, 8)), "a.png"
    )
    attachment_service.derive_attachment(session, original.id, io.BytesIO(b"c"), "c.png", "crop")
    panel.refresh()
    panel.select(original.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.question is not None
    assert "derived copy is removed too" in panel.question.informativeText()
    panel.question.close()
