"""Partner use cases: our identity card, adding a partner from its card, verifying, revoking."""

from __future__ import annotations

from dataclasses import dataclass

from casevault.crypto.fingerprints import (
    SHORT_CODE_DIGITS,
    normalise_digits,
    normalise_fingerprint,
    short_authentication_code,
)
from casevault.domain.audit_actions import AuditAction
from casevault.domain.organisation import Partner, PartnerKey, PartnerKind, VerificationMethod
from casevault.exchange.identity_card import build_card, card_to_text, parse_card
from casevault.services.errors import (
    CardKeysRevoked,
    PartnerAlreadyKnown,
    PartnerIsUs,
    VerificationMismatch,
)
from casevault.services.session import Session
from casevault.services.short_ids import IdKind, resolve_id
from casevault.vault.connection import Connection
from casevault.vault.repos import key_chain
from casevault.vault.repos import keys as key_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo

SHORT_CODE_LENGTH = SHORT_CODE_DIGITS  # digits in a short code (50), for the front ends


@dataclass(frozen=True)
class IdentityExport:
    """Our card as file bytes and as one line of text."""

    card: bytes
    text: str
    fingerprint: str


@dataclass(frozen=True)
class PartnerDetails:
    """A partner with what a person compares to verify it."""

    partner: Partner
    fingerprint_text: str
    short_code: str


def export_identity(
    session: Session, kind: PartnerKind = PartnerKind.OTHER, country: str | None = None
) -> IdentityExport:
    """Our signed identity card (public keys only: safe to send by e-mail). Audited."""
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        keys = org_repo.get_own_private_keys(conn)
        card = build_card(org.id, org.name, kind.value, country, keys, session.clock())
        session.audit(conn, AuditAction.IDENTITY_EXPORT, "organisation", org.id)
    return IdentityExport(card, card_to_text(card), org.public_keys.fingerprint_text())


def _partner_kind(untrusted_kind: str) -> PartnerKind:
    # A newer partner may name a kind we do not know yet; it is not a reason to refuse the card.
    try:
        return PartnerKind(untrusted_kind)
    except ValueError:
        return PartnerKind.OTHER


def resolve_partner_id(conn: Connection, partner_ref: str) -> str:
    """A partner id from a full id or an unambiguous prefix of at least 4 characters."""
    return resolve_id(conn, IdKind.PARTNER, partner_ref)


def add_partner(session: Session, untrusted_card: bytes) -> PartnerDetails:
    """Add a partner from its identity card, UNVERIFIED until the keys are compared.

    A revoked partner's new card replaces its keys and leaves it unverified, to be compared
    afresh.

    A card whose keys were revoked before is refused: a thief who holds a revoked key (the
    rotation chain of docs/sync.md) must not come back through a "new" card.

    Raises IdentityCardInvalid (exchange), PartnerIsUs, PartnerAlreadyKnown, CardKeysRevoked.
    """
    card = parse_card(untrusted_card)
    with session.vault.transaction() as conn:
        own = org_repo.get_own_organisation(conn)
        if card.org_id == own.id or card.public_keys == own.public_keys:
            raise PartnerIsUs(card.org_id)
        if key_chain.is_revoked_anywhere(conn, card.public_keys.fingerprint().hex()):
            raise CardKeysRevoked(card.org_id)
        known = partner_repo.find_partner(conn, card.org_id)
        if known is not None:
            if known.revoked_at is None:
                raise PartnerAlreadyKnown(card.org_id)
            # A revoked partner's new card: its new keys, to be verified afresh.
            key_repo.reset_partner_identity(
                conn, card.org_id, card.name, card.public_keys, card.raw
            )
            key_chain.add_card_key(conn, card.org_id, card.public_keys, session.clock())
            session.audit(conn, AuditAction.PARTNER_NEW_CARD, "partner", card.org_id)
            short = short_authentication_code(
                own.id, own.public_keys, card.org_id, card.public_keys
            )
            partner = partner_repo.get_partner(conn, card.org_id)
            return PartnerDetails(partner, card.public_keys.fingerprint_text(), short)
        partner = Partner(
            id=card.org_id,
            name=card.name,
            kind=_partner_kind(card.kind),
            country=card.country,
            fingerprint=card.public_keys.fingerprint().hex().upper(),
            added_at=session.clock(),
        )
        partner_repo.insert_partner(conn, partner, card.public_keys, card.raw)
        key_chain.add_card_key(conn, partner.id, card.public_keys, partner.added_at)
        session.audit(conn, AuditAction.PARTNER_ADD, "partner", partner.id)
        short = short_authentication_code(own.id, own.public_keys, card.org_id, card.public_keys)
    return PartnerDetails(partner, card.public_keys.fingerprint_text(), short)


def show_partner(session: Session, partner_ref: str) -> PartnerDetails:
    """A partner with its fingerprint and our shared short authentication code."""
    with session.vault.reading() as conn:
        partner_id = resolve_partner_id(conn, partner_ref)
        partner = partner_repo.get_partner(conn, partner_id)
        keys = partner_repo.get_partner_keys(conn, partner_id)
        own = org_repo.get_own_organisation(conn)
    short = short_authentication_code(own.id, own.public_keys, partner_id, keys)
    return PartnerDetails(partner, keys.fingerprint_text(), short)


def key_history(session: Session, partner_ref: str) -> list[PartnerKey]:
    """Every key the partner has had, oldest first: from its card or by which rotation, when
    verified, replaced and revoked. Raises PartnerNotFound, AmbiguousPartnerId."""
    with session.vault.reading() as conn:
        return key_chain.list_history(conn, resolve_partner_id(conn, partner_ref))


def list_partners(session: Session) -> list[Partner]:
    """Every partner, verified or not."""
    with session.vault.reading() as conn:
        return partner_repo.list_partners(conn)


def verify_partner(
    session: Session, partner_ref: str, method: VerificationMethod, untrusted_spoken: str
) -> Partner:
    """Mark a partner verified if what the partner read to us matches what we compute.

    `untrusted_spoken` is the short code (or fingerprint) as the partner read it over a call or
    in person. A mismatch raises VerificationMismatch and changes nothing: someone may have
    swapped the card on its way.
    """
    details = show_partner(session, partner_ref)
    if method is VerificationMethod.SHORT_CODE:
        matches = normalise_digits(untrusted_spoken) == normalise_digits(details.short_code)
    else:
        expected = normalise_fingerprint(details.fingerprint_text)
        matches = normalise_fingerprint(untrusted_spoken) == expected
    if not matches:
        raise VerificationMismatch(details.partner.id)
    with session.vault.transaction() as conn:
        partner_repo.mark_verified(conn, details.partner.id, method, session.clock())
        key_chain.ensure_current_key(conn, details.partner.id, session.clock())
        key_chain.mark_key_verified(conn, details.partner.id, method, session.clock())
        session.audit(
            conn, AuditAction.PARTNER_VERIFY, "partner", details.partner.id, {"by": method.value}
        )
        return partner_repo.get_partner(conn, details.partner.id)


def revoke_partner(session: Session, partner_ref: str) -> Partner:
    """Stop accepting anything signed by this partner's keys (e.g. its laptop was seized)."""
    with session.vault.transaction() as conn:
        partner_id = resolve_partner_id(conn, partner_ref)
        partner_repo.mark_revoked(conn, partner_id, session.clock())
        session.audit(conn, AuditAction.PARTNER_REVOKE, "partner", partner_id)
        return partner_repo.get_partner(conn, partner_id)
