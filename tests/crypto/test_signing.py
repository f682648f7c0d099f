"""Dual signatures: both must verify, contexts separate purposes, keys round-trip."""

from __future__ import annotations

import dataclasses

import pytest

from casevault.crypto.errors import MalformedKey, SignatureInvalid
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.crypto.signing import sign, verify


@pytest.fixture(scope="module")
def keys() -> PrivateKeys:
    return PrivateKeys.generate()


def test_sign_and_verify(keys: PrivateKeys) -> None:
    signature = sign(keys, b"test", b"message")
    verify(keys.public_keys(), b"test", b"message", signature)


def test_other_message_context_or_key_fails(keys: PrivateKeys) -> None:
    signature = sign(keys, b"test", b"message")
    with pytest.raises(SignatureInvalid):
        verify(keys.public_keys(), b"test", b"messagE", signature)
    with pytest.raises(SignatureInvalid):
        verify(keys.public_keys(), b"other", b"message", signature)
    with pytest.raises(SignatureInvalid):
        verify(PrivateKeys.generate().public_keys(), b"test", b"message", signature)


@pytest.mark.parametrize("half", ["ed25519", "mldsa65"])
def test_either_half_alone_is_not_enough(keys: PrivateKeys, half: str) -> None:
    good = sign(keys, b"test", b"message")
    other = sign(keys, b"test", b"other message")
    mixed = dataclasses.replace(good, **{half: getattr(other, half)})
    with pytest.raises(SignatureInvalid) as info:
        verify(keys.public_keys(), b"test", b"message", mixed)
    assert info.value.algorithm == {"ed25519": "ed25519", "mldsa65": "ml-dsa-65"}[half]


def test_key_serialisation_round_trips(keys: PrivateKeys) -> None:
    assert PrivateKeys.from_bytes(keys.to_bytes()) == keys
    public = keys.public_keys()
    assert PublicKeys.from_dict(public.to_dict()) == public
    assert len(public.fingerprint_text().replace(" ", "")) == 64
    assert "redacted" in repr(keys)


def test_malformed_public_keys_are_refused(keys: PrivateKeys) -> None:
    data = keys.public_keys().to_dict()
    data["ed25519"] = "AAAA"
    with pytest.raises(MalformedKey):
        PublicKeys.from_dict(data)
    with pytest.raises(MalformedKey):
        PrivateKeys.from_bytes(b"short")
