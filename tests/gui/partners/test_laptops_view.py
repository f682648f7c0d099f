"""Our laptops and keys in the app: the two-laptop enrolment through the dialogs (real vaults,
real files), a wrong code refused on either side, sync, removal (type-to-confirm) whose
revocation makes a partner refuse that laptop's later bundle, keeping the organisation's keys
off a laptop, rotation with its announcement file, and the laptops model."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, logical_dump, make_org

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.errors import NodeRevoked
from casevault.gui.partners.accept_enrolment_dialog import AcceptEnrolmentDialog
from casevault.gui.partners.announce_keys_dialog import AnnounceKeysDialog
from casevault.gui.partners.drop_org_keys_dialog import DropOrgKeysDialog
from casevault.gui.partners.enrol_laptop_dialog import EnrolLaptopDialog
from casevault.gui.partners.join_request_dialog import JoinRequestDialog
from casevault.gui.partners.key_change_dialog import KeyChangeDialog
from casevault.gui.partners.laptops_view import LaptopsView
from casevault.gui.partners.name_laptop_dialog import NameLaptopDialog
from casevault.gui.partners.remove_laptop_dialog import RemoveLaptopDialog
from casevault.gui.partners.sync_dialog import SyncDialog
from casevault.services import cases as case_service
from casevault.services import exports, node_keys, nodes
from casevault.services import partners as partner_service

pytestmark = pytest.mark.gui


class Files:
    """The file dialogs' answers, in order, as a person would pick them."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked = 0

    def __call__(self, *_args: object) -> str:
        self.asked += 1
        return self.answers.pop(0) if self.answers else ""


def _view(qtbot, org: Org, files: Files) -> LaptopsView:  # type: ignore[no-untyped-def]
    view = LaptopsView(org.session, open_file=files, save_file=files)
    qtbot.addWidget(view)
    view.show()
    return view


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _case(org: Org, surname: str) -> str:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname), contact_channel="secret")
    return str(case_service.create_case(org.session, fields).id)


def _sync(source: Org) -> bytes:
    sink = io.BytesIO()
    exports.export_bundle(source.session, [], sink, to_own_nodes=True)
    return sink.getvalue()


def _user_only(path: Path) -> bool:
    return (
        stat.S_IMODE(path.stat().st_mode) == 0o600
        and not path.with_name(path.name + ".partial").exists()
    )


def _enrol_through_the_dialogs(qtbot, office: Org, new: Org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new_files, office_files = Files(), Files()
    new_view, office_view = _view(qtbot, new, new_files), _view(qtbot, office, office_files)
    request_file, enrol_file, card_file = (
        tmp_path / "join.request",
        tmp_path / "laptop.enrol",
        tmp_path / "org.card",
    )
    # 1. The new laptop writes its request and shows its code.
    _click(qtbot, new_view.request_button)
    request_dialog = new_view.dialog
    assert isinstance(request_dialog, JoinRequestDialog)
    new_files.answers.append(str(request_file))
    with qtbot.waitSignal(request_dialog.written, timeout=30_000):  # written in a worker
        _click(qtbot, request_dialog.write_button)
    new_code = request_dialog.code.text()
    assert new_code
    assert _user_only(request_file)
    # 2. The enrolled laptop reads it; the code seen on the new laptop is typed there.
    _click(qtbot, office_view.enrol_button)
    enrol_dialog = office_view.dialog
    assert isinstance(enrol_dialog, EnrolLaptopDialog)
    assert not enrol_dialog.enrol_button.isEnabled()  # nothing to write before a code is typed
    office_files.answers.append(str(request_file))
    _click(qtbot, enrol_dialog.open_button)
    qtbot.keyClicks(enrol_dialog.typed_code, new_code)
    office_files.answers.append(str(enrol_file))
    with qtbot.waitSignal(enrol_dialog.enrolled, timeout=30_000):  # written in a worker
        _click(qtbot, enrol_dialog.enrol_button)
    office_code = enrol_dialog.result_code.text()
    assert office_code
    assert _user_only(enrol_file)
    office_files.answers.append(str(card_file))
    with qtbot.waitSignal(enrol_dialog.card_saved, timeout=30_000):  # written in a worker
        _click(qtbot, enrol_dialog.save_card_button)
    assert card_file.exists()
    # 3. Back on the new laptop: accept with the card and the code the enrolled laptop shows.
    _click(qtbot, request_dialog.accept_button)
    accept_dialog = new_view.dialog
    assert isinstance(accept_dialog, AcceptEnrolmentDialog)
    new_files.answers += [str(enrol_file), str(card_file)]
    _click(qtbot, accept_dialog.bundle_button)
    _click(qtbot, accept_dialog.card_button)
    qtbot.keyClicks(accept_dialog.typed_code, office_code)
    qtbot.keyClicks(accept_dialog.laptop_name, "field laptop 2")
    with qtbot.waitSignal(accept_dialog.joined, timeout=30_000) as joined:  # in a worker
        _click(qtbot, accept_dialog.join_button)
    assert joined.args == [office.name]
    new.org_id = office.org_id


def test_two_laptop_enrolment_and_sync_through_the_dialogs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, partner, new = (make_org(tmp_path, n) for n in ("office", "partner", "newlaptop"))
    introduce(office, partner)
    case_id = _case(office, "Орлов")
    _enrol_through_the_dialogs(qtbot, office, new, tmp_path)
    with new.session.vault.reading() as conn:
        assert conn.execute("SELECT id FROM own_organisation").fetchone()[0] == office.org_id
    assert [p.name for p in partner_service.list_partners(new.session)] == ["partner"]
    status = node_keys.ensure_node_identity(new.session)
    assert status.certified

    # Sync from the office laptop, through its dialog, to the new one.
    files = Files()
    office_view = _view(qtbot, office, files)
    _click(qtbot, office_view.sync_button)
    sync_dialog = office_view.dialog
    assert isinstance(sync_dialog, SyncDialog)
    files.answers.append(str(tmp_path / "sync.cvb"))
    with qtbot.waitSignal(sync_dialog.written, timeout=30_000):  # written in a worker
        _click(qtbot, sync_dialog.write_button)
    assert "1 case." in sync_dialog.status.text()
    import_bytes(new, (tmp_path / "sync.cvb").read_bytes())
    assert case_service.get_case(new.session, case_id).fields.contact_channel == "secret"

    # The office now knows the new laptop (from its sync), listed with its certificate.
    import_bytes(office, _sync(new))
    office_view.refresh()
    model = office_view.table.model()
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert status.node_id[:8] in rows
    new_row = rows[status.node_id[:8]]
    assert model.index(new_row, 0).data() == "field laptop 2"  # its name travelled
    assert model.index(new_row, 3).data() == "Certified"
    assert model.index(new_row, 2).data(Qt.ItemDataRole.ToolTipRole) == status.fingerprint
    assert model.index(new_row, 4).data() == "Not known here"
    assert model.index(0, 0).data().endswith("(this laptop)")
    assert model.index(0, 4).data() == "Kept"
    for org in (office, partner, new):
        org.session.close()


def test_a_wrong_code_is_refused_on_either_laptop(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, new = make_org(tmp_path, "office"), make_org(tmp_path, "newlaptop")
    request = nodes.create_join_request(new.session)
    request_file = tmp_path / "join.request"
    request_file.write_bytes(request.card)
    files = Files()
    office_view = _view(qtbot, office, files)
    dialog = office_view.enrol()
    files.answers.append(str(request_file))
    _click(qtbot, dialog.open_button)
    wrong = "".join(
        "1" if c != "1" and c.isdigit() else "2" if c.isdigit() else c for c in request.code
    )
    qtbot.keyClicks(dialog.typed_code, wrong)
    before = files.asked
    _click(qtbot, dialog.enrol_button)
    assert "not the one the new laptop shows" in dialog.status.text()
    assert files.asked == before  # not even asked where to write: nothing sealed
    assert dialog.result_code.text() == ""
    assert list(tmp_path.glob("*.enrol")) == []

    # With the right code on the enrolled laptop, a wrong one on the new laptop changes nothing.
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, request.card, request.code, sink)
    (tmp_path / "laptop.enrol").write_bytes(sink.getvalue())
    (tmp_path / "org.card").write_bytes(partner_service.export_identity(office.session).card)
    new_files = Files()
    new_view = _view(qtbot, new, new_files)
    accept = new_view.accept_enrolment()
    new_files.answers += [str(tmp_path / "laptop.enrol"), str(tmp_path / "org.card")]
    _click(qtbot, accept.bundle_button)
    _click(qtbot, accept.card_button)
    before_dump = logical_dump(new.session)
    assert result.short_code != "1" * len(result.short_code)
    qtbot.keyClicks(accept.typed_code, "1" * len(result.short_code))
    _click(qtbot, accept.join_button)
    qtbot.waitUntil(lambda: not accept.busy, timeout=30_000)  # refused in a worker
    assert "not the one the enrolling laptop shows" in accept.status.text()
    assert logical_dump(new.session) == before_dump
    for org in (office, new):
        org.session.close()


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An office laptop, an everyday laptop enrolled and synced, and a partner who knows it."""
    office, partner, laptop = (make_org(tmp_path, n) for n in ("office", "partner", "laptop"))
    introduce(office, partner)
    _case(office, "Орлов")
    request = nodes.create_join_request(laptop.session)
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, request.card, request.code, sink)
    card = partner_service.export_identity(office.session).card
    nodes.accept_enrolment(laptop.session, io.BytesIO(sink.getvalue()), card, result.short_code)
    laptop.org_id = office.org_id
    import_bytes(laptop, _sync(office))
    import_bytes(office, _sync(laptop))
    import_bytes(partner, export_bytes(laptop, partner))
    yield office, laptop, partner
    for org in (office, laptop, partner):
        org.session.close()


def test_removed_laptop_is_refused_at_a_partner(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    office, laptop, partner = world
    laptop_node = node_keys.ensure_node_identity(laptop.session).node_id
    view = _view(qtbot, office, Files())
    assert not view.remove_button.isEnabled()  # this laptop is selected first: not removable
    view.select_laptop(laptop_node)
    _click(qtbot, view.remove_button)
    dialog = view.dialog
    assert isinstance(dialog, RemoveLaptopDialog)
    assert not dialog.remove_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "wrong")
    assert not dialog.remove_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, laptop_node[:8])
    with qtbot.waitSignal(dialog.removed) as removed:
        _click(qtbot, dialog.remove_button)
    assert removed.args == [True]  # signed: this laptop keeps the organisation's keys
    assert "signed notice" in dialog.status.text()
    dialog.accept()
    model = view.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == laptop_node[:8])
    assert model.index(row, 3).data() == "Removed everywhere (revocation signed)"

    later = export_bytes(laptop, partner)  # made on the seized laptop after its removal
    import_bytes(partner, export_bytes(office, partner))  # the revocation travels
    before = logical_dump(partner.session)
    with pytest.raises(NodeRevoked):
        import_bytes(partner, later)
    assert logical_dump(partner.session) == before


def test_keep_the_organisation_keys_off_this_laptop(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    _office, laptop, _partner = world
    view = _view(qtbot, laptop, Files())
    assert view.enrol_button.isEnabled()
    _click(qtbot, view.drop_button)
    dialog = view.dialog
    assert isinstance(dialog, DropOrgKeysDialog)
    assert "WARNING" in dialog.intro.text()
    assert not dialog.drop_button.isEnabled()  # not before "another laptop keeps them"
    dialog.confirm.setChecked(True)
    _click(qtbot, dialog.drop_button)
    assert not node_keys.ensure_node_identity(laptop.session).holds_org_keys
    dialog.accept()
    assert view.table.model().index(0, 4).data() == "Not kept"
    for button in (view.enrol_button, view.rotate_button, view.revoke_button, view.drop_button):
        assert not button.isEnabled()


def test_rotation_produces_the_announcement_partners_accept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, partner = make_org(tmp_path, "office"), make_org(tmp_path, "partner")
    introduce(office, partner)
    files = Files()
    view = _view(qtbot, office, files)
    assert not view.announce_button.isEnabled()  # nothing to announce yet
    _click(qtbot, view.rotate_button)
    dialog = view.dialog
    assert isinstance(dialog, KeyChangeDialog)
    old = partner_service.show_partner(partner.session, office.org_id).partner.fingerprint
    with qtbot.waitSignal(dialog.changed, timeout=30_000):  # made in a worker
        _click(qtbot, dialog.change_button)
    new_fingerprint = dialog.fingerprint.text().replace(" ", "")
    assert new_fingerprint.lower() != old.lower()
    _click(qtbot, dialog.announce_button)  # closes the dialog (deleted once events run)
    announce = view.dialog
    assert isinstance(announce, AnnounceKeysDialog)
    assert "keys changed" in announce.intro.text()
    files.answers.append(str(tmp_path / "keys.cvb"))
    with qtbot.waitSignal(announce.written, timeout=30_000):  # written in a worker
        _click(qtbot, announce.write_button)
    assert "1 partner " in announce.status.text()
    assert _user_only(tmp_path / "keys.cvb")
    import_bytes(partner, (tmp_path / "keys.cvb").read_bytes())
    seen = partner_service.show_partner(partner.session, office.org_id).partner
    assert seen.keys_changed_at is not None
    assert seen.fingerprint.replace(" ", "") == new_fingerprint
    for org in (office, partner):
        org.session.close()


def test_revocation_needs_the_typed_word(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    view = _view(qtbot, office, Files())
    dialog = view.change_keys(revoke=True)
    old = node_keys.ensure_node_identity(office.session)
    assert not dialog.change_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "revoke")
    assert not dialog.change_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "REVOKE")
    with qtbot.waitSignal(dialog.changed, timeout=30_000):  # made in a worker
        _click(qtbot, dialog.change_button)
    assert dialog.fingerprint.text()
    assert view.announce_button.isEnabled()
    assert node_keys.ensure_node_identity(office.session).certified  # re-certified by new keys
    assert old.node_id == node_keys.ensure_node_identity(office.session).node_id
    office.session.close()


def test_every_action_has_a_mnemonic_and_an_accessible_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    view = _view(qtbot, office, Files())
    buttons = view.findChildren(QPushButton)
    assert len(buttons) == 10
    letters = []
    for button in buttons:
        assert button.accessibleName()
        assert button.toolTip()
        assert "&" in button.text()
        letters.append(button.text()[button.text().index("&") + 1].lower())
    assert len(set(letters)) == len(letters)  # no two share a mnemonic
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == [
        "Laptop", "Id", "Fingerprint", "State", "Organisation keys", "Last bundle applied",
    ]  # fmt: skip
    assert view.model.rowCount() == 1
    office.session.close()


def test_menu_shortcut_opens_our_laptops(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    assert window.laptops_action.shortcut().toString() == "Ctrl+Shift+K"
    window.laptops_action.trigger()
    exchange = window.workspace.exchange
    assert window.workspace.tabs.currentWidget() is exchange
    assert exchange.sections.currentWidget() is exchange.laptops


def test_name_this_laptop(qtbot, tmp_path: Path, typist) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    view = _view(qtbot, office, Files())
    _click(qtbot, view.name_button)
    dialog = view.dialog
    assert isinstance(dialog, NameLaptopDialog)
    typist(dialog.name, "office\u202egpj")  # a right-to-left override disguises text
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)  # refused in a worker
    assert "cannot be used" in dialog.status.text()
    assert view.model.index(0, 0).data().startswith("Laptop ")
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "office")
    with qtbot.waitSignal(dialog.named, timeout=30_000):  # signed in a worker
        _click(qtbot, dialog.save_button)
    dialog.accept()
    assert view.model.index(0, 0).data() == "office (this laptop)"
    office.session.close()
