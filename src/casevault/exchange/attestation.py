"""The organisation's signed attestation over a dossier PDF (docs/spec/attestation.md).

A detached signature, as minisign or signify make: the PDF stays an ordinary PDF that any
reader opens, and a small JSON file beside it (`<name>.pdf.attestation`) holds a statement,
the organisation's public keys and both signatures (Ed25519 and ML-DSA-65, crypto/signing.py)
over the statement. The statement names the organisation, the case, the date, the sentence
printed in the dossier and the SHA-256 and size of the exact PDF bytes, so changing one byte of
the PDF, of the statement or of a signature makes verification fail.

Verification needs no vault: whoever receives the two files checks them with
`casevault dossier verify-attestation FILE.pdf`, and compares the fingerprint it prints with the
one the organisation gave them by another route (its identity card, a phone call). A forger can
sign with keys of his own; only that comparison tells him apart, which is why the fingerprint
can also be given to the command to compare for you.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from casevault.crypto.errors import CryptoError
from casevault.crypto.fingerprints import normalise_fingerprint
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.crypto.signing import (
    ED25519_SIGNATURE_LENGTH,
    MLDSA65_SIGNATURE_LENGTH,
    DualSignature,
    sign,
    verify,
)
from casevault.exchange.errors import AttestationInvalid
from casevault.exchange.wire_time import WireDate, WireTime

FORMAT = "casevault-attestation/1"
SIGNING_CONTEXT = b"casevault/dossier-attestation/v1"
SUFFIX = ".attestation"
MAX_ATTESTATION_BYTES = 64 * 1024
Text = Annotated[str, Field(min_length=1, max_length=2000)]


class AttestationStatement(BaseModel):
    """What the organisation signs. Exactly these members (docs/spec/attestation.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["casevault-attestation/1"] = "casevault-attestation/1"
    organisation_id: Annotated[str, Field(min_length=1, max_length=64)]
    organisation_name: Annotated[str, Field(min_length=1, max_length=200)]
    case_id: uuid.UUID
    attested_on: WireDate
    made_at: WireTime
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")]
    statement: Text
    document_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    document_size: Annotated[int, Field(ge=0, le=2**31)]


@dataclass(frozen=True)
class VerifiedAttestation:
    """A statement whose signatures verified over the given PDF, and the signer's fingerprint
    (computed from the keys in the file: compare it with one you got another way)."""

    statement: AttestationStatement
    fingerprint: str  # 64 hex digits, groups of four, as `org show` prints it


def canonical(statement: AttestationStatement) -> bytes:
    """The signed bytes: JSON, keys sorted, no spaces, UTF-8 (json.md canonical form)."""
    data = statement.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def document_digest(pdf: bytes) -> str:
    """SHA-256 of the PDF bytes, lower-case hex."""
    return hashlib.sha256(pdf).hexdigest()


def make_attestation(statement: AttestationStatement, keys: PrivateKeys) -> bytes:
    """The attestation file for `statement`, signed with `keys` (checked before returning)."""
    message = canonical(statement)
    signature = sign(keys, SIGNING_CONTEXT, message)
    public = keys.public_keys()
    verify(public, SIGNING_CONTEXT, message, signature)
    document = {
        "format": FORMAT,
        "statement": base64.b64encode(message).decode("ascii"),
        "public_keys": public.to_dict(),
        "sig_ed25519": base64.b64encode(signature.ed25519).decode("ascii"),
        "sig_mldsa65": base64.b64encode(signature.mldsa65).decode("ascii"),
    }
    return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("ascii")


def _b64(text: Any, limit: int) -> bytes:
    if not isinstance(text, str) or len(text) > limit:
        raise AttestationInvalid("format")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AttestationInvalid("format") from exc


def _parse(untrusted: bytes) -> tuple[bytes, PublicKeys, DualSignature]:
    if len(untrusted) > MAX_ATTESTATION_BYTES:
        raise AttestationInvalid("format")
    try:
        document = json.loads(untrusted.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise AttestationInvalid("format") from exc
    expected = {"format", "statement", "public_keys", "sig_ed25519", "sig_mldsa65"}
    if not isinstance(document, dict) or set(document) != expected:
        raise AttestationInvalid("format")
    if document["format"] != FORMAT or not isinstance(document["public_keys"], dict):
        raise AttestationInvalid("format")
    message = _b64(document["statement"], MAX_ATTESTATION_BYTES)
    signature = DualSignature(
        ed25519=_b64(document["sig_ed25519"], 200), mldsa65=_b64(document["sig_mldsa65"], 6000)
    )
    if (len(signature.ed25519), len(signature.mldsa65)) != (
        ED25519_SIGNATURE_LENGTH,
        MLDSA65_SIGNATURE_LENGTH,
    ):
        raise AttestationInvalid("signature")
    try:
        keys = PublicKeys.from_dict(document["public_keys"])
    except CryptoError as exc:
        raise AttestationInvalid("format") from exc
    return message, keys, signature


def verify_attestation(
    pdf: bytes, untrusted_attestation: bytes, expected_fingerprint: str | None = None
) -> VerifiedAttestation:
    """Check the attestation file against the PDF bytes.

    Raises AttestationInvalid with `reason`: "format" (not an attestation), "signature" (a
    signature does not verify over the statement), "statement" (signed, but not a valid
    statement), "document" (the statement is about other PDF bytes), "fingerprint" (valid, but
    signed by other keys than `expected_fingerprint`).
    """
    message, keys, signature = _parse(untrusted_attestation)
    try:
        verify(keys, SIGNING_CONTEXT, message, signature)
    except CryptoError as exc:
        raise AttestationInvalid("signature") from exc
    try:
        statement = AttestationStatement.model_validate_json(message)
    except ValidationError as exc:
        raise AttestationInvalid("statement") from exc
    if canonical(statement) != message:
        raise AttestationInvalid("statement")
    if statement.document_sha256 != document_digest(pdf) or statement.document_size != len(pdf):
        raise AttestationInvalid("document")
    if expected_fingerprint is not None and normalise_fingerprint(
        expected_fingerprint
    ) != normalise_fingerprint(keys.fingerprint_text()):
        raise AttestationInvalid("fingerprint")
    return VerifiedAttestation(statement, keys.fingerprint_text())
