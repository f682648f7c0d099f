"""services/consent.py on a real vault: statements, history, the export check and its override."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.domain.consent import ConsentAction, ConsentMethod, ConsentStatus
from casevault.domain.errors import InvalidField
from casevault.domain.organisation import PartnerKind
from casevault.services import cases as case_service
from casevault.services import consent as svc
from casevault.services import partners as partner_service
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.errors import CaseDeleted, CaseNotFound, ConsentMissing, PartnerNotFound
from casevault.services.session import Session
from casevault.services.vaults import init_vault
from casevault.vault.connection import IntegrityError
from tests.conftest import FLOOR_KDF, PASSPHRASE

REASON = "Hearing on Monday; he asked by phone, form follows"


@dataclass
class World:
    """Our vault, a transit NGO partner, and two cases."""

    session: Session
    partner_id: str
    a: uuid.UUID
    b: uuid.UUID


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Session]:
    result = init_vault(tmp_path / "other", PASSPHRASE, "Berlin Transit", kdf=FLOOR_KDF)
    yield result.session
    result.session.close()


@pytest.fixture
def world(session: Session, other: Session) -> World:
    card = partner_service.export_identity(other, PartnerKind.TRANSIT_NGO, "DE")
    partner = partner_service.add_partner(session, card.card).partner
    a = case_service.create_case(session, CaseFields(unit="A")).id
    b = case_service.create_case(session, CaseFields(unit="B")).id
    return World(session, partner.id, a, b)


def test_record_withdraw_and_history(world: World) -> None:
    s = world.session
    grant = svc.record_consent(
        s, str(world.a)[:8], partner_ref=world.partner_id[:8], method=ConsentMethod.SIGNED_FORM
    )
    assert grant.partner_id == world.partner_id
    assert grant.recorded_by == "caseworker"
    assert svc.consent_status(s, world.a, world.partner_id).status is ConsentStatus.GRANTED
    withdrawal = svc.withdraw_consent(
        s, world.a, kind=PartnerKind.TRANSIT_NGO, method=ConsentMethod.OTHER, note="in person"
    )
    decision = svc.consent_status(s, world.a, world.partner_id)
    assert decision.status is ConsentStatus.WITHDRAWN
    assert decision.record == withdrawal
    history = svc.list_consent(s, world.a)
    assert [r.action for r in history] == [ConsentAction.GRANT, ConsentAction.WITHDRAW]
    # Audited with ids and enum values only.
    details = [(e.action, e.details) for e in list_audit_entries(s, str(grant.id))]
    assert details == [
        (
            "consent.grant",
            {"case": str(world.a), "method": "signed_form", "partner": world.partner_id},
        )
    ]
    kinds = [e.details.get("kind") for e in list_audit_entries(s, str(withdrawal.id))]
    assert kinds == ["transit_ngo"]


def test_statement_refusals(world: World) -> None:
    s = world.session
    with pytest.raises(InvalidField):
        svc.record_consent(s, world.a, method=ConsentMethod.MESSAGE)  # neither partner nor kind
    with pytest.raises(InvalidField):
        svc.record_consent(
            s,
            world.a,
            partner_ref=world.partner_id,
            kind=PartnerKind.LAWYER,
            method=ConsentMethod.MESSAGE,
        )
    with pytest.raises(InvalidField):
        svc.record_consent(
            s,
            world.a,
            kind=PartnerKind.LAWYER,
            method=ConsentMethod.MESSAGE,
            given_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=2),
        )
    with pytest.raises(PartnerNotFound):
        svc.record_consent(s, world.a, partner_ref="nobody", method=ConsentMethod.MESSAGE)
    with pytest.raises(CaseNotFound):
        svc.record_consent(s, "ffffffff", kind=PartnerKind.LAWYER, method=ConsentMethod.MESSAGE)
    case_service.delete_case(s, world.b)
    with pytest.raises(CaseDeleted):
        svc.record_consent(s, world.b, kind=PartnerKind.LAWYER, method=ConsentMethod.MESSAGE)
    # He may always say no, even on a deleted case.
    svc.withdraw_consent(s, world.b, kind=PartnerKind.LAWYER, method=ConsentMethod.MESSAGE)
    assert svc.list_consent(s, world.a) == []


def test_the_database_refuses_to_rewrite_a_statement(world: World) -> None:
    s = world.session
    svc.record_consent(s, world.a, kind=PartnerKind.LAWYER, method=ConsentMethod.MESSAGE)
    with s.vault.transaction() as conn, pytest.raises(IntegrityError, match="immutable"):
        conn.execute("UPDATE consents SET action = 'withdraw'")
    with s.vault.transaction() as conn, pytest.raises(IntegrityError, match="immutable"):
        conn.execute("DELETE FROM consents")
    assert len(svc.list_consent(s, world.a)) == 1


def test_export_check_refuses_without_consent_and_writes_nothing(world: World) -> None:
    s = world.session
    svc.record_consent(s, world.a, kind=PartnerKind.TRANSIT_NGO, method=ConsentMethod.MESSAGE)
    before, _ = verify_audit_chain(s)
    with pytest.raises(ConsentMissing) as caught:
        svc.check_export_consent(s, [str(world.a), str(world.b)], world.partner_id)
    assert caught.value.case_ids == (str(world.b),)
    assert caught.value.partner_id == world.partner_id
    after, _ = verify_audit_chain(s)
    assert after == before
    decisions = svc.check_export_consent(s, [world.a], world.partner_id)
    assert [d.status for d in decisions] == [ConsentStatus.GRANTED]
    with pytest.raises(PartnerNotFound):
        svc.check_export_consent(s, [world.a], "unknown-partner")
    with pytest.raises(CaseNotFound):
        svc.check_export_consent(s, ["not-an-id"], world.partner_id)


def test_override_stores_the_reason_inside_and_audits_by_id(world: World) -> None:
    s = world.session
    svc.withdraw_consent(s, world.b, partner_ref=world.partner_id, method=ConsentMethod.MESSAGE)
    with pytest.raises(InvalidField):
        svc.check_export_consent(s, [world.a], world.partner_id, override_reason="   ")
    decisions = svc.check_export_consent(
        s, [world.a, world.b], world.partner_id, override_reason=REASON
    )
    assert [d.status for d in decisions] == [ConsentStatus.NONE, ConsentStatus.WITHDRAWN]
    entry = list_audit_entries(s, limit=1)[0]
    assert entry.action == "consent.override"
    assert entry.details == {
        "cases": [str(world.a), str(world.b)],
        "partner": world.partner_id,
        "withdrawn": [str(world.b)],
    }
    assert REASON not in str(entry)
    with s.vault.reading() as conn:
        stored = conn.execute(
            "SELECT reason, partner_id FROM consent_overrides WHERE id = ?", (entry.record_id,)
        ).fetchone()
    assert stored == (REASON, world.partner_id)
    assert verify_audit_chain(s)[1] is None


def test_check_inside_the_callers_transaction_rolls_back_with_it(world: World) -> None:
    s = world.session

    class ExportFailed(Exception):
        pass

    def export_that_fails() -> None:
        with s.vault.transaction() as conn:
            svc.check_export_consent_in(conn, s, [world.a], world.partner_id, REASON)
            raise ExportFailed

    before, _ = verify_audit_chain(s)
    with pytest.raises(ExportFailed):
        export_that_fails()
    assert verify_audit_chain(s)[0] == before
    with s.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM consent_overrides").fetchone()[0] == 0
