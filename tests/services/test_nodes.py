"""Several laptops of one organisation: enrolment, sync through bundles, removal of a node."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.errors import BundleNotForUs, ContentInvalid, ExchangeError, NodeRevoked
from casevault.services import cases as case_service
from casevault.services import exports, nodes
from casevault.services import partners as partner_service
from casevault.services.conflicts import list_conflicts
from casevault.services.errors import (
    BundleFromThisNode,
    BundleReplayed,
    EnrolmentCodeMismatch,
    VaultNotEmpty,
    VerificationMismatch,
)
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, logical_dump, make_org

EXPECTED_REFUSALS = (BundleNotForUs, BundleReplayed, BundleFromThisNode)


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


def test_enrol_sync_and_remove(tmp_path: Path) -> None:
    office = make_org(tmp_path, "office")
    laptop = make_org(tmp_path, "laptop")
    partner = make_org(tmp_path, "partner")
    introduce(office, partner)
    case_id = _case(office, "Орлов")
    _enrol(office, laptop)
    assert [p.name for p in partner_service.list_partners(laptop.session)] == ["partner"]
    assert partner_service.list_partners(laptop.session)[0].trusted
    import_bytes(laptop, _sync(office))
    synced = case_service.get_case(laptop.session, case_id)
    assert synced.fields.contact_channel == "secret"  # own nodes get everything
    # The laptop can now speak for the organisation: the partner accepts its bundle.
    assert import_bytes(partner, export_bytes(laptop, partner)).new_cases == 1
    # Concurrent edits on two laptops surface as a conflict, as between partners.
    case_service.edit_case(office.session, case_id, {"city": "Berlin"})
    case_service.edit_case(laptop.session, case_id, {"city": "Paris"})
    import_bytes(office, _sync(laptop))
    assert [c.field for c in list_conflicts(office.session)] == ["city"]
    with pytest.raises(BundleFromThisNode):
        import_bytes(office, _sync(office))
    laptop_node = nodes.list_nodes(laptop.session)[0]
    nodes.remove_node(office.session, laptop_node)
    before = logical_dump(office.session)
    with pytest.raises(NodeRevoked):  # signed by the laptop's own, now revoked, node keys
        import_bytes(office, _sync(laptop))
    assert logical_dump(office.session) == before
    for org in (office, laptop, partner):
        org.session.close()


def test_enrolment_refusals(tmp_path: Path) -> None:
    office = make_org(tmp_path, "office")
    laptop = make_org(tmp_path, "laptop")
    impostor = make_org(tmp_path, "impostor")
    request = nodes.create_join_request(laptop.session)
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, request.card, request.code, sink)
    office_card = partner_service.export_identity(office.session).card
    impostor_card = partner_service.export_identity(impostor.session).card
    with pytest.raises(VerificationMismatch):
        nodes.accept_enrolment(laptop.session, io.BytesIO(sink.getvalue()), office_card, "1234")
    # An enrolment checked against someone else's card fails the code (or the signature).
    with pytest.raises((VerificationMismatch, ExchangeError)):
        nodes.accept_enrolment(
            laptop.session, io.BytesIO(sink.getvalue()), impostor_card, result.short_code
        )
    _case(laptop, "Петров")
    with pytest.raises(VaultNotEmpty):
        nodes.accept_enrolment(
            laptop.session, io.BytesIO(sink.getvalue()), office_card, result.short_code
        )
    for org in (office, laptop, impostor):
        org.session.close()
    assert ContentInvalid  # the class exists for damaged enrolment content


def test_enrolment_seals_nothing_until_the_new_laptops_code_is_typed(tmp_path: Path) -> None:
    office = make_org(tmp_path, "office")
    laptop = make_org(tmp_path, "laptop")
    thief = make_org(tmp_path, "thief")  # swapped the join request on its way
    genuine = nodes.create_join_request(laptop.session)
    forged = nodes.create_join_request(thief.session)
    assert len(genuine.code.split()) == 5  # the new laptop's half: 25 digits
    before = logical_dump(office.session)
    for request, typed in (
        (genuine.card, "12345 67890"),  # mistyped
        (genuine.card, ""),
        (forged.card, genuine.code),  # the code on the real new laptop's screen
    ):
        sink = io.BytesIO()
        with pytest.raises(EnrolmentCodeMismatch):
            nodes.enrol_node(office.session, request, typed, sink)
        assert sink.getvalue() == b""  # nothing sealed
        assert logical_dump(office.session) == before  # not even an audit entry
    with pytest.raises(EnrolmentCodeMismatch):
        nodes.check_join_request(forged.card, genuine.code)
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, genuine.card, genuine.code.replace(" ", ""), sink)
    # The code the enrolling laptop shows holds the new laptop's half and the organisation's.
    assert genuine.code.replace(" ", "") in result.short_code.replace(" ", "")
    card = partner_service.export_identity(office.session).card
    assert nodes.accept_enrolment(
        laptop.session, io.BytesIO(sink.getvalue()), card, result.short_code
    )
    for org in (office, laptop, thief):
        org.session.close()


def test_three_nodes_and_a_partner_converge_in_any_order(tmp_path: Path) -> None:
    office = make_org(tmp_path, "office")
    laptops = [make_org(tmp_path, f"laptop{i}") for i in range(2)]
    partner = make_org(tmp_path, "partner")
    introduce(office, partner)
    for laptop in laptops:
        _enrol(office, laptop)
    nodes_ = [office, *laptops]
    shared = _case(office, "Смирнов")
    for laptop in laptops:
        import_bytes(laptop, _sync(office))
    import_bytes(partner, export_bytes(office, partner))
    rng = random.Random(3)
    bundles: list[tuple[Org, bytes]] = []
    for round_ in range(3):
        for number, node in enumerate(nodes_):
            case_service.edit_case(node.session, shared, {"notes": f"r{round_} n{number}"})
            _case(node, f"Иванов{round_}{number}")
            bundles.append((node, _sync(node)))
            bundles.append((node, export_bytes(node, partner)))
    case_service.edit_case(partner.session, shared, {"city": "Lyon"})
    for node in nodes_:
        bundles.append((partner, export_bytes(partner, node)))
    deliveries = [(b, target) for b in bundles for target in [*nodes_, partner]] * 2
    rng.shuffle(deliveries)
    for (sender, bundle), target in deliveries:
        if target is sender:
            continue
        # A bundle reaching a vault it was not for, a second time, or its own laptop is
        # refused; every other delivery must apply.
        try:
            import_bytes(target, bundle)
        except EXPECTED_REFUSALS:
            continue

    def state(org: Org) -> list[tuple[str, str]]:
        return sorted(
            (str(s.id), case_service.get_case(org.session, s.id).fields.model_dump_json())
            for s in case_service.list_cases(org.session, limit=1000)
        )

    reference = state(office)
    assert len(reference) == 1 + 3 * 3
    for laptop in laptops:
        assert state(laptop) == reference
    conflicts = {
        tuple(sorted(str(o.value) for o in c.options)) for c in list_conflicts(office.session)
    }
    for laptop in laptops:
        assert {
            tuple(sorted(str(o.value) for o in c.options)) for c in list_conflicts(laptop.session)
        } == conflicts
    for org in (*nodes_, partner):
        org.session.close()
