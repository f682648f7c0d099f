"""The Case menu's rights actions with real vaults: erasure (explained, type-to-confirm, done in
a worker with compaction; the case is gone and an erasure notice is owed to the partner that
received it) and the subject-access copy (after the warning, 0600, the service's report)."""

from __future__ import annotations

import json
import stat
import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case

from casevault.domain.consent import ConsentMethod
from casevault.gui.cases.erasure_dialog import ErasureDialog
from casevault.gui.cases.subject_access_dialog import SubjectAccessDialog
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services.erasure_notices import pending_for
from casevault.services.errors import CaseNotFound
from casevault.services.subject_access import build_subject_access_report, report_json
from casevault.vault.repos import sync_state

pytestmark = pytest.mark.gui


def test_erasure_explains_asks_for_the_id_and_leaves_a_notice(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    bystander = add_case(berlin, "Петров", "Petrov")
    with berlin.session.vault.transaction() as conn:  # his file went to Paris in a bundle
        sync_state.record_delivery(conn, case_id, paris.org_id, "bundle-1", berlin.session.clock())
    dialog = ErasureDialog(berlin.session, uuid.UUID(case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.explanation.text()
    assert "Смирнов Иван / Smirnov Ivan" in text
    assert "paris" in text  # the partner that keeps a copy is named
    assert "Backups made before now still contain him" in text
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "0000")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, case_id[:8])
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=30_000) as erased:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert erased.args == [case_id]
    assert dialog.outcome is not None
    with pytest.raises(CaseNotFound):
        case_service.get_case(berlin.session, case_id)
    assert case_service.get_case(berlin.session, bystander)  # only him
    with berlin.session.vault.reading() as conn:
        notices = pending_for(conn, [paris.org_id])
    assert [str(n.case_id) for n in notices] == [case_id]
    assert "Erased for good" in dialog.status.text()


def test_erase_from_the_menu_closes_his_editor(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    session = window.workspace.session
    summary = case_service.list_cases(session)[0]
    editor = window.workspace.open_editor(str(summary.id))
    window.workspace.cases.refresh(select=str(summary.id))
    dialog = window.case_actions.erase()
    assert dialog is not None
    qtbot.keyClicks(dialog.confirm, str(summary.id)[:8])
    with qtbot.waitSignal(dialog.erased, timeout=30_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert editor not in window.workspace.editors
    assert case_service.count_cases(session) == 2


def test_subject_access_copy_is_the_services_report_for_the_user_only(
    qtbot, two_orgs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    consent_service.record_consent(
        berlin.session, case_id, partner_ref=paris.org_id, method=ConsentMethod.MESSAGE
    )
    out = tmp_path / "out"
    out.mkdir()
    target = out / "copy"
    chosen: list[str] = []

    def choose(_parent, suggested: str) -> str:  # type: ignore[no-untyped-def]
        chosen.append(suggested)
        return str(target)

    dialog = SubjectAccessDialog(berlin.session, uuid.UUID(case_id), choose)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "NOT be encrypted" in dialog.warning.text()
    assert not target.with_suffix(".json").exists()  # nothing before he picks a place
    dialog.as_json.click()  # JSON, for other programs
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    written = target.with_name("copy.json")
    assert dialog.written == written
    assert chosen == [f"case-{case_id[:8]}-copy.json"]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["copy.json"]  # no partial file left
    copy = json.loads(written.read_text("utf-8"))
    expected = json.loads(report_json(build_subject_access_report(berlin.session, case_id)))
    for part in ("case", "timeline", "evaluations", "consents", "deliveries", "attachments"):
        assert copy[part] == expected[part]
    assert copy["consents"][0]["partner_id"] == paris.org_id
    assert "Written to" in dialog.status.text()


def test_empty_new_case_is_not_saved(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from casevault.gui.cases.case_editor import CaseEditor

    editor = CaseEditor(session)
    qtbot.addWidget(editor, before_close_func=lambda d: d.force_close())
    editor.show()
    assert not editor.save()
    assert editor.problem.text() == "Nothing to save yet: enter at least his name."
    assert case_service.count_cases(session) == 0
    assert editor.case_id is None
    qtbot.keyClicks(editor.form.inputs["name_latin.surname"], "Belov")
    assert editor.save()
    assert case_service.count_cases(session) == 1
    editor.force_close()
