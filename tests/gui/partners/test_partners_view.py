"""Partners view: add from a card file or pasted text, verify by the short code (a wrong code
refuses), revoke, choose a redaction profile, export our own card (file, clipboard cleared)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from tests.support.orgs import import_bytes

from casevault.gui.partners.partner_dialog import AddPartnerDialog, VerifyPartnerDialog
from casevault.gui.partners.partners_view import PartnersView
from casevault.services import key_events
from casevault.services import partners as partner_service
from casevault.services import profiles as profile_service

pytestmark = pytest.mark.gui
WAIT = 30_000  # adding, verifying, revoking and exporting run in workers


def _view(qtbot, session, chosen: str = ""):  # type: ignore[no-untyped-def]
    view = PartnersView(session, open_file=lambda *_a: chosen, save_file=lambda *_a: chosen)
    qtbot.addWidget(view)
    view.show()
    return view


def _state_of(view: PartnersView, name: str) -> str:
    model = view.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return str(model.index(row, 2).data())
    raise AssertionError(name)


def test_add_from_file_then_wrong_code_refuses_and_right_code_verifies(
    qtbot, strangers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    card_file = tmp_path / "paris.card"
    card_file.write_bytes(partner_service.export_identity(paris.session).card)
    view = _view(qtbot, berlin.session, str(card_file))
    with qtbot.waitSignal(view.partners_changed, timeout=WAIT):
        qtbot.mouseClick(view.add_file_button, Qt.MouseButton.LeftButton)
    assert _state_of(view, "paris") == "Not verified"
    dialog = view.dialog
    assert isinstance(dialog, VerifyPartnerDialog)
    expected = partner_service.show_partner(berlin.session, paris.org_id).short_code
    assert dialog.code.text().split() == expected.split()
    assert dialog.code.text().count("\n") == 1  # two halves of five groups
    assert len(expected.split()) == 10  # ten groups of five, easy to read aloud
    assert not dialog.qr.pixmap().isNull()
    assert (
        dialog.fingerprint.text()
        == partner_service.show_partner(berlin.session, paris.org_id).fingerprint_text
    )

    wrong = "1111 2222 3333 4444 5555 6666"
    assert wrong != expected
    qtbot.keyClicks(dialog.spoken, wrong)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "does NOT match" in dialog.error.text()
    assert dialog.isVisible()
    assert not partner_service.show_partner(berlin.session, paris.org_id).partner.verified

    dialog.spoken.clear()
    qtbot.keyClicks(dialog.spoken, expected.replace(" ", "-"))
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert partner_service.show_partner(berlin.session, paris.org_id).partner.verified
    assert _state_of(view, "paris") == "Verified"


def test_add_from_pasted_text_and_a_broken_card(qtbot, strangers) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    view = _view(qtbot, berlin.session)
    qtbot.mouseClick(view.add_text_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, AddPartnerDialog)
    qtbot.keyClicks(dialog.card_text, "not a card at all")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "cannot be used" in dialog.error.text()
    assert partner_service.list_partners(berlin.session) == []
    dialog.card_text.setPlainText(partner_service.export_identity(paris.session).text)
    with qtbot.waitSignal(dialog.added, timeout=WAIT):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in partner_service.list_partners(berlin.session)] == ["paris"]
    assert isinstance(view.dialog, VerifyPartnerDialog)  # verification comes straight after


def test_profile_and_revoke(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    view = _view(qtbot, berlin.session)
    view.select_partner(paris.org_id)
    assert "Contact channel" in view.profile_help.text()  # standard keeps it home
    index = view.profile_combo.findData("minimal")
    view.profile_combo.setCurrentIndex(index)
    with qtbot.waitSignal(view.partners_changed, timeout=WAIT):
        view.profile_combo.activated.emit(index)
    assert profile_service.get_partner_profile(berlin.session, paris.org_id).name == "minimal"
    assert "Notes" in view.profile_help.text()
    with qtbot.waitSignal(view.partners_changed, timeout=WAIT):
        view.revoke_selected(confirmed=True)
    assert _state_of(view, "paris") == "Revoked"
    assert not view.verify_button.isEnabled()


def test_own_card_to_file_and_clipboard(qtbot, strangers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = strangers
    target = tmp_path / "berlin.card"
    view = _view(qtbot, berlin.session, str(target))
    with qtbot.waitSignal(view.own_card.saved, timeout=WAIT):
        qtbot.mouseClick(view.save_card_button, Qt.MouseButton.LeftButton)
    details = partner_service.add_partner(paris.session, target.read_bytes())
    assert details.partner.name == "berlin"

    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(view.own_card.copied, timeout=WAIT):
        qtbot.mouseClick(view.copy_card_button, Qt.MouseButton.LeftButton)
    copied = clipboard.text()
    assert copied.startswith("CASEVAULT-ID")  # a fresh export of our card, as text
    assert view.clipboard.timer.isActive()
    view.clipboard.expire()  # what the 60-second timer does
    assert clipboard.text() == ""

    with qtbot.waitSignal(view.own_card.copied, timeout=WAIT):
        qtbot.mouseClick(view.copy_card_button, Qt.MouseButton.LeftButton)
    clipboard.setText("something the person copied since")
    view.clipboard.expire()
    assert clipboard.text() == "something the person copied since"


def test_key_change_is_shown_until_the_new_code_is_confirmed(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    key_events.rotate_keys(paris.session)
    announcement = io.BytesIO()
    key_events.export_key_announcement(paris.session, None, announcement)
    import_bytes(berlin, announcement.getvalue())
    view = _view(qtbot, berlin.session)
    changed_on = partner_service.show_partner(berlin.session, paris.org_id).partner.keys_changed_at
    assert changed_on is not None
    assert _state_of(view, "paris") == (
        f"Keys changed on {changed_on.date().isoformat()}: compare the new short code to confirm"
    )
    view.select_partner(paris.org_id)
    assert view.verify_button.text() == "&Confirm new keys…"
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, VerifyPartnerDialog)
    new_code = partner_service.show_partner(berlin.session, paris.org_id).short_code
    assert dialog.code.text().split() == new_code.split()  # shown as two lines of five groups
    qtbot.keyClicks(dialog.spoken, new_code)
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert partner_service.show_partner(berlin.session, paris.org_id).partner.trusted
    assert _state_of(view, "paris") == "Verified"
    assert view.verify_button.text() == "&Verify…"
