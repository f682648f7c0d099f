"""Laptop certificates and node revocations go to a peer until its acknowledgement shows it
holds them (services/node_record_delivery.py), with real vaults, keys and bundles: a `full`
bundle still carries them all, a peer that restores an older backup gets again what it lost,
and a revocation travels on its own when there is nothing else to send."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.node_certificates import CERTIFICATE_RECORD, REVOCATION_RECORD
from casevault.services import cases as case_service
from casevault.services import exports, import_verify, node_keys, nodes
from casevault.services import partners as partner_service
from casevault.services.errors import NothingToExport
from casevault.services.vaults import open_vault
from casevault.vault.repos import node_keys as node_repo
from tests.support.orgs import PASSPHRASE, Org, grant_consent, import_bytes, introduce, make_org

SEIZED = "0f0e0d0c-0b0a-4908-8706-050403020100"  # a laptop id the office removes


def _case(org: Org, surname: str) -> None:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname), city="Kyiv")
    case_service.create_case(org.session, fields)


def _export(sender: Org, recipient: Org, *, full: bool = False) -> bytes:
    grant_consent(sender, recipient)
    sink = io.BytesIO()
    exports.export_bundle(sender.session, [recipient.org_id], sink, full=full)
    return sink.getvalue()


def _sync(sender: Org) -> bytes:
    sink = io.BytesIO()
    exports.export_bundle(sender.session, [], sink, to_own_nodes=True)
    return sink.getvalue()


def _node_records(receiver: Org, bundle: bytes) -> dict[str, int]:
    """How many certificate and revocation records a bundle carries (verified by `receiver`,
    nothing written)."""
    staged = import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))
    assert staged.verified is not None
    kinds = [r.kind for r in staged.verified.records]
    return {kind: kinds.count(kind) for kind in (CERTIFICATE_RECORD, REVOCATION_RECORD)}


def _revocations_held(org: Org, of: Org) -> int:
    with org.session.vault.reading() as conn:
        return len(node_repo.revocations(conn, [of.org_id]))


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Org, Org]:
    office = make_org(tmp_path, "office")
    partner = make_org(tmp_path, "partner")
    introduce(office, partner)
    yield office, partner
    for org in (office, partner):
        org.session.close()


def test_a_certificate_goes_until_acknowledged_and_a_full_bundle_carries_it(
    pair: tuple[Org, Org],
) -> None:
    office, partner = pair
    _case(office, "Орлов")
    _case(partner, "Белов")
    first = _export(office, partner)
    assert _node_records(partner, first)[CERTIFICATE_RECORD] == 1  # the office's own laptop
    assert _node_records(partner, _export(office, partner))[CERTIFICATE_RECORD] == 1  # no ack
    import_bytes(partner, first)
    import_bytes(office, _export(partner, office))  # the partner's acknowledgement
    assert _node_records(partner, _export(office, partner))[CERTIFICATE_RECORD] == 0
    assert _node_records(partner, _export(office, partner, full=True))[CERTIFICATE_RECORD] == 1
    # A sync bundle to our own laptops still carries every record.
    with office.session.vault.reading() as conn:
        known = len(node_repo.certificates(conn))
    assert known == 2  # the office's laptop and the partner's (learnt from its bundle)


def test_a_revocation_goes_until_acknowledged_and_again_after_a_restore(
    pair: tuple[Org, Org], tmp_path: Path
) -> None:
    office, partner = pair
    _case(office, "Орлов")
    _case(partner, "Белов")
    import_bytes(partner, _export(office, partner))
    import_bytes(office, _export(partner, office))
    partner.session.close()
    shutil.copytree(tmp_path / "partner", tmp_path / "partner-backup")  # holds no revocation
    partner.session = open_vault(tmp_path / "partner", PASSPHRASE)

    assert node_keys.revoke_node(office.session, SEIZED)
    carrying = _export(office, partner)
    assert _node_records(partner, carrying) == {CERTIFICATE_RECORD: 0, REVOCATION_RECORD: 1}
    import_bytes(partner, carrying)
    assert _revocations_held(partner, office) == 1
    import_bytes(office, _export(partner, office))
    assert _node_records(partner, _export(office, partner))[REVOCATION_RECORD] == 0

    # The partner's laptop is lost; it restores the backup made before the revocation came.
    partner.session.close()
    shutil.rmtree(tmp_path / "partner")
    shutil.copytree(tmp_path / "partner-backup", tmp_path / "partner")
    partner.session = open_vault(tmp_path / "partner", PASSPHRASE)
    assert _revocations_held(partner, office) == 0
    import_bytes(office, _export(partner, office))  # acknowledges less than before
    again = _export(office, partner)
    # Only what the backup lacks goes again: the certificate was held before the backup.
    assert _node_records(partner, again) == {CERTIFICATE_RECORD: 0, REVOCATION_RECORD: 1}
    import_bytes(partner, again)
    assert _revocations_held(partner, office) == 1


def test_a_revocation_travels_alone_to_a_partner_and_to_our_laptops(
    pair: tuple[Org, Org], tmp_path: Path
) -> None:
    office, partner = pair  # the office has no case: nothing else to send
    laptop = make_org(tmp_path, "laptop")
    request = nodes.create_join_request(laptop.session)
    sink = io.BytesIO()
    enrolled = nodes.enrol_node(office.session, request.card, request.code, sink)
    card = partner_service.export_identity(office.session).card
    nodes.accept_enrolment(laptop.session, io.BytesIO(sink.getvalue()), card, enrolled.short_code)
    with pytest.raises(NothingToExport):
        _export(office, partner)
    with pytest.raises(NothingToExport):
        _sync(office)

    assert node_keys.revoke_node(office.session, SEIZED)
    import_bytes(partner, _export(office, partner))
    import_bytes(laptop, _sync(office))
    for receiver in (partner, laptop):
        with receiver.session.vault.reading() as conn:
            assert node_repo.is_revoked(conn, office.org_id, SEIZED, None)
    laptop.session.close()
