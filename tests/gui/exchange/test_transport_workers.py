"""The "Transport folders" dialog saves the folders and writes a bundle ("Send now") off the GUI
thread (a worker), the buttons waiting meanwhile (a second click starts nothing), and the result
lands on screen (real vaults, real keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QDialogButtonBox
from tests.support.exchange_gui import add_case
from tests.support.orgs import grant_consent
from tests.support.threads import off_the_gui_thread, record_threads

from casevault.gui.exchange import transport_dialog
from casevault.gui.exchange.transport_dialog import TransportDialog
from casevault.services import transport

pytestmark = pytest.mark.gui
WAIT = 30_000


def _dialog(qtbot, berlin, paris):  # type: ignore[no-untyped-def]
    peer = transport.resolve_peer(berlin.session, paris.org_id)
    dialog = TransportDialog(berlin.session, peer, "paris")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, peer


def test_saving_the_folders_runs_in_a_worker(  # type: ignore[no-untyped-def]
    qtbot, two_orgs, tmp_path: Path, monkeypatch
) -> None:
    berlin, paris = two_orgs
    threads = record_threads(monkeypatch, transport_dialog.transport, "set_folders")
    outbox = tmp_path / "to-paris"
    outbox.mkdir()
    dialog, peer = _dialog(qtbot, berlin, paris)
    dialog.outbox.setText(str(outbox))
    dialog.auto_apply.setChecked(True)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        assert dialog.save()
        assert dialog.busy
        assert not save.isEnabled()
        assert not dialog.send_button.isEnabled()
        assert not dialog.save()  # a second click starts nothing
        assert not dialog.send_now()
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert saved.args[0].outbox == outbox
    assert not dialog.busy
    assert dialog.result() == TransportDialog.DialogCode.Accepted
    stored = transport.get_folders(berlin.session, peer)
    assert stored is not None
    assert stored.outbox == outbox
    assert stored.auto_apply


def test_send_now_writes_the_bundle_in_a_worker(  # type: ignore[no-untyped-def]
    qtbot, two_orgs, tmp_path: Path, monkeypatch
) -> None:
    berlin, paris = two_orgs
    add_case(berlin)
    grant_consent(berlin, paris)
    threads = record_threads(monkeypatch, transport_dialog.transport, "send")
    outbox = tmp_path / "to-paris"
    outbox.mkdir()
    dialog, _peer = _dialog(qtbot, berlin, paris)
    dialog.outbox.setText(str(outbox))
    with qtbot.waitSignal(dialog.sent, timeout=WAIT) as sent:
        assert dialog.send_now()
        assert dialog.busy
        assert not dialog.send_button.isEnabled()
        assert not dialog.send_now()  # a second click starts nothing
        assert not dialog.save()
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    [written] = list(outbox.iterdir())
    assert sent.args[0].file_name == written.name
    assert written.name in dialog.status.text()
    assert dialog.send_button.isEnabled()
    assert not dialog.busy
