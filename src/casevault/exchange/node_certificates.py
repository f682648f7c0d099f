"""Node certificates and node revocations: the organisation vouches for one laptop's keys, or
withdraws that. docs/spec/bundle-format.md, "Node certificates and node revocations".

* A **certificate** says "laptop N of organisation O signs and receives with these keys". It is
  signed (Ed25519 + ML-DSA-65) by the organisation's keys, named by their fingerprint, so a
  receiver checks it against a key it already holds for O (never against a key in the bundle).
* A **revocation** says "stop accepting laptop N of O (and these node keys)", signed the same
  way. It has no expiry and no "from" time: every bundle signed by a revoked node is refused
  whatever date it claims, since a seized laptop's key can sign any date.

Both are a canonical JSON *statement* (sorted keys, no whitespace, UTF-8; each with its own
signature context, so no signature made for another purpose is accepted here) wrapped with its
two signatures in a canonical JSON envelope, whose bytes are what travels and is stored.
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
from casevault.domain.outside_names import display_name_problem
from casevault.exchange.bundle_format import check_identifier
from casevault.exchange.errors import InvalidIdentifier, NodeCertificateInvalid
from casevault.exchange.records import parse_json_object

CERTIFICATE_FORMAT = "casevault-node-certificate"
REVOCATION_FORMAT = "casevault-node-revocation"
CERTIFICATE_CONTEXT = b"casevault/node-certificate/v1"
REVOCATION_CONTEXT = b"casevault/node-revocation/v1"
MAX_ENVELOPE = 16 * 1024  # a certificate is about 9 KiB of base64
MAX_LABEL = 64
CERTIFICATE_RECORD = "node_certificate"
REVOCATION_RECORD = "node_revocation"
RECORD_KINDS = frozenset({CERTIFICATE_RECORD, REVOCATION_RECORD})
_COMMON_FIELDS = {"format", "version", "org_id", "org_key_fingerprint", "node_id"}
STATEMENT_FIELDS = {
    CERTIFICATE_FORMAT: frozenset({*_COMMON_FIELDS, "node_public_keys", "issued_at", "label"}),
    REVOCATION_FORMAT: frozenset({*_COMMON_FIELDS, "node_fingerprint", "revoked_at"}),
}


def _canonical(obj: Any) -> bytes:
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Signed:
    """An envelope taken apart, NOT yet verified: the statement's fields and its signature."""

    document: dict[str, Any]
    statement: bytes
    signature: DualSignature
    raw: bytes

    @property
    def org_id(self) -> str:
        """The organisation the statement claims to come from."""
        return str(self.document["org_id"])

    @property
    def org_key_fingerprint(self) -> str:
        """Lower-case hex fingerprint of the organisation key that claims to have signed it."""
        return str(self.document["org_key_fingerprint"])


@dataclass(frozen=True)
class NodeCertificate:
    """A certificate whose signature verified against `org_key_fingerprint`'s keys."""

    org_id: str
    node_id: str
    node_keys: PublicKeys
    org_key_fingerprint: str
    issued_at: str
    label: str | None
    raw: bytes


@dataclass(frozen=True)
class NodeRevocation:
    """A revocation whose signature verified. `node_fingerprint` None: the node id only."""

    org_id: str
    node_id: str
    node_fingerprint: str | None
    org_key_fingerprint: str
    revoked_at: str
    raw: bytes


def _envelope(statement: dict[str, Any], org_keys: PrivateKeys, context: bytes) -> bytes:
    statement_bytes = _canonical(statement)
    signature = sign(org_keys, context, statement_bytes)
    return _canonical(
        {
            "statement": _b64(statement_bytes),
            "ed25519": _b64(signature.ed25519),
            "mldsa65": _b64(signature.mldsa65),
        }
    )


def build_certificate(
    org_id: str,
    org_keys: PrivateKeys,
    node_id: str,
    node_keys: PublicKeys,
    issued_at: dt.datetime,
    label: str | None = None,
) -> bytes:
    """The certificate for `node_keys`, signed by `org_keys` (both algorithms)."""
    statement = {
        "format": CERTIFICATE_FORMAT,
        "version": 1,
        "org_id": org_id,
        "org_key_fingerprint": org_keys.public_keys().fingerprint().hex(),
        "node_id": node_id,
        "node_public_keys": node_keys.to_dict(),
        "issued_at": _time(issued_at),
        "label": label,
    }
    return _envelope(statement, org_keys, CERTIFICATE_CONTEXT)


def build_revocation(
    org_id: str,
    org_keys: PrivateKeys,
    node_id: str,
    node_fingerprint: str | None,
    revoked_at: dt.datetime,
) -> bytes:
    """The revocation of laptop `node_id` (and its keys, if known), signed by `org_keys`."""
    statement = {
        "format": REVOCATION_FORMAT,
        "version": 1,
        "org_id": org_id,
        "org_key_fingerprint": org_keys.public_keys().fingerprint().hex(),
        "node_id": node_id,
        "node_fingerprint": node_fingerprint,
        "revoked_at": _time(revoked_at),
    }
    return _envelope(statement, org_keys, REVOCATION_CONTEXT)


def _decoded_b64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not text")
    return base64.b64decode(value, validate=True)


def _fingerprint_field(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 64 or value.strip("0123456789abcdef"):
        raise ValueError("fingerprint")
    return value


def open_envelope(untrusted: bytes, expected_format: str) -> Signed:
    """Take an envelope apart and check its statement's shape (NOT its signature).
    Raises NodeCertificateInvalid("format")."""
    try:
        if len(untrusted) > MAX_ENVELOPE:
            raise ValueError("too large")
        envelope = parse_json_object(untrusted)  # docs/spec/json.md, then canonical
        if set(envelope) != {"statement", "ed25519", "mldsa65"}:
            raise ValueError("envelope")
        if _canonical(envelope) != untrusted:
            raise ValueError("not canonical")
        statement = _decoded_b64(envelope["statement"])
        signature = DualSignature(
            _decoded_b64(envelope["ed25519"]), _decoded_b64(envelope["mldsa65"])
        )
        document = parse_json_object(statement)
        if _canonical(document) != statement:
            raise ValueError("statement")
        if document.get("format") != expected_format or document.get("version") != 1:
            raise ValueError("format")
        if set(document) != STATEMENT_FIELDS[expected_format]:
            raise ValueError("fields")
        check_identifier("org_id", document.get("org_id", ""))
        check_identifier("node_id", document.get("node_id", ""))
        _fingerprint_field(document.get("org_key_fingerprint"))
    # ValueError covers bad JSON, base64 (binascii.Error) and integers past Python's limit;
    # RecursionError: nesting deeper than the parser's stack.
    except (UnicodeDecodeError, ValueError, RecursionError, binascii.Error) as exc:
        raise NodeCertificateInvalid("format") from exc
    except InvalidIdentifier as exc:
        raise NodeCertificateInvalid("format") from exc
    return Signed(document, statement, signature, untrusted)


def _check_signature(signed: Signed, org_keys: PublicKeys, context: bytes) -> None:
    if org_keys.fingerprint().hex() != signed.org_key_fingerprint:
        raise NodeCertificateInvalid("certifier")
    try:
        verify(org_keys, context, signed.statement, signed.signature)
    except CryptoError as exc:
        raise NodeCertificateInvalid("signature") from exc


def verify_certificate(signed: Signed, org_keys: PublicKeys) -> NodeCertificate:
    """Check a certificate (from open_envelope(..., CERTIFICATE_FORMAT)) against `org_keys`,
    the organisation key it names. Raises NodeCertificateInvalid."""
    _check_signature(signed, org_keys, CERTIFICATE_CONTEXT)
    document = signed.document
    label = document.get("label")
    try:
        node_keys = PublicKeys.from_dict(document["node_public_keys"])
        issued_at = document["issued_at"]
        if not isinstance(issued_at, str) or len(issued_at) != 20:
            raise ValueError("issued_at")
        dt.datetime.strptime(issued_at, "%Y-%m-%dT%H:%M:%SZ")
        if label is not None and (
            not isinstance(label, str)
            or len(label) > MAX_LABEL
            or display_name_problem(label) is not None
        ):
            raise ValueError("label")
    except (CryptoError, KeyError, TypeError, ValueError) as exc:
        raise NodeCertificateInvalid("format") from exc
    return NodeCertificate(
        signed.org_id,
        str(document["node_id"]),
        node_keys,
        signed.org_key_fingerprint,
        issued_at,
        label,
        signed.raw,
    )


def verify_revocation(signed: Signed, org_keys: PublicKeys) -> NodeRevocation:
    """Check a revocation (from open_envelope(..., REVOCATION_FORMAT)) against `org_keys`.
    Raises NodeCertificateInvalid."""
    _check_signature(signed, org_keys, REVOCATION_CONTEXT)
    document = signed.document
    try:
        named = document.get("node_fingerprint")
        node_fingerprint = None if named is None else _fingerprint_field(named)
        revoked_at = document["revoked_at"]
        dt.datetime.strptime(revoked_at, "%Y-%m-%dT%H:%M:%SZ")
    except (KeyError, TypeError, ValueError) as exc:
        raise NodeCertificateInvalid("format") from exc
    return NodeRevocation(
        signed.org_id,
        str(document["node_id"]),
        node_fingerprint,
        signed.org_key_fingerprint,
        str(revoked_at),
        signed.raw,
    )


def certificate_record(certificate: bytes) -> dict[str, str]:
    """The value of a `node_certificate` record carrying `certificate`."""
    return {"certificate": _b64(certificate)}


def revocation_record(revocation: bytes) -> dict[str, str]:
    """The value of a `node_revocation` record carrying `revocation`."""
    return {"revocation": _b64(revocation)}


def record_envelope(kind: str, untrusted_value: dict[str, Any]) -> bytes:
    """The envelope bytes carried by a node record. Raises NodeCertificateInvalid("format")."""
    field = "certificate" if kind == CERTIFICATE_RECORD else "revocation"
    try:
        if set(untrusted_value) != {field}:
            raise ValueError(field)
        return _decoded_b64(untrusted_value[field])
    except (ValueError, binascii.Error) as exc:
        raise NodeCertificateInvalid("format") from exc
