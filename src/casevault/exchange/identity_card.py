"""Identity cards: an organisation's name and public keys, self-signed; a file or one text line.

A card proves nothing about who sent it (anyone can make one); its self-signature only shows the
keys and the name belong together. Trust comes from verification: comparing the short
authentication code or the fingerprint with the partner itself. Spec: docs/spec/identity-card.md.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from casevault.crypto.errors import CryptoError
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.crypto.signing import DualSignature, sign, verify
from casevault.exchange.errors import IdentityCardInvalid

FORMAT = "casevault-identity"
VERSION = 1
TEXT_PREFIX = "CASEVAULT-IDENTITY-1:"
SIGNATURE_CONTEXT = b"casevault/identity-card/v1"
MAX_CARD_BYTES = 16 * 1024  # a real card is about 9 KB (post-quantum keys and signatures are large)
MAX_FIELD = 200


@dataclass(frozen=True)
class IdentityCard:
    """A checked card: its self-signature verified, its keys parsed."""

    org_id: str
    name: str
    kind: str
    country: str | None
    public_keys: PublicKeys
    created_at: str
    raw: bytes  # the canonical JSON as received, kept as evidence

    @property
    def fingerprint(self) -> str:
        """Hex SHA-256 fingerprint of the keys."""
        return self.public_keys.fingerprint().hex().upper()


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def build_card(
    org_id: str, name: str, kind: str, country: str | None, keys: PrivateKeys, now: dt.datetime
) -> bytes:
    """Our card as canonical JSON bytes, signed with both of our signing keys."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "org_id": org_id,
        "name": name,
        "kind": kind,
        "country": country,
        "public_keys": keys.public_keys().to_dict(),
        "created_at": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
    }
    signature = sign(keys, SIGNATURE_CONTEXT, _canonical(body))
    body["signature"] = {
        "ed25519": base64.b64encode(signature.ed25519).decode("ascii"),
        "mldsa65": base64.b64encode(signature.mldsa65).decode("ascii"),
    }
    return _canonical(body)


def card_to_text(card: bytes) -> str:
    """One line that fits in a chat message or an e-mail body."""
    return TEXT_PREFIX + base64.urlsafe_b64encode(card).decode("ascii").rstrip("=")


def _decode(untrusted: bytes) -> bytes:
    stripped = untrusted.strip()
    if stripped.startswith(TEXT_PREFIX.encode()):
        payload = b"".join(stripped[len(TEXT_PREFIX) :].split())
        try:
            return base64.urlsafe_b64decode(payload + b"=" * (-len(payload) % 4))
        except (binascii.Error, ValueError) as exc:
            raise IdentityCardInvalid("not-a-card") from exc
    return stripped


def _text(value: object, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not 0 < len(value) <= MAX_FIELD:
        raise IdentityCardInvalid("schema")
    return value


def parse_card(untrusted_bytes: bytes) -> IdentityCard:
    """Parse a card (file bytes or its text form) and check its self-signature.

    Raises IdentityCardInvalid with a reason; never anything else.
    """
    if len(untrusted_bytes) > 2 * MAX_CARD_BYTES:
        raise IdentityCardInvalid("too-large")
    data = _decode(untrusted_bytes)
    if len(data) > MAX_CARD_BYTES:
        raise IdentityCardInvalid("too-large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IdentityCardInvalid("not-a-card") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise IdentityCardInvalid("not-a-card")
    if document.get("version") != VERSION:
        raise IdentityCardInvalid("unsupported-version")
    expected = {
        "format",
        "version",
        "org_id",
        "name",
        "kind",
        "country",
        "public_keys",
        "created_at",
        "signature",
    }
    if set(document) != expected:
        raise IdentityCardInvalid("schema")
    signature_doc = document.pop("signature")
    try:
        keys = PublicKeys.from_dict(document["public_keys"])
    except (CryptoError, TypeError, AttributeError) as exc:
        raise IdentityCardInvalid("bad-keys") from exc
    try:
        signature = DualSignature(
            ed25519=base64.b64decode(signature_doc["ed25519"], validate=True),
            mldsa65=base64.b64decode(signature_doc["mldsa65"], validate=True),
        )
        verify(keys, SIGNATURE_CONTEXT, _canonical(document), signature)
    except (CryptoError, KeyError, TypeError, binascii.Error, ValueError) as exc:
        raise IdentityCardInvalid("bad-signature") from exc
    return IdentityCard(
        org_id=str(_text(document["org_id"])),
        name=str(_text(document["name"])),
        kind=str(_text(document["kind"])),
        country=_text(document["country"], optional=True),
        public_keys=keys,
        created_at=str(_text(document["created_at"])),
        raw=data,
    )
