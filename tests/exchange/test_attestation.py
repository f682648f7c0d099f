"""The dossier attestation: a detached dual signature over the exact PDF bytes."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.attestation import (
    AttestationStatement,
    document_digest,
    make_attestation,
    verify_attestation,
)
from casevault.exchange.errors import AttestationInvalid

PDF = b"%PDF-1.4 synthetic dossier bytes\n%%EOF\n"


@pytest.fixture(scope="module")
def keys() -> PrivateKeys:
    return PrivateKeys.generate()


def _statement(pdf: bytes = PDF) -> AttestationStatement:
    return AttestationStatement(
        organisation_id="org-1",
        organisation_name="Example Org",
        case_id=uuid.UUID(int=7),
        attested_on=dt.date(2025, 6, 1),
        made_at=dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC),
        language="fr",
        statement="Example Org atteste …",
        document_sha256=document_digest(pdf),
        document_size=len(pdf),
    )


def test_a_good_attestation_verifies_and_names_the_fingerprint(keys: PrivateKeys) -> None:
    attestation = make_attestation(_statement(), keys)
    verified = verify_attestation(PDF, attestation)
    assert verified.statement == _statement()
    assert verified.fingerprint == keys.public_keys().fingerprint_text()
    expected = keys.public_keys().fingerprint_text().replace(" ", "").lower()
    assert verify_attestation(PDF, attestation, expected).fingerprint == verified.fingerprint


@pytest.mark.parametrize("index", [0, len(PDF) // 2, len(PDF) - 1])
def test_a_flipped_byte_in_the_pdf_is_detected(keys: PrivateKeys, index: int) -> None:
    attestation = make_attestation(_statement(), keys)
    changed = bytearray(PDF)
    changed[index] ^= 0x01
    with pytest.raises(AttestationInvalid) as info:
        verify_attestation(bytes(changed), attestation)
    assert info.value.reason == "document"
    with pytest.raises(AttestationInvalid):
        verify_attestation(PDF + b"\n", attestation)


@pytest.mark.parametrize("member", ["statement", "sig_ed25519", "sig_mldsa65"])
def test_a_flipped_bit_in_the_attestation_is_detected(keys: PrivateKeys, member: str) -> None:
    document = json.loads(make_attestation(_statement(), keys))
    raw = bytearray(base64.b64decode(document[member]))
    raw[len(raw) // 2] ^= 0x01
    document[member] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(AttestationInvalid) as info:
        verify_attestation(PDF, json.dumps(document).encode())
    assert info.value.reason == "signature"


def test_another_key_is_caught(keys: PrivateKeys) -> None:
    other = PrivateKeys.generate()
    # Signed by another key but claiming ours: the signature does not verify.
    forged = json.loads(make_attestation(_statement(), other))
    forged["public_keys"] = keys.public_keys().to_dict()
    with pytest.raises(AttestationInvalid) as info:
        verify_attestation(PDF, json.dumps(forged).encode())
    assert info.value.reason == "signature"
    # Signed by another key and naming it: valid in itself, but not the fingerprint we expect.
    own = keys.public_keys().fingerprint_text()
    with pytest.raises(AttestationInvalid) as info:
        verify_attestation(PDF, make_attestation(_statement(), other), own)
    assert info.value.reason == "fingerprint"


@pytest.mark.parametrize(
    "untrusted",
    [b"", b"not json", b"[]", b'{"format": "casevault-attestation/1"}', b"{" * 100_000],
)
def test_anything_else_is_not_an_attestation(untrusted: bytes) -> None:
    with pytest.raises(AttestationInvalid) as info:
        verify_attestation(PDF, untrusted)
    assert info.value.reason == "format"
