"""The pick-up pass: complete files only, verify -> preview -> apply, waiting for a person when
needed, refused files set aside without touching the vault, nothing imported twice.

"Two looks" are two passes with the same Sightings: no sleeps."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.transport import Outcome, RefusalCause, WaitReason
from casevault.services import cases as case_service
from casevault.services import exports, inbox, transport
from casevault.services.errors import WaitingFileNotFound
from casevault.services.inbox import PassReport, Sightings
from tests.support.orgs import (
    Org,
    export_bytes,
    grant_consent,
    import_bytes,
    introduce,
    logical_dump,
    make_org,
)


@dataclass
class Setup:
    berlin: Org
    paris: Org
    inbox: Path  # Paris's inbox for bundles from Berlin
    peer: transport.Peer  # Berlin, as seen from Paris


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    orgs = [make_org(tmp_path, name) for name in ("berlin", "paris")]
    berlin, paris = orgs
    introduce(berlin, paris)
    folder = tmp_path / "paris-inbox"
    folder.mkdir()
    peer = transport.resolve_peer(paris.session, berlin.org_id)
    transport.set_folders(paris.session, peer, inbox=folder)
    yield Setup(berlin, paris, folder, peer)
    for org in orgs:
        org.session.close()


@pytest.fixture
def yerevan(setup: Setup, tmp_path: Path) -> Iterator[Org]:
    org = make_org(tmp_path, "yerevan")
    introduce(org, setup.paris)
    yield org
    org.session.close()


def _case(org: Org, surname: str = "Орлов", given: str = "Пётр") -> str:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname, given=given), city="Tbilisi")
    return str(case_service.create_case(org.session, fields).id)


def _drop(folder: Path, data: bytes, name: str = "0123456789abcdef0123456789abcdef.cvb") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _two_passes(org: Org, sightings: Sightings | None = None) -> PassReport:
    sightings = sightings or Sightings()
    first = inbox.run_pass(org.session, sightings)
    assert first.files == ()  # a file seen once may still be arriving
    return inbox.run_pass(org.session, sightings)


def _auto(setup: Setup) -> None:
    transport.set_folders(setup.paris.session, setup.peer, auto_apply=True)


def _cases(org: Org) -> list[str]:
    return sorted(str(s.id) for s in case_service.list_cases(org.session, limit=1000))


def _case_tables(org: Org) -> dict[str, object]:
    dump = logical_dump(org.session)
    return {k: v for k, v in dump.items() if not k.startswith(("audit", "transport"))}


def test_auto_apply_on_a_clean_bundle_applies_it_and_moves_it_aside(setup: Setup) -> None:
    _auto(setup)
    case_id = _case(setup.berlin)
    _drop(setup.inbox, export_bytes(setup.berlin, setup.paris))
    report = _two_passes(setup.paris)
    [done] = report.files
    assert done.outcome is Outcome.APPLIED
    assert done.result is not None
    assert done.result.new_cases == 1
    assert _cases(setup.paris) == [case_id]
    assert [p.name for p in setup.inbox.iterdir()] == ["processed"]
    assert [p.name for p in (setup.inbox / "processed").iterdir()] == [done.file_name]


def test_with_auto_apply_off_every_bundle_waits_and_changes_nothing(setup: Setup) -> None:
    _case(setup.berlin)
    before = _case_tables(setup.paris)
    _drop(setup.inbox, export_bytes(setup.berlin, setup.paris))
    [waiting] = _two_passes(setup.paris).files
    assert waiting.outcome is Outcome.WAITING
    assert waiting.waiting_for == (WaitReason.AUTO_APPLY_OFF,)
    assert _case_tables(setup.paris) == before
    [listed] = inbox.list_waiting(setup.paris.session)
    assert listed.path == setup.inbox / "waiting" / waiting.file_name
    assert listed.path.is_file()
    assert listed.peer_name == "berlin"
    assert listed.reasons == (WaitReason.AUTO_APPLY_OFF,)
    # A person imports it by hand (as the import wizard does); the next pass files it away.
    assert import_bytes(setup.paris, listed.path.read_bytes()).new_cases == 1
    inbox.run_pass(setup.paris.session, Sightings())
    assert inbox.list_waiting(setup.paris.session) == []
    assert (setup.inbox / "processed" / waiting.file_name).is_file()


def test_conflicts_wait_for_a_person_even_with_auto_apply(setup: Setup) -> None:
    _auto(setup)
    case_id = _case(setup.berlin)
    import_bytes(setup.paris, export_bytes(setup.berlin, setup.paris))
    case_service.edit_case(setup.berlin.session, case_id, {"city": "Batumi"})
    case_service.edit_case(setup.paris.session, case_id, {"city": "Kutaisi"})
    before = _case_tables(setup.paris)
    _drop(setup.inbox, export_bytes(setup.berlin, setup.paris))
    [waiting] = _two_passes(setup.paris).files
    assert waiting.outcome is Outcome.WAITING
    assert waiting.waiting_for == (WaitReason.CONFLICTS,)
    assert _case_tables(setup.paris) == before


def test_possible_duplicates_wait_for_a_person(setup: Setup) -> None:
    _auto(setup)
    _case(setup.paris, "Смирнов", "Иван")  # Paris already holds a man of that name
    _case(setup.berlin, "Смирнов", "Иван")
    _drop(setup.inbox, export_bytes(setup.berlin, setup.paris))
    [waiting] = _two_passes(setup.paris).files
    assert WaitReason.POSSIBLE_DUPLICATES in waiting.waiting_for


def test_a_person_can_reject_a_waiting_bundle(setup: Setup) -> None:
    _case(setup.berlin)
    _drop(setup.inbox, export_bytes(setup.berlin, setup.paris))
    _two_passes(setup.paris)
    [listed] = inbox.list_waiting(setup.paris.session)
    assert inbox.find_waiting(setup.paris.session, listed.sha256[:6]) == listed
    inbox.finish_waiting(setup.paris.session, listed, applied=False)
    assert inbox.list_waiting(setup.paris.session) == []
    assert (setup.inbox / "refused" / listed.path.name).is_file()
    with pytest.raises(WaitingFileNotFound):
        inbox.find_waiting(setup.paris.session, listed.sha256[:6])


def test_a_file_still_being_written_is_left_until_complete(setup: Setup) -> None:
    _auto(setup)
    _case(setup.berlin)
    bundle = export_bytes(setup.berlin, setup.paris)
    sightings = Sightings()
    path = _drop(setup.inbox, bundle[:1000])  # half-written under its final name
    _drop(setup.inbox, bundle, ".syncthing.abc.cvb.tmp")
    _drop(setup.inbox, bundle, "~syncthing~abc.cvb.tmp")
    _drop(setup.inbox, bundle, ".abc.cvb.partial")
    assert inbox.run_pass(setup.paris.session, sightings).still_arriving == 1
    with path.open("ab") as grow:
        grow.write(bundle[1000:])  # it grew since the last look: not complete yet
    report = inbox.run_pass(setup.paris.session, sightings)
    assert report.files == ()
    assert report.still_arriving == 1
    [done] = inbox.run_pass(setup.paris.session, sightings).files  # unchanged: complete
    assert done.outcome is Outcome.APPLIED
    # Temp and partial names are never read, however long they stay.
    assert inbox.run_pass(setup.paris.session, sightings).files == ()
    assert sorted(p.name for p in setup.inbox.iterdir() if p.is_file()) == [
        ".abc.cvb.partial",
        ".syncthing.abc.cvb.tmp",
        "~syncthing~abc.cvb.tmp",
    ]


def test_a_file_that_comes_back_is_never_imported_twice(setup: Setup) -> None:
    _auto(setup)
    _case(setup.berlin)
    _drop(setup.inbox, export_bytes(setup.berlin, setup.paris))
    [done] = _two_passes(setup.paris).files
    imported = _case_tables(setup.paris)
    # Syncthing (or a second copy from a USB stick) brings the same file back, twice.
    kept = setup.inbox / "processed" / done.file_name
    shutil.copy(kept, setup.inbox / "again.cvb")
    shutil.copy(kept, setup.inbox / done.file_name)
    report = _two_passes(setup.paris)
    assert [f.outcome for f in report.files] == [Outcome.ALREADY, Outcome.ALREADY]
    assert _case_tables(setup.paris) == imported
    assert sorted(p.name for p in (setup.inbox / "processed").iterdir()) == sorted(
        [done.file_name, "again.cvb", done.file_name.replace(".cvb", "-2.cvb")]
    )


def test_a_replayed_bundle_with_new_bytes_is_already_applied(setup: Setup) -> None:
    _auto(setup)
    _case(setup.berlin)
    bundle = export_bytes(setup.berlin, setup.paris)
    import_bytes(setup.paris, bundle)  # imported by hand before
    _drop(setup.inbox, bundle)
    [done] = _two_passes(setup.paris).files
    assert done.outcome is Outcome.ALREADY
    assert (setup.inbox / "processed" / done.file_name).is_file()


def test_refused_files_go_to_refused_and_never_touch_the_cases(setup: Setup) -> None:
    _auto(setup)
    _case(setup.berlin)
    before = _case_tables(setup.paris)
    bundle = export_bytes(setup.berlin, setup.paris)
    damaged = {
        "a-garbage.cvb": (b"not a bundle at all, just some text\n", RefusalCause.NOT_A_BUNDLE),
        "b-cut-short.cvb": (bundle[: len(bundle) // 2], RefusalCause.DAMAGED),
        "c-bit-flipped.cvb": (
            bundle[:-40] + bytes([bundle[-40] ^ 1]) + bundle[-39:],
            RefusalCause.DAMAGED,
        ),
    }
    for name, (data, _cause) in damaged.items():
        _drop(setup.inbox, data, name)
    report = _two_passes(setup.paris)
    assert [(f.file_name, f.outcome, f.refusal) for f in report.files] == [
        (name, Outcome.REFUSED, cause) for name, (_data, cause) in damaged.items()
    ]
    assert all(f.error is not None for f in report.files)
    assert sorted(p.name for p in (setup.inbox / "refused").iterdir()) == sorted(damaged)
    assert _case_tables(setup.paris) == before
    # The register keeps why each file was refused (listed by `transport history`).
    history = inbox.handled_files(setup.paris.session)
    assert sorted((h.file_name, h.outcome, h.refusal) for h in history) == [
        (name, Outcome.REFUSED, cause) for name, (_data, cause) in damaged.items()
    ]
    assert {h.peer_name for h in history} == {"berlin"}


def test_a_bundle_for_someone_else_is_refused(setup: Setup, yerevan: Org) -> None:
    _auto(setup)
    _case(setup.berlin)
    introduce(setup.berlin, yerevan)
    _drop(setup.inbox, export_bytes(setup.berlin, yerevan))
    [refused] = _two_passes(setup.paris).files
    assert refused.refusal is RefusalCause.NOT_FOR_US


def test_an_authentic_bundle_in_another_peers_folder_is_refused(setup: Setup, yerevan: Org) -> None:
    _auto(setup)
    _case(yerevan)
    before = _case_tables(setup.paris)
    _drop(setup.inbox, export_bytes(yerevan, setup.paris))  # Yerevan's, in Berlin's inbox
    [refused] = _two_passes(setup.paris).files
    assert refused.refusal is RefusalCause.WRONG_FOLDER
    assert _case_tables(setup.paris) == before


def test_an_unplugged_inbox_is_reported_not_fatal(setup: Setup) -> None:
    shutil.rmtree(setup.inbox)
    report = inbox.run_pass(setup.paris.session, Sightings())
    assert report.missing_inboxes == (setup.peer,)


def test_a_pass_sends_what_changed_to_peers_that_want_it(setup: Setup, tmp_path: Path) -> None:
    outbox = tmp_path / "paris-outbox"
    outbox.mkdir()
    transport.set_folders(setup.paris.session, setup.peer, outbox=outbox, send_on_pass=True)
    _case(setup.paris)
    report = inbox.run_pass(setup.paris.session, Sightings())
    [failure] = report.send_failures  # the man has not consented to Berlin yet
    assert type(failure.error).__name__ == "ConsentMissing"
    assert list(outbox.iterdir()) == []
    grant_consent(setup.paris, setup.berlin)
    [sent] = inbox.run_pass(setup.paris.session, Sightings()).sent
    assert [p.name for p in outbox.iterdir()] == [sent.file_name]
    assert inbox.run_pass(setup.paris.session, Sightings()).sent == ()  # nothing new


def test_laptops_of_one_organisation_use_node_folders(setup: Setup, tmp_path: Path) -> None:
    from casevault.services import nodes, partners

    laptop = make_org(tmp_path, "laptop")
    try:
        request = nodes.create_join_request(laptop.session)
        sink = io.BytesIO()
        result = nodes.enrol_node(setup.paris.session, request.card, request.code, sink)
        card = partners.export_identity(setup.paris.session).card
        nodes.accept_enrolment(laptop.session, io.BytesIO(sink.getvalue()), card, result.short_code)
        laptop_node, _ = nodes.list_nodes(laptop.session)
        folder = tmp_path / "from-laptop"
        folder.mkdir()
        peer = transport.resolve_peer(setup.paris.session, laptop_node, node=True)
        transport.set_folders(setup.paris.session, peer, inbox=folder, auto_apply=True)
        case_id = _case(laptop)
        sync = io.BytesIO()
        exports.export_bundle(laptop.session, [], sync, to_own_nodes=True)
        _drop(folder, sync.getvalue())
        # A bundle from Berlin dropped into the laptop's folder is refused there.
        _case(setup.berlin)
        _drop(folder, export_bytes(setup.berlin, setup.paris), "other.cvb")
        report = _two_passes(setup.paris)
        outcomes = {f.outcome for f in report.files}
        assert outcomes == {Outcome.APPLIED, Outcome.REFUSED}
        assert case_id in _cases(setup.paris)
    finally:
        laptop.session.close()


def test_a_link_planted_as_refused_folder_is_never_followed(setup: Setup, tmp_path: Path) -> None:
    elsewhere = tmp_path / "autostart"
    elsewhere.mkdir()
    (setup.inbox / "refused").symlink_to(elsewhere, target_is_directory=True)
    _drop(setup.inbox, b"[Desktop Entry]\nExec=harm\n", "evil.desktop")
    [refused] = _two_passes(setup.paris).files
    assert refused.outcome is Outcome.REFUSED
    assert list(elsewhere.iterdir()) == []
    # Left in place, and known by its content: the next passes never read it again.
    again = _two_passes(setup.paris)
    assert [f.outcome for f in again.files] == [Outcome.ALREADY]
    assert list(elsewhere.iterdir()) == []
