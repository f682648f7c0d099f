"""Per-laptop keys with real vaults: each laptop signs with its own keys, certified by the
organisation; a removed laptop is refused at partners and at our other laptops, whatever date
its bundles claim, without a new organisation identity; partners encrypt to our laptops' keys,
so a laptop without the organisation's private keys reads what they send."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.errors import BundleNotForUs, NodeRevoked
from casevault.services import cases as case_service
from casevault.services import exports, import_verify, node_keys, nodes
from casevault.services import partners as partner_service
from casevault.services.audit_log import list_audit_entries
from casevault.services.import_verify import StagedBundle
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.errors import OrgKeysNotHeld
from casevault.vault.repos import node_keys as node_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.store import unlock_vault
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, logical_dump, make_org

SAVED_VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"


def _enrol(existing: Org, new: Org) -> None:
    request = nodes.create_join_request(new.session)
    sink = io.BytesIO()
    result = nodes.enrol_node(existing.session, request.card, request.code, sink)
    card = partner_service.export_identity(existing.session).card
    nodes.accept_enrolment(new.session, io.BytesIO(sink.getvalue()), card, result.short_code)
    new.org_id = existing.org_id


def _sync(source: Org) -> bytes:
    sink = io.BytesIO()
    exports.export_bundle(source.session, [], sink, to_own_nodes=True)
    return sink.getvalue()


def _case(org: Org, surname: str) -> str:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname), contact_channel="secret")
    return str(case_service.create_case(org.session, fields).id)


def _stage(receiver: Org, bundle: bytes) -> StagedBundle:
    return import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))


def _fingerprint_at(holder: Org, org: Org) -> str:
    return partner_service.show_partner(holder.session, org.org_id).partner.fingerprint


def _actions(org: Org) -> list[str]:
    return [entry.action for entry in list_audit_entries(org.session, limit=1000)]


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Org]:
    """Our office (keeps the organisation's keys), one everyday laptop, and a partner."""
    office = make_org(tmp_path, "office")
    partner = make_org(tmp_path, "partner")
    introduce(office, partner)
    laptop = make_org(tmp_path, "laptop")
    _case(office, "Орлов")
    _enrol(office, laptop)
    import_bytes(laptop, _sync(office))
    orgs = {"office": office, "laptop": laptop, "partner": partner}
    yield orgs
    for org in orgs.values():
        org.session.close()


def test_every_laptop_certifies_its_own_keys(world: dict[str, Org]) -> None:
    office, laptop = world["office"], world["laptop"]
    office_status = node_keys.ensure_node_identity(office.session)
    laptop_status = node_keys.ensure_node_identity(laptop.session)
    assert office_status.certified
    assert laptop_status.certified
    assert office_status.node_id != laptop_status.node_id
    assert office_status.fingerprint != laptop_status.fingerprint  # keys of its own
    assert "node.certify" in _actions(laptop)


def test_a_laptops_bundle_verifies_at_a_partner_and_at_another_laptop(
    world: dict[str, Org],
) -> None:
    office, laptop, partner = world["office"], world["laptop"], world["partner"]
    known_fingerprint = _fingerprint_at(partner, office)
    laptop_node = node_keys.ensure_node_identity(laptop.session).node_id
    to_partner = export_bytes(laptop, partner)
    staged = _stage(partner, to_partner)
    assert staged.verified is not None
    certificate = staged.verified.node_certificate
    assert certificate is not None
    assert certificate.node_id == laptop_node
    # Signed by the laptop's own keys, certified by the organisation's.
    assert staged.verified.manifest.sender_fingerprint.hex().upper() != known_fingerprint
    assert import_bytes(partner, to_partner).new_cases == 1
    # Our office reads the laptop's sync bundle through the same certificate.
    _case(laptop, "Белов")
    staged_here = _stage(office, _sync(laptop))
    assert staged_here.verified is not None
    assert staged_here.verified.node_certificate is not None
    assert import_bytes(office, _sync(laptop)).new_cases == 1
    assert _fingerprint_at(partner, office) == known_fingerprint  # no new identity


def test_a_removed_laptop_is_refused_at_partners_and_at_our_other_laptops(
    world: dict[str, Org], tmp_path: Path
) -> None:
    office, laptop, partner = world["office"], world["laptop"], world["partner"]
    second = make_org(tmp_path, "second")
    _enrol(office, second)
    import_bytes(partner, export_bytes(laptop, partner))  # the partner knows this laptop
    import_bytes(office, _sync(laptop))  # so does the office
    known_fingerprint = _fingerprint_at(partner, office)
    laptop_node = node_keys.ensure_node_identity(laptop.session).node_id

    assert nodes.remove_node(office.session, laptop_node)  # the laptop was seized
    # Whoever holds the seized laptop makes bundles after the removal, one of them backdated.
    _case(laptop, "Смирнов")
    later = export_bytes(laptop, partner)
    laptop.session.clock = lambda: dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    backdated = export_bytes(laptop, partner)
    backdated_sync = _sync(laptop)

    # The revocation reaches the partner and our second laptop in ordinary bundles.
    case_service.edit_case(office.session, _case(office, "Волков"), {"city": "Riga"})
    import_bytes(partner, export_bytes(office, partner))
    import_bytes(second, _sync(office))
    assert "node.revocation_receive" in _actions(partner)
    for receiver, bundles in ((partner, [later, backdated]), (second, [backdated_sync])):
        before = logical_dump(receiver.session)
        for bundle in bundles:
            with pytest.raises(NodeRevoked) as refused:
                import_bytes(receiver, bundle)
            assert refused.value.node_id == laptop_node
        assert logical_dump(receiver.session) == before
    with pytest.raises(NodeRevoked):
        import_bytes(office, backdated_sync)
    # The organisation keeps its identity: the same fingerprint, still trusted, still heard.
    assert _fingerprint_at(partner, office) == known_fingerprint
    assert partner_service.show_partner(partner.session, office.org_id).partner.trusted
    # And the removed laptop's keys get no more stanzas in what the partner sends us.
    _case(partner, "Ершов")
    to_office = _stage(office, export_bytes(partner, office))
    assert to_office.verified is not None
    listed = {r.org_id for r in to_office.verified.manifest.recipients}
    assert laptop_node not in listed
    assert node_keys.ensure_node_identity(office.session).node_id in listed  # known, not removed
    second.session.close()


def test_a_laptop_without_the_organisation_keys_reads_what_partners_send(
    world: dict[str, Org],
) -> None:
    office, laptop, partner = world["office"], world["laptop"], world["partner"]
    node_keys.drop_org_keys(laptop.session)
    with laptop.session.vault.reading() as conn:
        assert not org_repo.holds_own_private_keys(conn)
        with pytest.raises(OrgKeysNotHeld):
            org_repo.get_own_private_keys(conn)
    assert "node.drop_org_keys" in _actions(laptop)
    # Sealed to the organisation only (the partner does not know the laptop yet): unreadable.
    _case(partner, "Ершов")
    with pytest.raises(BundleNotForUs):
        _stage(laptop, export_bytes(partner, office))
    # The laptop still syncs, signing with its own keys; its certificate reaches the partner
    # inside the office's next bundle.
    import_bytes(office, _sync(laptop))
    import_bytes(partner, export_bytes(office, partner))
    _case(partner, "Зайцев")
    result = import_bytes(laptop, export_bytes(partner, office))
    assert result.new_cases == 2
    with pytest.raises(OrgKeysNotHeld):
        partner_service.export_identity(laptop.session)  # that needs the organisation's keys


def test_an_existing_vault_gets_node_keys_on_first_unlock(tmp_path: Path) -> None:
    saved = SAVED_VAULTS / "schema-16"
    passphrase = json.loads((saved / "meta.json").read_text(encoding="utf-8"))["passphrase"]
    shutil.copytree(saved / "vault", tmp_path / "vault")
    upgraded = Session(unlock_vault(tmp_path / "vault", "passphrase", passphrase))
    with upgraded, upgraded.vault.reading() as conn:  # migrated, not yet given keys
        fingerprint = org_repo.get_own_organisation(conn).public_keys.fingerprint()
        assert conn.execute("SELECT count(*) FROM own_node_keys").fetchone()[0] == 0
    with open_vault(tmp_path / "vault", passphrase) as session:
        status = node_keys.ensure_node_identity(session)
        assert status.certified
        assert status.holds_org_keys
        with session.vault.reading() as conn:
            assert org_repo.get_own_organisation(conn).public_keys.fingerprint() == fingerprint
            assert node_keys.sender_identity(conn).node_certificate is not None


def test_a_partner_cannot_block_our_exports_with_a_clashing_node_id(
    world: dict[str, Org], tmp_path: Path
) -> None:
    office, partner = world["office"], world["partner"]
    other = make_org(tmp_path, "other")
    introduce(office, other)
    # The partner's laptop certified (by the partner, as it may) under the other's org id.
    with office.session.vault.transaction() as conn:
        node_repo.put_certificate(
            conn,
            partner.org_id,
            other.org_id,
            PrivateKeys.generate().public_keys(),
            "2026-01-01T00:00:00Z",
            b"{}",
            dt.datetime.now(dt.UTC),
        )
        assert node_keys.node_recipients(conn, [partner.org_id, other.org_id]) == []
    bundle = export_bytes(office, partner, other)
    assert import_bytes(other, bundle).new_cases == 1
    other.session.close()
