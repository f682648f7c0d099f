"""This laptop's own keys (node keys), certified by the organisation: docs/laptops.md.

Every laptop (node) has its own signing and encryption keys, made here and never exported. The
organisation's keys sign a certificate for them; bundles are then signed with the node keys and
carry that certificate, so a seized everyday laptop is revoked alone (`revoke_node`) and the
organisation keeps its identity. A laptop that holds the organisation's private keys certifies
itself (when the organisation is made, on joining, after a key rotation, on first unlock after
the upgrade); one that does not keeps signing with the organisation keys until certified.

Node certificates and revocations travel in bundles until each peer acknowledges them
(services/node_record_delivery.py) and are verified against keys we already hold for the
organisation they name (`stage_node_record`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.domain.audit_actions import AuditAction
from casevault.exchange.bundle_format import MAX_RECIPIENTS
from casevault.exchange.errors import NodeCertificateInvalid
from casevault.exchange.node_certificates import (
    CERTIFICATE_FORMAT,
    CERTIFICATE_RECORD,
    REVOCATION_FORMAT,
    NodeCertificate,
    NodeRevocation,
    build_certificate,
    build_revocation,
    open_envelope,
    record_envelope,
    verify_certificate,
    verify_revocation,
)
from casevault.exchange.seal import RecipientKeys, SenderIdentity
from casevault.exchange.unseal import NodeTrust
from casevault.services.errors import NodeNotCertified
from casevault.services.session import Session
from casevault.services.versioning import node_id
from casevault.vault.connection import Connection
from casevault.vault.repos import keys as key_repo
from casevault.vault.repos import node_keys as node_repo
from casevault.vault.repos import nodes as removed_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import signer_keys

NodeRecord = NodeCertificate | NodeRevocation


@dataclass(frozen=True)
class NodeStatus:
    """This laptop's node identity, for `node status` and the decision to drop org keys."""

    node_id: str
    fingerprint: str  # of the node keys, for people (groups of four)
    certified: bool  # by the organisation's CURRENT keys
    holds_org_keys: bool


def _certified_by_current(conn: Connection, certificate: bytes | None) -> bool:
    """Whether `certificate` is one of our organisation's current keys (a damaged one is not:
    it is simply made again)."""
    if certificate is None:
        return False
    own = org_repo.get_own_organisation(conn)
    try:
        signed = open_envelope(certificate, CERTIFICATE_FORMAT)
    except NodeCertificateInvalid:
        return False
    return signed.org_id == own.id and (
        signed.org_key_fingerprint == own.public_keys.fingerprint().hex()
    )


def _status(conn: Connection) -> NodeStatus | None:
    """This laptop's node status, or None if something must be written first: no node keys
    yet, or keys not certified by the current organisation keys while this laptop holds them."""
    this_node = node_id(conn)
    held = node_repo.get_own_node_keys(conn, this_node)
    if held is None:
        return None
    certified = _certified_by_current(conn, held[1])
    holds = org_repo.holds_own_private_keys(conn)
    if not certified and holds:
        return None
    return NodeStatus(this_node, held[0].public_keys().fingerprint_text(), certified, holds)


def ensure_node_identity(
    session: Session, label: str | None = None, *, audited: bool = True
) -> NodeStatus:
    """Make this laptop's node keys if it has none, and certify them with the organisation's
    current keys if this laptop holds them and they are not certified by those yet (new vault,
    after joining an organisation, after a rotation, first unlock after the upgrade). Audited
    (`node.keys_create`, `node.certify`) when something changes. Idempotent, and only reads
    when there is nothing to do (so unlocking a vault on read-only storage still works).
    `audited=False` only where the caller's own entry covers it (`vault.create`)."""
    with session.vault.reading() as conn:
        status = _status(conn)
    if status is not None:
        return status
    now = session.clock()
    with session.vault.transaction() as conn:
        this_node = node_id(conn)
        held = node_repo.get_own_node_keys(conn, this_node)
        if held is None:
            node_repo.insert_own_node_keys(conn, this_node, PrivateKeys.generate(), now)
            if audited:
                session.audit(conn, AuditAction.NODE_KEYS_CREATE, "node", this_node)
            held = node_repo.get_own_node_keys(conn, this_node)
            assert held is not None  # noqa: S101 -- just written in this transaction
        keys, certificate = held
        if not _certified_by_current(conn, certificate) and org_repo.holds_own_private_keys(conn):
            own = org_repo.get_own_organisation(conn)
            org_keys = org_repo.get_own_private_keys(conn)
            certificate = build_certificate(
                own.id, org_keys, this_node, keys.public_keys(), now, label
            )
            node_repo.set_own_certificate(conn, this_node, certificate)
            _remember(conn, _own_certificate(conn, certificate), now)
            if audited:
                session.audit(conn, AuditAction.NODE_CERTIFY, "node", this_node)
        return NodeStatus(
            this_node,
            keys.public_keys().fingerprint_text(),
            _certified_by_current(conn, certificate),
            org_repo.holds_own_private_keys(conn),
        )


def _own_certificate(conn: Connection, certificate: bytes) -> NodeCertificate:
    return verify_certificate(
        open_envelope(certificate, CERTIFICATE_FORMAT),
        org_repo.get_own_organisation(conn).public_keys,
    )


def sender_identity(conn: Connection) -> SenderIdentity:
    """Who signs what this laptop seals: its node keys with their certificate when certified by
    the organisation's current keys, else the organisation's keys (raises OrgKeysNotHeld if
    this laptop holds neither a certificate nor the organisation's keys)."""
    own = org_repo.get_own_organisation(conn)
    this_node = node_id(conn)
    held = node_repo.get_own_node_keys(conn, this_node)
    if held is not None and _certified_by_current(conn, held[1]):
        return SenderIdentity(held[0], own.id, this_node, held[1])
    return SenderIdentity(org_repo.get_own_private_keys(conn), own.id, this_node)


def unsealing_keys(conn: Connection) -> list[tuple[PrivateKeys, str]]:
    """(private keys, the recipient id they are listed under) to open a bundle with: the
    organisation's current keys if held, this laptop's node keys, then retired organisation
    keys (a partner may not have our rotation yet)."""
    own = org_repo.get_own_organisation(conn)
    found: list[tuple[PrivateKeys, str]] = []
    if org_repo.holds_own_private_keys(conn):
        found.append((org_repo.get_own_private_keys(conn), own.id))
    held = node_repo.get_own_node_keys(conn, node_id(conn))
    if held is not None:
        found.append((held[0], node_id(conn)))
    found += [(keys, own.id) for keys in key_repo.list_retired_keys(conn)]
    return found


def node_trust(conn: Connection) -> NodeTrust:
    """The reader's view of laptops for exchange/unseal.py. A laptop must be certified by its
    organisation's CURRENT keys as we hold them (ours, or the partner's after every rotation
    we accepted): a certificate by an earlier key, one a thief may hold, grants nothing, and
    each laptop certifies itself again after a rotation (ensure_node_identity). A laptop is
    refused once a revocation names it (ours also once removed here)."""
    own = org_repo.get_own_organisation(conn)

    def certifier(org_id: str, fingerprint_hex: str) -> PublicKeys | None:
        current = (
            own.public_keys if org_id == own.id else partner_repo.find_public_keys(conn, org_id)
        )
        if current is None or current.fingerprint().hex() != fingerprint_hex:
            return None
        return current

    def revoked(org_id: str, node: str, fingerprint_hex: str | None) -> bool:
        if org_id == own.id and removed_repo.is_removed(conn, node):
            return True
        return node_repo.is_revoked(conn, org_id, node, fingerprint_hex)

    return NodeTrust(certifier, revoked)


def node_recipients(conn: Connection, org_ids: Sequence[str]) -> list[RecipientKeys]:
    """Extra addressees of a bundle to `org_ids`: every certified, non-revoked laptop of theirs
    we know (not this one), listed under its node id, so a laptop without its organisation's
    private keys can open it. A node id that collides with an addressee or another node (a
    partner may certify any id it likes) is left out, and so are nodes beyond the format's
    recipient limit: each organisation's own stanza is always there, so nothing becomes
    unreadable for the organisation, only for that laptop alone."""
    taken = set(org_ids) | {node_id(conn)}
    found: list[RecipientKeys] = []
    for org_id in org_ids:
        for node, keys in node_repo.certified_nodes(conn, org_id):
            if node in taken or len(org_ids) + len(found) >= MAX_RECIPIENTS:
                continue
            taken.add(node)
            found.append(RecipientKeys(node, keys))
    return found


def stage_node_record(
    conn: Connection, trust: NodeTrust, kind: str, untrusted_value: dict[str, object]
) -> NodeRecord | None:
    """A node certificate or revocation from a verified bundle, checked against the key we hold
    for the organisation it names; None if we hold no such key (an organisation we do not know:
    nothing to learn). Raises NodeCertificateInvalid for a forged or malformed one (the whole
    bundle is refused: its signer sent a bad statement)."""
    if kind == CERTIFICATE_RECORD:
        signed = open_envelope(record_envelope(kind, dict(untrusted_value)), CERTIFICATE_FORMAT)
        keys = trust.certifier(signed.org_id, signed.org_key_fingerprint)
        return None if keys is None else verify_certificate(signed, keys)
    signed = open_envelope(record_envelope(kind, dict(untrusted_value)), REVOCATION_FORMAT)
    # A revocation only withdraws trust: one signed before a rotation, by a key of the chain
    # that was not itself revoked, still counts (it may reach a partner only now).
    keys = trust.certifier(signed.org_id, signed.org_key_fingerprint)
    if keys is None and signed.org_key_fingerprint in (
        signer_keys.known_fingerprints(conn).get(signed.org_id, frozenset())
    ):
        keys = signer_keys.find_signer_keys(conn, signed.org_id, signed.org_key_fingerprint)
    return None if keys is None else verify_revocation(signed, keys)


def _remember(conn: Connection, record: NodeRecord, now: dt.datetime) -> bool:
    """Store a verified record; True if it is a revocation we did not hold yet."""
    if isinstance(record, NodeCertificate):
        node_repo.put_certificate(
            conn, record.org_id, record.node_id, record.node_keys, record.issued_at, record.raw, now
        )
        return False
    return node_repo.put_revocation(
        conn,
        record.org_id,
        record.node_id,
        record.node_fingerprint,
        record.revoked_at,
        record.raw,
        now,
    )


def apply_node_records(session: Session, conn: Connection, records: Sequence[NodeRecord]) -> None:
    """Store what an import brought, in its transaction. A revocation of one of our own laptops
    also removes it here; each new revocation is audited (`node.revocation_receive`)."""
    own_id = org_repo.get_own_organisation(conn).id
    now = session.clock()
    for record in records:
        if _remember(conn, record, now) and isinstance(record, NodeRevocation):
            if record.org_id == own_id:
                removed_repo.remove_node(conn, record.node_id, now)
            session.audit(
                conn,
                AuditAction.NODE_REVOCATION_RECEIVE,
                "node",
                record.node_id,
                {"organisation": record.org_id},
            )


def revoke_node(session: Session, removed_node_id: str) -> bool:
    """Refuse every later bundle of one of our laptops, here at once and, when this laptop
    holds the organisation's keys, everywhere: a signed revocation then travels in every
    bundle to our laptops and partners. Returns whether a revocation was signed. Audited
    (`node.remove`)."""
    now = session.clock()
    with session.vault.transaction() as conn:
        removed_repo.remove_node(conn, removed_node_id, now)
        issued = org_repo.holds_own_private_keys(conn)
        if issued:
            own = org_repo.get_own_organisation(conn)
            fingerprint = node_repo.certified_fingerprint(conn, own.id, removed_node_id)
            revocation = build_revocation(
                own.id, org_repo.get_own_private_keys(conn), removed_node_id, fingerprint, now
            )
            record = verify_revocation(
                open_envelope(revocation, REVOCATION_FORMAT), own.public_keys
            )
            _remember(conn, record, now)
        session.audit(
            conn, AuditAction.NODE_REMOVE, "node", removed_node_id, {"revocation": issued}
        )
    return issued


def drop_org_keys(session: Session) -> None:
    """Remove the organisation's private keys (current and retired) from this laptop, which
    then signs with its certified node keys only (docs/laptops.md). Raises NodeNotCertified
    unless its node keys are certified by the organisation's current keys. Audited
    (`node.drop_org_keys`). Irreversible here: keep the keys on another laptop."""
    status = ensure_node_identity(session)
    if not status.certified:
        raise NodeNotCertified(status.node_id)
    with session.vault.transaction() as conn:
        org_repo.drop_own_private_keys(conn)
        session.audit(conn, AuditAction.NODE_DROP_ORG_KEYS, "node", status.node_id)
