"""Transport folders in the app: the partner's "Transport folders" dialog, "Send now", the
pick-up pass started when folders are set, a bundle waiting for a person in the Inbox section,
reviewed in the ordinary import wizard and filed away once applied. Real vaults, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.support.exchange_gui import add_case
from tests.support.orgs import export_bytes, grant_consent

from casevault.gui.exchange.transport_dialog import TransportDialog
from casevault.gui.workspace import Workspace
from casevault.services import cases as case_service
from casevault.services import transport

pytestmark = pytest.mark.gui


def test_a_waiting_bundle_is_reviewed_in_the_import_wizard(  # type: ignore[no-untyped-def]
    qtbot, two_orgs, tmp_path: Path
) -> None:
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    folder = tmp_path / "from-berlin"
    folder.mkdir()
    (folder / "0f1e2d3c4b5a69788796a5b4c3d2e1f0.cvb").write_bytes(export_bytes(berlin, paris))
    workspace = Workspace(paris.session)
    qtbot.addWidget(workspace)
    exchange = workspace.show_exchange()
    panel = exchange.inbox
    assert not panel.timer.isActive()  # no folders yet: no pass runs
    exchange.partners.table.selectRow(0)
    dialog = exchange.partners.open_transport()
    assert isinstance(dialog, TransportDialog)
    assert not dialog.auto_apply.isChecked()  # off until the person turns it on
    dialog.inbox.setText(str(tmp_path / "nowhere"))
    assert dialog.save()  # saved in a worker: refused in words, the dialog stays
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert "does not exist" in dialog.status.text()
    assert not panel.timer.isActive()
    dialog.inbox.setText(str(folder))
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        assert dialog.save()  # saving starts the passes: the first look now
    assert panel.timer.isActive()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=15_000)
    with qtbot.waitSignal(panel.pass_finished, timeout=15_000):
        panel.check_button.click()  # the second look: the file is complete
    assert exchange.sections.tabText(exchange.sections.indexOf(panel)) == "Inbox (1 waiting)"
    assert "automatic import is off" in panel.table.text(0, 2)
    assert case_service.count_cases(paris.session) == 0
    panel.table.selectRow(0)
    wizard = panel.review_selected()
    assert wizard is not None
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checks_page.worker is None, timeout=15_000)
    assert "passed every check" in wizard.checks_page.result.text()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.apply_page.outcome is not None, timeout=15_000)
    assert case_service.get_case(paris.session, case_id).fields.city == "Almaty"
    assert panel.waiting == []
    assert exchange.sections.tabText(exchange.sections.indexOf(panel)) == "Inbox"
    assert [p.name for p in (folder / "processed").iterdir()] == [
        "0f1e2d3c4b5a69788796a5b4c3d2e1f0.cvb"
    ]
    exchange.close_all()
    assert not panel.timer.isActive()


def test_send_now_writes_a_bundle_into_the_outbox(  # type: ignore[no-untyped-def]
    qtbot, two_orgs, tmp_path: Path
) -> None:
    berlin, paris = two_orgs
    add_case(berlin)
    outbox = tmp_path / "to-paris"
    outbox.mkdir()
    peer = transport.resolve_peer(berlin.session, paris.org_id)
    dialog = TransportDialog(berlin.session, peer, "paris", choose=lambda *_a: str(outbox))
    qtbot.addWidget(dialog)
    dialog.outbox_button.click()
    assert dialog.outbox.text() == str(outbox)
    dialog.send_button.click()  # no consent recorded yet: refused in words, nothing written
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert "consent" in dialog.status.text().lower()
    assert list(outbox.iterdir()) == []
    grant_consent(berlin, paris)
    with qtbot.waitSignal(dialog.sent, timeout=15_000):
        dialog.send_button.click()
    [written] = list(outbox.iterdir())
    assert written.name in dialog.status.text()
