"""A bundle from a newer CaseVault, with real vaults and keys: a record kind this version does
not know is passed over (the rest applies, the audit names it, the acknowledgement moves); a
kind marked `must.` refuses the whole bundle (docs/spec/bundle-format.md, section 10c)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.seal import BundleWriter, RecipientKeys
from casevault.exchange.unseal import unseal_bundle
from casevault.services import cases as case_service
from casevault.services import node_keys
from casevault.services.audit_log import list_audit_entries
from casevault.vault.repos import exchange_state
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, make_org


def _with_extra_record(sender: Org, recipient: Org, bundle: bytes, kind: str) -> bytes:
    """`bundle` sealed again by its real sender with one more record of `kind` (as a newer
    writer would put it), after the sender's own records."""
    with recipient.session.vault.reading() as conn:
        keys = org_repo.get_own_private_keys(conn)
        verified = unseal_bundle(
            io.BytesIO(bundle),
            keys,
            recipient.org_id,
            lambda org_id: partner_repo.find_public_keys(conn, org_id),
        )
        records = [(r.kind, dict(r.value)) for r in verified.records]
    with sender.session.vault.reading() as conn:
        identity = node_keys.sender_identity(conn)
    sink = io.BytesIO()
    addressee = [RecipientKeys(recipient.org_id, keys.public_keys())]
    created = verified.manifest.created_at
    with BundleWriter(sink, identity, addressee, str(uuid.uuid4()), created) as writer:
        for record_kind, value in records:
            writer.add_record(record_kind, value)
        writer.add_record(kind, {"hint": "from a later version", "count": 3})
    return sink.getvalue()


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Org, Org]:
    office = make_org(tmp_path, "office")
    partner = make_org(tmp_path, "partner")
    introduce(office, partner)
    fields = CaseFields(name_cyrillic=PersonName(surname="Орлов"), city="Kyiv")
    case_service.create_case(office.session, fields)
    yield office, partner
    for org in (office, partner):
        org.session.close()


def test_an_unknown_kind_is_passed_over_and_the_rest_applies(pair: tuple[Org, Org]) -> None:
    office, partner = pair
    bundle = _with_extra_record(office, partner, export_bytes(office, partner), "case_hint")
    result = import_bytes(partner, bundle)
    assert result.new_cases == 1
    entry = next(
        e for e in list_audit_entries(partner.session, limit=50) if e.action == "bundle.import"
    )
    assert entry.details["passed_over"] == {"case_hint": 1}
    with partner.session.vault.reading() as conn:  # acknowledged like any applied bundle
        assert [k.org_id for k in exchange_state.get_knowledge(conn)] == [office.org_id]


def test_an_unknown_kind_that_must_be_understood_refuses_the_bundle(
    pair: tuple[Org, Org],
) -> None:
    office, partner = pair
    bundle = _with_extra_record(office, partner, export_bytes(office, partner), "must.case_v2")
    with pytest.raises(ContentInvalid) as refused:
        import_bytes(partner, bundle)
    assert (refused.value.kind, refused.value.field) == ("must.case_v2", "kind")
    assert case_service.list_cases(partner.session, limit=10) == []
