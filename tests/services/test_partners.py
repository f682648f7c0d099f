"""Partners on real vaults: add from a card, verify by code or fingerprint, revoke; all audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.organisation import PartnerKind, VerificationMethod
from casevault.exchange.errors import IdentityCardInvalid
from casevault.services import partners as svc
from casevault.services.audit_log import list_audit_entries
from casevault.services.errors import (
    PartnerAlreadyKnown,
    PartnerIsUs,
    PartnerNotFound,
    VerificationMismatch,
)
from casevault.services.session import Session
from casevault.services.vaults import init_vault
from tests.conftest import FLOOR_KDF, PASSPHRASE


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Session]:
    result = init_vault(tmp_path / "other", PASSPHRASE, "Paris Association", kdf=FLOOR_KDF)
    yield result.session
    result.session.close()


def test_add_then_verify_by_short_code(session: Session, other: Session) -> None:
    card = svc.export_identity(other, PartnerKind.ASSOCIATION, "FR")
    details = svc.add_partner(session, card.card)
    assert details.partner.name == "Paris Association"
    assert details.partner.kind is PartnerKind.ASSOCIATION
    assert not details.partner.verified
    assert not details.partner.trusted
    # The other side computes the same code from its own point of view.
    ours = svc.export_identity(session)
    back = svc.add_partner(other, ours.text.encode())
    assert back.short_code == details.short_code
    with pytest.raises(VerificationMismatch):
        svc.verify_partner(session, details.partner.id, VerificationMethod.SHORT_CODE, "1234")
    assert not svc.show_partner(session, details.partner.id).partner.verified
    verified = svc.verify_partner(
        session, details.partner.id[:8], VerificationMethod.SHORT_CODE, back.short_code
    )
    assert verified.trusted
    assert verified.verified_by is VerificationMethod.SHORT_CODE
    actions = [e.action for e in list_audit_entries(session, record_id=details.partner.id)]
    assert actions == ["partner.verify", "partner.add"]


def test_verify_by_fingerprint_and_revoke(session: Session, other: Session) -> None:
    card = svc.export_identity(other)
    details = svc.add_partner(session, card.card)
    svc.verify_partner(
        session, details.partner.id, VerificationMethod.FINGERPRINT, card.fingerprint.lower()
    )
    revoked = svc.revoke_partner(session, details.partner.id)
    assert revoked.verified
    assert not revoked.trusted


def test_refusals(session: Session, other: Session) -> None:
    with pytest.raises(PartnerIsUs):
        svc.add_partner(session, svc.export_identity(session).card)
    card = svc.export_identity(other).card
    svc.add_partner(session, card)
    with pytest.raises(PartnerAlreadyKnown):
        svc.add_partner(session, card)
    with pytest.raises(IdentityCardInvalid):
        svc.add_partner(session, card.replace(b"Paris", b"Paree"))
    with pytest.raises(PartnerNotFound):
        svc.show_partner(session, "nobody")
    assert len(svc.list_partners(session)) == 1
