"""Several laptops, one organisation: enrol a new laptop as a node, sync, remove a node.

Enrolment is done in person, both laptops side by side (docs/sync.md, "Enrolment"):
1. The new laptop creates an empty vault and its join request (`create_join_request`): an
   identity card for temporary keys of its own, and the new laptop's half of the short code.
2. The person at an enrolled laptop types the code the new laptop shows; only if it matches
   the request does that laptop seal an enrolment bundle to those temporary keys
   (`enrol_node`): the organisation's id, name, private keys and partners, signed by the
   organisation. A swapped request never receives the keys.
3. The new laptop accepts it (`accept_enrolment`) with the organisation's identity card and the
   full short code the enrolling laptop shows: a code that differs means someone swapped a file
   on the way.
Each laptop also has its own node keys, certified by the organisation's keys; it signs bundles
with them, and `remove_node` revokes one laptop alone (services/node_keys.py, docs/laptops.md).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from casevault.crypto.errors import CryptoError
from casevault.crypto.fingerprints import normalise_digits, own_half, short_authentication_code
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.domain.audit_actions import AuditAction
from casevault.domain.organisation import Partner, PartnerKind, VerificationMethod
from casevault.domain.outside_names import display_name_problem
from casevault.exchange.content import EnrolledPartner, EnrolmentRecord, parse_enrolment
from casevault.exchange.errors import ContentInvalid, IdentityCardInvalid, UnsafeNameInBundle
from casevault.exchange.identity_card import IdentityCard, parse_card
from casevault.exchange.records import Blob, JsonRecord
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.exchange.unseal import unseal_bundle
from casevault.services import node_keys
from casevault.services.errors import EnrolmentCodeMismatch, VaultNotEmpty, VerificationMismatch
from casevault.services.partners import export_identity
from casevault.services.session import Session
from casevault.services.versioning import node_id
from casevault.vault.connection import Connection
from casevault.vault.repos import nodes as node_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo


@dataclass(frozen=True)
class EnrolmentResult:
    """What the enrolling laptop shows: the code to compare with the new laptop."""

    bundle_id: str
    short_code: str


@dataclass(frozen=True)
class NodeInfo:
    """Another laptop of our organisation, as seen from here."""

    node_id: str
    last_bundle_applied: str | None
    removed_at: str | None


@dataclass(frozen=True)
class JoinRequest:
    """What the new laptop hands over (the card) and shows on its screen (the code)."""

    card: bytes
    code: str  # the new laptop's half of the short code, typed on the enrolling laptop


def create_join_request(session: Session) -> JoinRequest:
    """The new laptop's request: an identity card for its temporary keys, and its code."""
    card = export_identity(session)
    with session.vault.reading() as conn:
        temporary = org_repo.get_own_organisation(conn)
    return JoinRequest(card.card, own_half(temporary.id, temporary.public_keys))


def check_join_request(untrusted_request: bytes, typed_code: str) -> IdentityCard:
    """The join request, if the code typed here is the one the new laptop shows.

    Reads and writes nothing of the vault. Raises IdentityCardInvalid, or EnrolmentCodeMismatch
    if the code differs (the request may have been swapped on its way).
    """
    request = parse_card(untrusted_request)
    if normalise_digits(typed_code) != normalise_digits(
        own_half(request.org_id, request.public_keys)
    ):
        raise EnrolmentCodeMismatch(request.org_id)
    return request


def enrol_node(
    session: Session, untrusted_request: bytes, typed_code: str, sink: BinaryIO
) -> EnrolmentResult:
    """Seal the organisation's identity, keys and partners to a join request. Audited.

    `typed_code` is the code the new laptop shows, typed by the person at this laptop: nothing
    is sealed, written to `sink` or audited unless it matches (check_join_request).
    """
    request = check_join_request(untrusted_request, typed_code)
    bundle_id = str(uuid.uuid4())
    now = session.clock()
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        keys = org_repo.get_own_private_keys(conn)
        partners = []
        for partner in partner_repo.list_partners(conn):
            partners.append(
                {
                    "card": base64.b64encode(
                        partner_repo.get_partner_card(conn, partner.id)
                    ).decode(),
                    "kind": partner.kind.value,
                    "profile": partner_repo.get_partner_profile(conn, partner.id),
                    "verified_at": partner.verified_at.isoformat() if partner.verified_at else None,
                    "verified_by": partner.verified_by.value if partner.verified_by else None,
                    "revoked_at": partner.revoked_at.isoformat() if partner.revoked_at else None,
                }
            )
        sender = SenderIdentity(keys, own.id, node_id(conn))
        with BundleWriter(
            sink, sender, [RecipientKeys(request.org_id, request.public_keys)], bundle_id, now
        ) as writer:
            writer.add_record(
                "enrolment",
                {
                    "org_id": own.id,
                    "name": own.name,
                    "private_keys": base64.b64encode(keys.to_bytes()).decode(),
                    "partners": partners,
                },
            )
    with session.vault.transaction() as conn:
        session.audit(
            conn, AuditAction.NODE_ENROL, "organisation", own.id, {"request": request.org_id}
        )
    return EnrolmentResult(
        bundle_id,
        short_authentication_code(own.id, own.public_keys, request.org_id, request.public_keys),
    )


def _read_enrolment(verified_items: Iterator[JsonRecord | Blob]) -> EnrolmentRecord:
    records = []
    for item in verified_items:
        if isinstance(item, Blob):
            raise ContentInvalid("enrolment", "blob")
        records.append(parse_enrolment(item.kind, dict(item.value)))
    if len(records) != 1:
        raise ContentInvalid("enrolment", "count")
    return records[0]


def accept_enrolment(
    session: Session, untrusted_bundle: BinaryIO, untrusted_org_card: bytes, spoken_code: str
) -> str:
    """Turn this new, empty vault into a node of the organisation. Returns its name.

    Raises VerificationMismatch if the code differs, IdentityCardInvalid, any ExchangeError,
    ContentInvalid if the keys inside are not the card's, VaultNotEmpty.
    """
    org_card = parse_card(untrusted_org_card)
    with session.vault.reading() as conn:
        temporary = org_repo.get_own_organisation(conn)
        temporary_keys = org_repo.get_own_private_keys(conn)
    expected = short_authentication_code(
        org_card.org_id, org_card.public_keys, temporary.id, temporary.public_keys
    )
    if normalise_digits(spoken_code) != normalise_digits(expected):
        raise VerificationMismatch(org_card.org_id)
    verified = unseal_bundle(
        untrusted_bundle,
        temporary_keys,
        temporary.id,
        lambda org_id: org_card.public_keys if org_id == org_card.org_id else None,
    )
    record = _read_enrolment(verified.items())
    try:
        keys = PrivateKeys.from_bytes(base64.b64decode(record.private_keys, validate=True))
        matches = keys.public_keys() == org_card.public_keys
    except (CryptoError, ValueError) as exc:
        raise ContentInvalid("enrolment", "private_keys") from exc
    if record.org_id != org_card.org_id or not matches:
        raise ContentInvalid("enrolment", "private_keys")
    name_problem = display_name_problem(record.name)
    if name_problem is not None:
        raise UnsafeNameInBundle("enrolment", "name", name_problem.value)
    with session.vault.transaction() as conn:
        held = node_repo.count_own_records(conn)
        if held:
            raise VaultNotEmpty(held)
        node_repo.replace_own_identity(
            conn, record.org_id, record.name, _public_json(org_card.public_keys), keys
        )
        for entry in record.partners:
            _add_enrolled_partner(conn, entry, session.clock())
        session.audit(
            conn, AuditAction.NODE_JOIN, "organisation", record.org_id, {"node": node_id(conn)}
        )
    node_keys.ensure_node_identity(session)  # this laptop's own keys, certified by the org's
    return record.name


def _public_json(public: PublicKeys) -> str:
    return json.dumps(public.to_dict())


def _add_enrolled_partner(conn: Connection, entry: EnrolledPartner, now: dt.datetime) -> None:
    try:
        card = parse_card(base64.b64decode(entry.card, validate=True))
        method = VerificationMethod(entry.verified_by) if entry.verified_by else None
    except (IdentityCardInvalid, ValueError) as exc:
        raise ContentInvalid("enrolment", "partners") from exc
    kind = entry.kind if entry.kind in {k.value for k in PartnerKind} else "other"
    partner = Partner(
        id=card.org_id,
        name=card.name,
        kind=PartnerKind(kind),
        country=card.country,
        fingerprint=card.public_keys.fingerprint().hex().upper(),
        added_at=now,
    )
    partner_repo.insert_partner(conn, partner, card.public_keys, card.raw)
    if entry.verified_at is not None and method is not None:
        partner_repo.mark_verified(conn, card.org_id, method, entry.verified_at)
    if entry.revoked_at is not None:
        partner_repo.mark_revoked(conn, card.org_id, entry.revoked_at)
    partner_repo.set_partner_profile(conn, card.org_id, entry.profile)


def list_nodes(session: Session) -> tuple[str, list[NodeInfo]]:
    """This node's id and every other node of our organisation we heard from."""
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        return node_id(conn), [NodeInfo(*row) for row in node_repo.list_nodes(conn, own.id)]


def remove_node(session: Session, removed_node_id: str) -> bool:
    """Refuse every later bundle from this node (e.g. its laptop was seized), here and, via a
    signed revocation in every bundle, at our other laptops and partners. Returns whether the
    revocation was signed (only a laptop holding the organisation's keys can). Audited."""
    return node_keys.revoke_node(session, removed_node_id)
