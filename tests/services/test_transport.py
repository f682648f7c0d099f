"""Transport folders: per-peer settings in the vault, and bundles written into an outbox."""

from __future__ import annotations

import io
import re
import stat
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.transport import PeerKind
from casevault.services import cases as case_service
from casevault.services import exports, transport
from casevault.services.errors import (
    ConsentMissing,
    PartnerNotFound,
    TransportFolderInvalid,
    TransportNotSet,
)
from tests.support.orgs import Org, grant_consent, import_bytes


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    outbox, inbox = tmp_path / "to-paris", tmp_path / "from-paris"
    outbox.mkdir()
    inbox.mkdir()
    return outbox, inbox


def _case(org: Org, surname: str = "Орлов") -> str:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname, given="Пётр"))
    return str(case_service.create_case(org.session, fields).id)


def test_folders_are_kept_per_peer_and_auto_apply_starts_off(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, paris = orgs
    outbox, inbox = _folders(tmp_path)
    peer = transport.resolve_peer(berlin.session, paris.org_id[:8])
    assert peer == transport.Peer(PeerKind.PARTNER, paris.org_id)
    shown = transport.set_folders(berlin.session, peer, outbox=outbox, inbox=inbox)
    assert (shown.outbox, shown.inbox, shown.name) == (outbox.resolve(), inbox.resolve(), "paris")
    assert not shown.auto_apply
    assert not shown.send_on_pass
    transport.set_folders(berlin.session, peer, auto_apply=True)  # the folders are kept
    again = transport.get_folders(berlin.session, peer)
    assert again is not None
    assert again.auto_apply
    assert again.inbox == inbox.resolve()
    assert transport.clear_folders(berlin.session, peer)
    assert transport.list_folders(berlin.session) == []
    assert not transport.clear_folders(berlin.session, peer)


def test_unusable_folders_are_refused(orgs: tuple[Org, Org], tmp_path: Path) -> None:
    berlin, paris = orgs
    peer = transport.resolve_peer(berlin.session, paris.org_id)
    with pytest.raises(TransportFolderInvalid) as missing:
        transport.set_folders(berlin.session, peer, outbox=tmp_path / "nowhere")
    assert missing.value.problem == "missing"
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(TransportFolderInvalid) as not_folder:
        transport.set_folders(berlin.session, peer, inbox=tmp_path / "file")
    assert not_folder.value.problem == "not-a-folder"
    with pytest.raises(TransportFolderInvalid) as same:
        transport.set_folders(berlin.session, peer, outbox=tmp_path, inbox=tmp_path)
    assert same.value.problem == "same"
    assert transport.list_folders(berlin.session) == []


def test_a_node_peer_is_never_this_laptop(orgs: tuple[Org, Org]) -> None:
    berlin, _ = orgs
    from casevault.services.nodes import list_nodes

    own, _others = list_nodes(berlin.session)
    with pytest.raises(PartnerNotFound):
        transport.resolve_peer(berlin.session, own, node=True)
    with pytest.raises(PartnerNotFound):
        transport.resolve_peer(berlin.session, "../../etc", node=True)
    peer = transport.resolve_peer(berlin.session, "0f1e2d3c4b5a", node=True)
    assert peer.kind is PeerKind.NODE


def test_send_writes_a_private_complete_bundle_whose_name_says_nothing(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, paris = orgs
    outbox, inbox = _folders(tmp_path)
    case_id = _case(berlin)
    grant_consent(berlin, paris)
    peer = transport.resolve_peer(berlin.session, paris.org_id)
    transport.set_folders(berlin.session, peer, outbox=outbox, inbox=inbox)
    sent = transport.send(berlin.session, peer)
    files = list(outbox.iterdir())
    assert [f.name for f in files] == [sent.file_name]  # no partial file left behind
    # 128 random bits and the suffix: no partner, no case, no count, no time.
    assert re.fullmatch(r"[0-9a-f]{32}\.cvb", sent.file_name)
    assert case_id[:8] not in sent.file_name
    assert paris.org_id[:8] not in sent.file_name
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert sent.export.cases == 1
    assert import_bytes(paris, files[0].read_bytes()).new_cases == 1


def test_a_failed_send_leaves_nothing_in_the_outbox(orgs: tuple[Org, Org], tmp_path: Path) -> None:
    berlin, paris = orgs
    outbox, _ = _folders(tmp_path)
    _case(berlin)  # no consent recorded for Paris
    peer = transport.resolve_peer(berlin.session, paris.org_id)
    with pytest.raises(TransportNotSet):
        transport.send(berlin.session, peer)
    transport.set_folders(berlin.session, peer, outbox=outbox)
    with pytest.raises(ConsentMissing):
        transport.send(berlin.session, peer)
    assert list(outbox.iterdir()) == []


def test_send_if_changed_falls_quiet_once_peers_agree(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, paris = orgs
    outbox, _ = _folders(tmp_path)
    case_id = _case(berlin)
    grant_consent(berlin, paris)
    peer = transport.resolve_peer(berlin.session, paris.org_id)
    transport.set_folders(berlin.session, peer, outbox=outbox)
    first = transport.send_if_changed(berlin.session, peer)
    assert first is not None
    assert transport.send_if_changed(berlin.session, peer) is None  # nothing new
    # Paris sends the case back unchanged: importing it changes nothing here, so no new send.
    import_bytes(paris, (outbox / first.file_name).read_bytes())
    grant_consent(paris, berlin)
    back = io.BytesIO()
    exports.export_bundle(paris.session, [berlin.org_id], back)
    import_bytes(berlin, back.getvalue())
    assert transport.send_if_changed(berlin.session, peer) is None
    case_service.edit_case(berlin.session, case_id, {"city": "Vilnius"})
    assert transport.send_if_changed(berlin.session, peer) is not None
    assert len(list(outbox.iterdir())) == 2
