"""Joining, enrolling, naming, syncing and announcing make keys, sign and write files off the
GUI thread (a worker), the buttons waiting meanwhile (a second click starts nothing), and the
result lands in the dialog (real vaults, real keys, real files)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.support.orgs import Org, introduce, make_org
from tests.support.threads import (
    off_the_gui_thread,
    record_threads,
    runs_once_in_a_worker,
)

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.partners.accept_enrolment_dialog import AcceptEnrolmentDialog
from casevault.gui.partners.announce_keys_dialog import AnnounceKeysDialog
from casevault.gui.partners.enrol_laptop_dialog import EnrolLaptopDialog
from casevault.gui.partners.join_request_dialog import JoinRequestDialog
from casevault.gui.partners.name_laptop_dialog import NameLaptopDialog
from casevault.gui.partners.sync_dialog import SyncDialog
from casevault.services import cases as case_service
from casevault.services import exports, key_events, node_keys, nodes
from casevault.services import laptops as laptop_service
from casevault.services import partners as partner_service

pytestmark = pytest.mark.gui
WAIT = 30_000


class Files:
    """The file dialogs' answers, in order, as a person would pick them."""

    def __init__(self, *answers: Path) -> None:
        self.answers = [str(answer) for answer in answers]
        self.asked = 0

    def __call__(self, *_args: object) -> str:
        self.asked += 1
        return self.answers.pop(0) if self.answers else ""


def _show(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_join_request_is_made_and_written_in_a_worker(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    new = make_org(tmp_path, "newlaptop")
    threads = record_threads(monkeypatch, nodes, "create_join_request")
    files = Files(tmp_path / "join.request")
    dialog = _show(qtbot, JoinRequestDialog(new.session, save_file=files))
    with qtbot.waitSignal(dialog.written, timeout=WAIT) as written:
        assert dialog.write_request()
        assert dialog.busy
        assert not dialog.write_button.isEnabled()
        assert not dialog.write_request()  # a second click: not even asked where
        assert files.asked == 1
    assert off_the_gui_thread(threads)
    assert len(threads) == 1
    assert written.args == [str(tmp_path / "join.request")]
    assert not dialog.busy
    assert dialog.code.text()
    assert dialog.accept_button.isEnabled()
    assert nodes.check_join_request((tmp_path / "join.request").read_bytes(), dialog.code.text())
    new.session.close()


def _request(office: Org, new: Org, tmp_path: Path) -> nodes.JoinRequest:
    request = nodes.create_join_request(new.session)
    (tmp_path / "join.request").write_bytes(request.card)
    return request


def test_the_enrolment_and_the_card_are_written_in_workers(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office, new = make_org(tmp_path, "office"), make_org(tmp_path, "newlaptop")
    request = _request(office, new, tmp_path)
    enrolling = record_threads(monkeypatch, nodes, "enrol_node")
    exporting = record_threads(monkeypatch, partner_service, "export_identity")
    files = Files(tmp_path / "join.request", tmp_path / "laptop.enrol", tmp_path / "org.card")
    dialog = _show(qtbot, EnrolLaptopDialog(office.session, open_file=files, save_file=files))
    assert dialog.open_request()
    qtbot.keyClicks(dialog.typed_code, request.code)
    enrolled = runs_once_in_a_worker(
        qtbot, dialog, dialog.enrolled, dialog.enrol, enrolling, dialog.enrol_button
    )
    assert enrolled.args == [dialog.result_code.text()]
    assert dialog.result_code.text()
    assert (tmp_path / "laptop.enrol").stat().st_size > 0
    assert dialog.save_card_button.isEnabled()
    with qtbot.waitSignal(dialog.card_saved, timeout=WAIT):
        assert dialog.save_card()
        assert not dialog.save_card_button.isEnabled()
        assert not dialog.save_card()
    assert off_the_gui_thread(exporting)
    assert len(exporting) == 1
    assert b'"version"' in (tmp_path / "org.card").read_bytes()  # the card, signed
    assert files.asked == 3
    for org in (office, new):
        org.session.close()


def test_accepting_the_enrolment_runs_in_a_worker_and_the_laptop_joins(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office, new = make_org(tmp_path, "office"), make_org(tmp_path, "newlaptop")
    request = _request(office, new, tmp_path)
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, request.card, request.code, sink)
    (tmp_path / "laptop.enrol").write_bytes(sink.getvalue())
    (tmp_path / "org.card").write_bytes(partner_service.export_identity(office.session).card)
    accepting = record_threads(monkeypatch, nodes, "accept_enrolment")
    naming = record_threads(monkeypatch, laptop_service, "name_this_laptop")
    files = Files(tmp_path / "laptop.enrol", tmp_path / "org.card")
    dialog = _show(qtbot, AcceptEnrolmentDialog(new.session, open_file=files))
    assert dialog.open_bundle()
    assert dialog.open_card()
    qtbot.keyClicks(dialog.typed_code, result.short_code)
    qtbot.keyClicks(dialog.laptop_name, "field laptop 2")
    with qtbot.waitSignal(dialog.joined, timeout=WAIT) as joined:
        assert dialog.join()
        assert dialog.busy
        assert not dialog.join_button.isEnabled()
        assert not dialog.join()  # a second click starts nothing
    assert off_the_gui_thread(accepting + naming)
    assert (len(accepting), len(naming)) == (1, 1)
    assert joined.args == ["office"]
    assert not dialog.busy
    assert "office" in dialog.status.text()
    with new.session.vault.reading() as conn:
        assert conn.execute("SELECT id FROM own_organisation").fetchone()[0] == office.org_id
    this = next(lap for lap in laptop_service.list_laptops(new.session) if lap.is_this)
    assert this.label == "field laptop 2"
    for org in (office, new):
        org.session.close()


def test_naming_this_laptop_signs_in_a_worker(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office = make_org(tmp_path, "office")
    threads = record_threads(monkeypatch, laptop_service, "name_this_laptop")
    dialog = _show(qtbot, NameLaptopDialog(office.session, ""))
    qtbot.keyClicks(dialog.name, "office")
    named = runs_once_in_a_worker(
        qtbot, dialog, dialog.named, dialog.save, threads, dialog.save_button
    )
    assert named.args == ["office"]
    assert dialog.save_button.isEnabled()
    this = next(lap for lap in laptop_service.list_laptops(office.session) if lap.is_this)
    assert this.label == "office"
    office.session.close()


def test_the_sync_bundle_is_written_in_a_worker(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office, laptop = make_org(tmp_path, "office"), make_org(tmp_path, "laptop")
    request = _request(office, laptop, tmp_path)
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, request.card, request.code, sink)
    card = partner_service.export_identity(office.session).card
    nodes.accept_enrolment(laptop.session, io.BytesIO(sink.getvalue()), card, result.short_code)
    fields = CaseFields(name_cyrillic=PersonName(surname="Орлов"), contact_channel="secret")
    case_service.create_case(office.session, fields)
    threads = record_threads(monkeypatch, exports, "export_bundle")
    files = Files(tmp_path / "sync.cvb")
    dialog = _show(qtbot, SyncDialog(office.session, save_file=files))
    written = runs_once_in_a_worker(
        qtbot, dialog, dialog.written, dialog.write, threads, dialog.write_button
    )
    assert files.asked == 1
    assert written.args == [1]
    assert "1 case." in dialog.status.text()
    assert (tmp_path / "sync.cvb").stat().st_size > 0
    assert dialog.write_button.isEnabled()
    for org in (office, laptop):
        org.session.close()


def test_the_key_announcement_is_written_in_a_worker(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    office, partner = make_org(tmp_path, "office"), make_org(tmp_path, "partner")
    introduce(office, partner)
    key_events.rotate_keys(office.session)
    threads = record_threads(monkeypatch, key_events, "export_key_announcement")
    files = Files(tmp_path / "keys.cvb")
    dialog = _show(qtbot, AnnounceKeysDialog(office.session, save_file=files))
    written = runs_once_in_a_worker(
        qtbot, dialog, dialog.written, dialog.write, threads, dialog.write_button
    )
    assert files.asked == 1
    assert written.args == [1]
    assert "1 partner " in dialog.status.text()
    assert (tmp_path / "keys.cvb").stat().st_size > 0
    assert node_keys.ensure_node_identity(office.session).certified
    for org in (office, partner):
        org.session.close()
