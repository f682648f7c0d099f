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
import re
from dataclasses import dataclass
from typing import Any

from casevault.crypto.errors import CryptoError
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.crypto.signing import (
    ED25519_SIGNATURE_LENGTH,
    MLDSA65_SIGNATURE_LENGTH,
    DualSignature,
    sign,
    verify,
)
from casevault.domain.outside_names import display_name_problem
from casevault.exchange.errors import IdentityCardInvalid
from casevault.exchange.records import parse_json_object

FORMAT = "casevault-identity"
VERSION = 1
TEXT_PREFIX = "CASEVAULT-IDENTITY-1:"
SIGNATURE_CONTEXT = b"casevault/identity-card/v1"
MAX_CARD_BYTES = 16 * 1024  # a real card is about 9 KB (post-quantum keys and signatures are large)
MAX_FIELD = 200
# The bounds of docs/spec/identity-card.md, "Fields": an id as every bundle id is spelled, a
# kind as PartnerKind values are, an ISO 3166 country code, a UTC time to the second.
_ORG_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_KIND = re.compile(r"[a-z][a-z_]{0,39}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_CREATED_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\+00:00|Z)")
_KEY_NAMES = ("ed25519", "mldsa65", "x25519", "mlkem768")
_MAX_KEY_TEXT = 4 * 1024  # base64 of the largest key (ML-KEM-768, 1184 bytes) is 1580 characters
_SIGNATURE_LENGTHS = {"ed25519": ED25519_SIGNATURE_LENGTH, "mldsa65": MLDSA65_SIGNATURE_LENGTH}


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


def _checked_fields(document: dict[str, Any]) -> dict[str, Any]:
    """Every field but the keys and signature, checked against docs/spec/identity-card.md.

    Raises IdentityCardInvalid("bad-id" | "bad-name" | "bad-kind" | "bad-country" |
    "bad-date" | "schema").
    """
    org_id = _text(document["org_id"])
    if org_id is None or not _ORG_ID.fullmatch(org_id):
        raise IdentityCardInvalid("bad-id")
    name = document["name"]
    if not isinstance(name, str):
        raise IdentityCardInvalid("schema")
    if display_name_problem(name) is not None or name != name.strip():
        raise IdentityCardInvalid("bad-name")
    kind = _text(document["kind"])
    if kind is None or not _KIND.fullmatch(kind):
        raise IdentityCardInvalid("bad-kind")
    country = document["country"]
    if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
        raise IdentityCardInvalid("bad-country")
    created_at = _text(document["created_at"])
    try:
        parsed = dt.datetime.fromisoformat(str(created_at))
    except ValueError as exc:
        raise IdentityCardInvalid("bad-date") from exc
    if parsed.tzinfo is None or not _CREATED_AT.fullmatch(str(created_at)):
        raise IdentityCardInvalid("bad-date")
    return {
        "org_id": org_id,
        "name": name,
        "kind": kind,
        "country": country,
        "created_at": created_at,
    }


def _checked_keys(untrusted: object) -> PublicKeys:
    """The four public keys, each exactly the size its algorithm requires, each parsing."""
    if not isinstance(untrusted, dict) or set(untrusted) != set(_KEY_NAMES):
        raise IdentityCardInvalid("bad-keys")
    if not all(isinstance(v, str) and len(v) <= _MAX_KEY_TEXT for v in untrusted.values()):
        raise IdentityCardInvalid("bad-keys")
    try:
        return PublicKeys.from_dict(untrusted)
    except (CryptoError, TypeError, AttributeError) as exc:
        raise IdentityCardInvalid("bad-keys") from exc


def _checked_signature(untrusted: object) -> DualSignature:
    """Both signatures, base64, each exactly its algorithm's size."""
    if not isinstance(untrusted, dict) or set(untrusted) != set(_SIGNATURE_LENGTHS):
        raise IdentityCardInvalid("bad-signature")
    decoded: dict[str, bytes] = {}
    for algorithm, length in _SIGNATURE_LENGTHS.items():
        text = untrusted[algorithm]
        if not isinstance(text, str) or len(text) > 2 * length:
            raise IdentityCardInvalid("bad-signature")
        try:
            decoded[algorithm] = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise IdentityCardInvalid("bad-signature") from exc
        if len(decoded[algorithm]) != length:
            raise IdentityCardInvalid("bad-signature")
    return DualSignature(ed25519=decoded["ed25519"], mldsa65=decoded["mldsa65"])


def parse_card(untrusted_bytes: bytes) -> IdentityCard:
    """Parse a card (file bytes or its text form), check every field and its self-signature.

    Raises IdentityCardInvalid with a reason; never anything else. Reasons: "too-large",
    "not-a-card", "unsupported-version", "schema", "bad-id", "bad-name", "bad-kind",
    "bad-country", "bad-date", "bad-keys", "bad-signature".
    """
    if len(untrusted_bytes) > 2 * MAX_CARD_BYTES:
        raise IdentityCardInvalid("too-large")
    data = _decode(untrusted_bytes)
    if len(data) > MAX_CARD_BYTES:
        raise IdentityCardInvalid("too-large")
    try:
        # The bundles' strict profile (docs/spec/json.md): one meaning for every byte string,
        # so no two programs read different names or keys out of the same signed card.
        document = parse_json_object(data)
    except ValueError as exc:
        raise IdentityCardInvalid("not-a-card") from exc
    if document.get("format") != FORMAT:
        raise IdentityCardInvalid("not-a-card")
    if document.get("version") != VERSION or type(document.get("version")) is not int:
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
    fields = _checked_fields(document)
    keys = _checked_keys(document["public_keys"])
    signature = _checked_signature(document.pop("signature"))
    try:
        verify(keys, SIGNATURE_CONTEXT, _canonical(document), signature)
    except CryptoError as exc:
        raise IdentityCardInvalid("bad-signature") from exc
    return IdentityCard(
        org_id=fields["org_id"],
        name=fields["name"],
        kind=fields["kind"],
        country=fields["country"],
        public_keys=keys,
        created_at=fields["created_at"],
        raw=data,
    )
