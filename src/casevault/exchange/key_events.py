"""Key rotation and revocation statements: signed records that travel in bundles.

* A **rotation** says "organisation X now uses these new keys". It is signed by the old keys
  (so a partner who verified the old keys can trust the new ones without a new phone call) and
  by the new keys (proving whoever announces them holds them).
* A **revocation** says "stop trusting these keys": it is signed by the revoked keys themselves,
  so anyone holding them (the owner, or a thief) can stop them being trusted, but nobody else can.
  A partner applies it to the named keys AND every key rotated from them: a thief who copied
  keys and rotated them cannot keep the owner from revoking (docs/sync.md). A revoked partner
  must be verified afresh, in person or by phone, with a new identity card.

Statements are canonical JSON (sorted keys, no whitespace, UTF-8); each signature uses its own
context label, so no signature made for another purpose can be replayed here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from casevault.crypto.errors import CryptoError
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.crypto.signing import DualSignature, sign, verify
from casevault.exchange.content import b64
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.records import parse_json_object

ROTATION_FORMAT = "casevault-key-rotation"
REVOCATION_FORMAT = "casevault-key-revocation"
OLD_KEY_CONTEXT = b"casevault/key-rotation/v1/old-key"
NEW_KEY_CONTEXT = b"casevault/key-rotation/v1/new-key"
REVOCATION_CONTEXT = b"casevault/key-revocation/v1"


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _signature_fields(prefix: str, signature: DualSignature) -> dict[str, str]:
    return {f"{prefix}ed25519": b64(signature.ed25519), f"{prefix}mldsa65": b64(signature.mldsa65)}


def build_rotation(
    org_id: str, old: PrivateKeys, new: PrivateKeys, at: dt.datetime
) -> dict[str, Any]:
    """The record that announces `new` as the successor of `old`."""
    statement = _canonical(
        {
            "format": ROTATION_FORMAT,
            "version": 1,
            "org_id": org_id,
            "old_fingerprint": old.public_keys().fingerprint().hex(),
            "new_public_keys": new.public_keys().to_dict(),
            "rotated_at": at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        }
    )
    return {
        "statement": b64(statement),
        **_signature_fields("old_", sign(old, OLD_KEY_CONTEXT, statement)),
        **_signature_fields("new_", sign(new, NEW_KEY_CONTEXT, statement)),
    }


def build_revocation(org_id: str, keys: PrivateKeys, at: dt.datetime) -> dict[str, Any]:
    """The record that tells partners to stop trusting `keys`."""
    statement = _canonical(
        {
            "format": REVOCATION_FORMAT,
            "version": 1,
            "org_id": org_id,
            "fingerprint": keys.public_keys().fingerprint().hex(),
            "revoked_at": at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        }
    )
    return {
        "statement": b64(statement),
        **_signature_fields("", sign(keys, REVOCATION_CONTEXT, statement)),
    }


@dataclass(frozen=True)
class VerifiedRotation:
    """A rotation whose two signatures verified against the keys we held (`old_fingerprint`,
    lower-case hex)."""

    org_id: str
    old_fingerprint: str
    new_keys: PublicKeys
    rotated_at: str
    statement: bytes


@dataclass(frozen=True)
class VerifiedRevocation:
    """A revocation signed by the very keys it revokes (`fingerprint`, lower-case hex)."""

    org_id: str
    fingerprint: str
    revoked_at: str
    statement: bytes


def _decode(untrusted_statement: bytes, expected_format: str) -> dict[str, Any]:
    try:
        document = parse_json_object(untrusted_statement)  # docs/spec/json.md
    except ValueError as exc:
        raise ContentInvalid(expected_format, "statement") from exc
    if document.get("format") != expected_format:
        raise ContentInvalid(expected_format, "format")
    if document.get("version") != 1 or _canonical(document) != untrusted_statement:
        raise ContentInvalid(expected_format, "version")
    return document


def verify_rotation(
    statement: bytes, old_sig: DualSignature, new_sig: DualSignature, held: PublicKeys, org_id: str
) -> VerifiedRotation:
    """Check a rotation against the keys we hold for `org_id`. Raises ContentInvalid."""
    document = _decode(statement, ROTATION_FORMAT)
    if (
        document.get("org_id") != org_id
        or document.get("old_fingerprint") != held.fingerprint().hex()
    ):
        raise ContentInvalid(ROTATION_FORMAT, "old_fingerprint")
    try:
        new_keys = PublicKeys.from_dict(document["new_public_keys"])
        verify(held, OLD_KEY_CONTEXT, statement, old_sig)
        verify(new_keys, NEW_KEY_CONTEXT, statement, new_sig)
    except (CryptoError, KeyError, TypeError) as exc:
        raise ContentInvalid(ROTATION_FORMAT, "signature") from exc
    return VerifiedRotation(
        org_id, held.fingerprint().hex(), new_keys, str(document.get("rotated_at")), statement
    )


def untrusted_revoked_fingerprint(untrusted_statement: bytes) -> str:
    """The fingerprint a revocation names, NOT yet checked: only to find which of the keys we
    hold (a partner's current or earlier ones) to verify it against. Raises ContentInvalid."""
    named = _decode(untrusted_statement, REVOCATION_FORMAT).get("fingerprint")
    if not isinstance(named, str) or len(named) != 64:
        raise ContentInvalid(REVOCATION_FORMAT, "fingerprint")
    return named


def verify_revocation(
    statement: bytes, signature: DualSignature, held: PublicKeys, org_id: str
) -> VerifiedRevocation:
    """Check a revocation against `held`, the keys of `org_id` it names (current or earlier).
    Raises ContentInvalid."""
    document = _decode(statement, REVOCATION_FORMAT)
    if document.get("org_id") != org_id or document.get("fingerprint") != held.fingerprint().hex():
        raise ContentInvalid(REVOCATION_FORMAT, "fingerprint")
    try:
        verify(held, REVOCATION_CONTEXT, statement, signature)
    except CryptoError as exc:
        raise ContentInvalid(REVOCATION_FORMAT, "signature") from exc
    return VerifiedRevocation(
        org_id, str(document["fingerprint"]), str(document.get("revoked_at")), statement
    )
