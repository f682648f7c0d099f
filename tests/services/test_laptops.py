"""Our laptops as people see them, node names for conflicts, and naming this laptop."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.errors import UnsafeName
from casevault.services import cases as case_service
from casevault.services import exports, laptops, node_keys, nodes
from casevault.services import partners as partner_service
from casevault.vault.errors import OrgKeysNotHeld
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, make_org


def _sync(source: Org) -> bytes:
    sink = io.BytesIO()
    exports.export_bundle(source.session, [], sink, to_own_nodes=True)
    return sink.getvalue()


def _enrol(existing: Org, new: Org) -> None:
    request = nodes.create_join_request(new.session)
    sink = io.BytesIO()
    result = nodes.enrol_node(existing.session, request.card, request.code, sink)
    card = partner_service.export_identity(existing.session).card
    nodes.accept_enrolment(new.session, io.BytesIO(sink.getvalue()), card, result.short_code)
    new.org_id = existing.org_id


def test_laptops_listed_with_names_state_and_this_one_first(tmp_path: Path) -> None:
    office, laptop, partner = (make_org(tmp_path, n) for n in ("office", "laptop", "partner"))
    introduce(office, partner)
    _enrol(office, laptop)
    laptops.name_this_laptop(laptop.session, "  field laptop  ")
    case_service.create_case(laptop.session, CaseFields(name_cyrillic=PersonName(surname="Орлов")))
    import_bytes(office, _sync(laptop))
    this = node_keys.ensure_node_identity(office.session)
    other = node_keys.ensure_node_identity(laptop.session)
    listed = laptops.list_laptops(office.session)
    assert [entry.node_id for entry in listed] == [this.node_id, other.node_id]
    first, second = listed
    assert first.is_this
    assert first.holds_org_keys is True
    assert first.fingerprint == this.fingerprint
    assert (second.label, second.certified, second.holds_org_keys) == ("field laptop", True, None)
    assert second.fingerprint == other.fingerprint
    assert second.last_bundle_applied is not None
    assert not second.refused

    nodes.remove_node(office.session, other.node_id)
    removed = laptops.list_laptops(office.session)[1]
    assert removed.removed_at is not None
    assert removed.revoked_at is not None  # signed: the office keeps the organisation's keys
    assert removed.refused

    # Node names: ours (this laptop, another of ours), a partner's, and one never heard from.
    case_service.create_case(partner.session, CaseFields(name_cyrillic=PersonName(surname="Ли")))
    import_bytes(office, export_bytes(partner, office))
    partner_node = node_keys.ensure_node_identity(partner.session).node_id
    names = laptops.node_names(office.session, [this.node_id, other.node_id, partner_node, "x"])
    assert (names[this.node_id].ours, names[this.node_id].this_laptop) == (True, True)
    assert names[other.node_id].org_name == "office"
    assert names[other.node_id].label == "field laptop"
    assert (names[other.node_id].ours, names[other.node_id].this_laptop) == (True, False)
    assert (names[partner_node].org_name, names[partner_node].ours) == ("partner", False)
    assert names["x"].org_name is None
    for org in (office, laptop, partner):
        org.session.close()


def test_naming_refuses_unsafe_names_and_laptops_without_the_keys(tmp_path: Path) -> None:
    office, laptop = make_org(tmp_path, "office"), make_org(tmp_path, "laptop")
    _enrol(office, laptop)
    for bad in ("", "x" * 65, "office\u202egpj"):
        with pytest.raises(UnsafeName):
            laptops.name_this_laptop(office.session, bad)
    laptops.name_this_laptop(office.session, "office")
    laptops.name_this_laptop(office.session, "office 2")  # in the same second: still later
    assert laptops.list_laptops(office.session)[0].label == "office 2"
    node_keys.drop_org_keys(laptop.session)
    with pytest.raises(OrgKeysNotHeld):
        laptops.name_this_laptop(laptop.session, "everyday")
    for org in (office, laptop):
        org.session.close()
