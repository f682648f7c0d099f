"""A partner's key events as we receive them (docs/sync.md, "Key rotation and revocation").

The rules, against a thief who copied a partner's keys:

* A bundle signed by the partner's current keys is trusted as before, except while a key
  change waits for confirmation: then it may carry key events only (the rotation itself, a
  further rotation, a revocation), never cases or evaluations.
* A bundle signed by an EARLIER key of the partner's history (the owner still holds the keys
  a thief rotated away from) may carry revocations only.
* A revocation is checked against the key it names, current or earlier, and revokes that key
  and every key rotated from it; the partner is revoked if its current key is among them.
* A rotation makes the new keys current, keeps the old ones in the history, and leaves the
  partner unverified ("keys changed") until the new short code is compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from casevault.crypto.keys import PublicKeys
from casevault.crypto.signing import DualSignature
from casevault.domain.audit_actions import AuditAction
from casevault.exchange.errors import ContentInvalid, SenderKeyMismatch
from casevault.exchange.key_events import (
    REVOCATION_FORMAT,
    ROTATION_FORMAT,
    VerifiedRevocation,
    VerifiedRotation,
    untrusted_revoked_fingerprint,
    verify_revocation,
)
from casevault.exchange.unseal import SenderLookup, VerifiedBundle
from casevault.services.errors import PartnerKeysChanged, PartnerNotTrusted
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import key_chain
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo

KEY_ROTATION_KIND = "key_rotation"  # record kinds (exchange/content.py)
KEY_REVOCATION_KIND = "key_revocation"


class Allowed(StrEnum):
    """What a bundle may carry, given who signed it."""

    EVERYTHING = "everything"
    KEY_EVENTS = "key_events"  # signer's keys changed, not yet confirmed
    REVOCATIONS = "revocations"  # signed by an earlier key of the sender's history


@dataclass(frozen=True)
class SenderTrust:
    """The sender's name and what its bundle may carry."""

    name: str
    allowed: Allowed


def unseal_signed_by_earlier_key(
    conn: Connection,
    mismatch: SenderKeyMismatch,
    attempt: Callable[[SenderLookup], VerifiedBundle],
) -> VerifiedBundle:
    """Open a bundle whose signer is not the sender's current keys with each earlier key of the
    sender's history in turn. Re-raises `mismatch` if none is the signer."""
    if partner_repo.find_partner(conn, mismatch.org_id) is None:
        raise mismatch
    for earlier in key_chain.earlier_keys(conn, mismatch.org_id):
        try:
            return attempt(_only(mismatch.org_id, earlier))
        except SenderKeyMismatch:
            continue
    raise mismatch


def _only(sender_org_id: str, keys: PublicKeys) -> SenderLookup:
    def lookup(org_id: str) -> PublicKeys | None:
        return keys if org_id == sender_org_id else None

    return lookup


def sender_trust(
    conn: Connection, own_id: str, org_id: str, *, by_earlier_key: bool
) -> SenderTrust:
    """Who sent the bundle and what it may carry. Raises PartnerNotTrusted (revoked, or never
    verified). A partner whose key change waits for confirmation is refused by check_content,
    once the content is known, unless the bundle carries key events only."""
    if org_id == own_id:
        return SenderTrust(org_repo.get_own_organisation(conn).name, Allowed.EVERYTHING)
    partner = partner_repo.get_partner(conn, org_id)
    if partner.revoked_at is not None:
        raise PartnerNotTrusted(org_id, "revoked")
    if by_earlier_key:
        # A revocation only takes trust away, and it carries its own signature by the key it
        # names: it is safe to accept from whoever holds one of the keys we knew.
        return SenderTrust(partner.name, Allowed.REVOCATIONS)
    if partner.verified:
        return SenderTrust(partner.name, Allowed.EVERYTHING)
    if partner.keys_changed_at is not None:
        return SenderTrust(partner.name, Allowed.KEY_EVENTS)
    raise PartnerNotTrusted(org_id, "unverified")


def check_content(conn: Connection, org_id: str, trust: SenderTrust, kinds: Iterable[str]) -> None:
    """Refuse content the signer may not send (see the module docstring). Raises
    SenderKeyMismatch (earlier key, anything but revocations) or PartnerKeysChanged."""
    found = set(kinds)
    if trust.allowed is Allowed.REVOCATIONS and found - {KEY_REVOCATION_KIND}:
        raise SenderKeyMismatch(org_id)
    if trust.allowed is Allowed.KEY_EVENTS and found - {KEY_ROTATION_KIND, KEY_REVOCATION_KIND}:
        changed_at = partner_repo.get_partner(conn, org_id).keys_changed_at
        assert changed_at is not None  # noqa: S101 - narrowing: KEY_EVENTS means it is set
        raise PartnerKeysChanged(org_id, changed_at)


def verify_received_revocation(
    conn: Connection, org_id: str, statement: bytes, signature: DualSignature
) -> VerifiedRevocation:
    """Check a revocation against the key of `org_id` it names, current or earlier.
    Raises ContentInvalid (a key we never held for this partner, or a bad signature)."""
    named = untrusted_revoked_fingerprint(statement)
    held: PublicKeys | None = key_chain.find_key(conn, org_id, named)
    if held is None:
        current = partner_repo.get_partner_keys(conn, org_id)
        held = current if current.fingerprint().hex() == named.lower() else None
    if held is None:
        raise ContentInvalid(REVOCATION_FORMAT, "fingerprint")
    return verify_revocation(statement, signature, held, org_id)


def apply_rotation(session: Session, conn: Connection, rotation: VerifiedRotation) -> None:
    """Make the rotated keys current, keep the old ones in the history, and mark the partner's
    keys changed (unverified until the new short code is compared). Raises ContentInvalid if
    the partner's keys changed since the rotation was checked, or the new keys were ours before."""
    now = session.clock()
    org_id = rotation.org_id
    key_chain.ensure_current_key(conn, org_id, now)
    current = partner_repo.get_partner_keys(conn, org_id).fingerprint().hex()
    if current != rotation.old_fingerprint:
        raise ContentInvalid(ROTATION_FORMAT, "old_fingerprint")
    new_fingerprint = rotation.new_keys.fingerprint().hex()
    if key_chain.find_key(conn, org_id, new_fingerprint) is not None:
        # Keys this partner had before (maybe revoked): a rotation never brings them back.
        raise ContentInvalid(ROTATION_FORMAT, "new_public_keys")
    key_chain.add_rotated_key(conn, org_id, current, rotation.new_keys, rotation.statement, now)
    key_chain.mark_keys_changed(conn, org_id, now)
    session.audit(
        conn,
        AuditAction.PARTNER_KEYS_ROTATED,
        "partner",
        org_id,
        {"old": current, "new": new_fingerprint},
    )


def apply_revocation(session: Session, conn: Connection, revocation: VerifiedRevocation) -> None:
    """Revoke the named key and every key rotated from it; revoke the partner if its current
    keys are among them. Revoking again changes nothing (the first time is kept)."""
    now = session.clock()
    org_id = revocation.org_id
    key_chain.ensure_current_key(conn, org_id, now)
    revoked = key_chain.descendants(conn, org_id, revocation.fingerprint)
    key_chain.revoke_keys(conn, org_id, revoked, revocation.fingerprint, revocation.statement, now)
    current = partner_repo.get_partner_keys(conn, org_id).fingerprint().hex()
    if current in revoked:
        partner_repo.mark_revoked(conn, org_id, now)
    session.audit(
        conn,
        AuditAction.PARTNER_KEYS_REVOKED,
        "partner",
        org_id,
        {"named": revocation.fingerprint.lower(), "revoked": sorted(revoked)},
    )
