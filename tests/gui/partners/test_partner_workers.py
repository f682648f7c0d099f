"""Adding, verifying and revoking partners, giving them a profile and exporting our own card
check, sign and write off the GUI thread (a worker), the buttons waiting meanwhile (a second
click starts nothing), and the result lands on screen (real vaults, real keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QGuiApplication
from tests.support.threads import (
    off_the_gui_thread,
    record_threads,
    runs_once_in_a_worker,
)

from casevault.gui.partners.own_card_box import OwnCardBox
from casevault.gui.partners.partner_dialog import AddPartnerDialog, VerifyPartnerDialog
from casevault.gui.partners.partners_view import PartnersView
from casevault.services import partners as partner_service
from casevault.services import profiles as profile_service

pytestmark = pytest.mark.gui
WAIT = 30_000


def _show(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_adding_a_partner_from_text_runs_in_a_worker(qtbot, strangers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    threads = record_threads(monkeypatch, partner_service, "add_partner")
    dialog = _show(qtbot, AddPartnerDialog(berlin.session))
    dialog.card_text.setPlainText(partner_service.export_identity(paris.session).text)
    added = runs_once_in_a_worker(
        qtbot, dialog, dialog.added, dialog.add, threads, dialog.add_button
    )
    assert added.args[0].partner.name == "paris"
    assert [p.name for p in partner_service.list_partners(berlin.session)] == ["paris"]


def test_verifying_a_partner_runs_in_a_worker(qtbot, strangers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    details = partner_service.add_partner(
        berlin.session, partner_service.export_identity(paris.session).card
    )
    threads = record_threads(monkeypatch, partner_service, "verify_partner")
    dialog = _show(qtbot, VerifyPartnerDialog(berlin.session, details))
    qtbot.keyClicks(dialog.spoken, details.short_code)
    verified = runs_once_in_a_worker(
        qtbot, dialog, dialog.verified, dialog.verify, threads, dialog.verify_button
    )
    assert verified.args[0].verified
    assert partner_service.show_partner(berlin.session, paris.org_id).partner.verified


def test_adding_from_a_file_assigning_and_revoking_run_in_workers(
    qtbot, strangers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    card_file = tmp_path / "paris.card"
    card_file.write_bytes(partner_service.export_identity(paris.session).card)
    adding = record_threads(monkeypatch, partner_service, "add_partner")
    assigning = record_threads(monkeypatch, profile_service, "assign_profile")
    revoking = record_threads(monkeypatch, partner_service, "revoke_partner")
    view = _show(qtbot, PartnersView(berlin.session, open_file=lambda *_a: str(card_file)))
    with qtbot.waitSignal(view.partners_changed, timeout=WAIT):
        view.add_from_file()
        assert view.busy
        assert not view.add_file_button.isEnabled()
        view.add_from_file()  # a second click starts nothing
    assert off_the_gui_thread(adding)
    assert len(adding) == 1
    assert isinstance(view.dialog, VerifyPartnerDialog)  # verification comes straight after
    view.dialog.reject()

    view.select_partner(paris.org_id)
    index = view.profile_combo.findData("minimal")
    view.profile_combo.setCurrentIndex(index)
    with qtbot.waitSignal(view.partners_changed, timeout=WAIT):
        view.profile_combo.activated.emit(index)
        assert view.busy
        assert not view.profile_combo.isEnabled()
        assert not view.revoke_button.isEnabled()
        view.profile_combo.activated.emit(index)  # starts nothing while busy
    assert off_the_gui_thread(assigning)
    assert len(assigning) == 1
    assert profile_service.get_partner_profile(berlin.session, paris.org_id).name == "minimal"
    assert "minimal" in view.status.text()

    with qtbot.waitSignal(view.partners_changed, timeout=WAIT):
        view.revoke_selected(confirmed=True)
        assert view.busy
        view.revoke_selected(confirmed=True)  # starts nothing while busy
    assert off_the_gui_thread(revoking)
    assert len(revoking) == 1
    assert partner_service.show_partner(berlin.session, paris.org_id).partner.revoked_at
    assert not view.verify_button.isEnabled()
    assert not view.busy


def test_our_card_is_exported_in_a_worker(qtbot, strangers, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    threads = record_threads(monkeypatch, partner_service, "export_identity")
    said: list[tuple[str, bool]] = []
    target = tmp_path / "berlin.card"
    box = _show(
        qtbot,
        OwnCardBox(berlin.session, lambda *_a: str(target), lambda t, ok: said.append((t, ok))),
    )
    with qtbot.waitSignal(box.saved, timeout=WAIT):
        assert box.save_card()
        assert box.busy
        assert not box.save_button.isEnabled()
        assert not box.copy_card()  # the other button waits too
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert said[-1][1]
    assert partner_service.add_partner(paris.session, target.read_bytes()).partner.name == "berlin"

    with qtbot.waitSignal(box.copied, timeout=WAIT):
        assert box.copy_card()
        assert not box.save_card()
    assert len(threads) == 2
    assert off_the_gui_thread(threads)
    assert QGuiApplication.clipboard().text().startswith("CASEVAULT-ID")
    box.clipboard.expire()
