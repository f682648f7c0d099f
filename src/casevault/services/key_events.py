"""Rotating or revoking our organisation's keys, and telling partners (docs/sync.md).

`rotate_keys` makes new keys and a rotation statement signed by the old and the new keys;
`revoke_keys` makes a revocation signed by the keys being revoked, then new keys. Either way the
old keys are kept (retired) to open bundles still addressed to them, and the statement waits as
the *pending announcement*: `export_key_announcement` seals it in a bundle signed with the OLD
keys, which partners still trust. After a rotation, partners accept the new keys on import;
after a revocation, they stop trusting us until they verify our new card by phone or in person.
Other laptops of the organisation must be enrolled again after either.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from casevault.crypto.fingerprints import normalise_fingerprint
from casevault.crypto.keys import PrivateKeys
from casevault.domain.audit_actions import AuditAction
from casevault.exchange.key_events import build_revocation, build_rotation
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.services import node_keys
from casevault.services.errors import (
    NoPendingAnnouncement,
    OwnKeyNotFound,
    PartnerKeysChanged,
    PartnerNotTrusted,
)
from casevault.services.partners import resolve_partner_id
from casevault.services.session import Session
from casevault.services.versioning import node_id
from casevault.vault.connection import Connection
from casevault.vault.repos import keys as key_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo

PENDING_SETTING = "keys.pending_announcement"


@dataclass(frozen=True)
class KeyEvent:
    """What changed: the kind, and the new fingerprint partners will see."""

    kind: str
    old_fingerprint: str
    new_fingerprint: str


def _earlier_key(conn: Connection, fingerprint_ref: str) -> PrivateKeys:
    """One of our retired keys by (a prefix of at least 8 digits of) its fingerprint."""
    prefix = normalise_fingerprint(fingerprint_ref).lower()
    matches = key_repo.find_retired_fingerprints(conn, prefix) if len(prefix) >= 8 else []
    if len(matches) != 1:
        raise OwnKeyNotFound(fingerprint_ref)
    return key_repo.find_retired_keys(conn, matches[0])


def _replace_keys(session: Session, kind: str, earlier_key: str | None = None) -> KeyEvent:
    now = session.clock()
    with session.vault.transaction() as conn:
        own = org_repo.get_own_organisation(conn)
        old = org_repo.get_own_private_keys(conn)
        # The key the statement is about and the announcement is signed with: our current
        # keys, or an earlier key a thief may have copied and rotated away from.
        subject = old if earlier_key is None else _earlier_key(conn, earlier_key)
        new = PrivateKeys.generate()
        if kind == "key_rotation":
            record = build_rotation(own.id, old, new, now)
        else:
            record = build_revocation(own.id, subject, now)
        key_repo.retire_own_keys(conn, old, now)
        key_repo.set_own_keys(conn, new)
        pending = {
            "kind": kind,
            "record": record,
            "signing_fingerprint": subject.public_keys().fingerprint().hex(),
        }
        org_repo.put_setting(conn, PENDING_SETTING, pending)
        event = KeyEvent(
            kind,
            subject.public_keys().fingerprint_text(),
            new.public_keys().fingerprint_text(),
        )
        session.audit(
            conn,
            AuditAction(f"identity.{kind}"),
            "organisation",
            own.id,
            {"new": event.new_fingerprint},
        )
    node_keys.ensure_node_identity(session)  # this laptop's certificate, by the new keys
    return event


def rotate_keys(session: Session) -> KeyEvent:
    """New keys, announced to partners as a successor they can trust without a new call."""
    return _replace_keys(session, "key_rotation")


def revoke_keys(session: Session, earlier_key: str | None = None) -> KeyEvent:
    """Our keys may be in someone else's hands: tell partners to stop trusting them. New keys
    are made; partners must verify the new identity card afresh.

    `earlier_key` (a fingerprint or a prefix of at least 8 hex digits) revokes one of our
    earlier, retired keys instead of the current ones, signed and announced with that key:
    partners revoke it and every key rotated from it, including a rotation a thief made with a
    copy (and ours since, hence the new keys). Raises OwnKeyNotFound."""
    return _replace_keys(session, "key_revocation", earlier_key)


def export_key_announcement(
    session: Session, partner_refs: Sequence[str] | None, sink: BinaryIO
) -> list[str]:
    """Seal the pending announcement, signed with the old keys, for partners (default: all
    trusted ones). Returns their ids. Raises NoPendingAnnouncement, PartnerNotTrusted."""
    with session.vault.reading() as conn:
        pending: dict[str, Any] | None = org_repo.get_setting(conn, PENDING_SETTING)
        if not pending:
            raise NoPendingAnnouncement()
        old = key_repo.find_retired_keys(conn, str(pending["signing_fingerprint"]))
        own = org_repo.get_own_organisation(conn)
        if partner_refs:
            partners = [
                partner_repo.get_partner(conn, resolve_partner_id(conn, r)) for r in partner_refs
            ]
        else:
            partners = [p for p in partner_repo.list_partners(conn) if p.trusted]
        for partner in partners:
            if partner.keys_changed_at is not None and not partner.trusted:
                raise PartnerKeysChanged(partner.id, partner.keys_changed_at)
            if not partner.trusted:
                raise PartnerNotTrusted(
                    partner.id, "revoked" if partner.revoked_at else "unverified"
                )
        if not partners:
            raise PartnerNotTrusted("", "unverified")
        recipients = [
            RecipientKeys(p.id, partner_repo.get_partner_keys(conn, p.id)) for p in partners
        ]
        sender = SenderIdentity(old, own.id, node_id(conn))
        bundle_id = str(uuid.uuid4())
        with BundleWriter(sink, sender, recipients, bundle_id, session.clock()) as writer:
            writer.add_record(str(pending["kind"]), pending["record"])
    with session.vault.transaction() as conn:
        session.audit(
            conn,
            AuditAction.IDENTITY_ANNOUNCE,
            "bundle",
            bundle_id,
            {"recipients": [p.id for p in partners]},
        )
    return [p.id for p in partners]


def pending_announcement(session: Session) -> str | None:
    """The kind of key change waiting to be announced to partners ("key_rotation" or
    "key_revocation"), or None if there is nothing to announce."""
    with session.vault.reading() as conn:
        pending: dict[str, Any] | None = org_repo.get_setting(conn, PENDING_SETTING)
    return str(pending["kind"]) if pending else None
