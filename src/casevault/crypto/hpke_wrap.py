"""Wrap a file key to each recipient with HPKE (RFC 9180), and find ours by trying each stanza.

Suite: KEM MLKEM768-X25519 (X-Wing, HPKE KEM id 0x647A: secret if either ML-KEM-768 or
X25519 holds), KDF HKDF-SHA256 (0x0001), AEAD ChaCha20-Poly1305 (0x0003); base mode,
single shot, `info` = a context label naming the format and purpose. A stanza is
`enc (1120 bytes) || ciphertext of the 32-byte file key (48 bytes)`: 1168 bytes, the same
for every recipient and carrying no identifier of whom it is for. A recipient finds its
stanza by trying to open each one (docs/spec/bundle-format.md, section "Recipient stanzas").

The hybrid key is built from the two seeds already in `PrivateKeys` (`mlkem768_seed`,
`x25519_seed`) and the two public keys in `PublicKeys`; no separate key type is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from casevault.crypto.aead_stream import FILE_KEY_LENGTH
from casevault.crypto.errors import MalformedKey, NoMatchingStanza
from casevault.crypto.keys import PrivateKeys, PublicKeys

KEM_ID = 0x647A
KDF_ID = 0x0001
AEAD_ID = 0x0003
ENC_LENGTH = 1120
STANZA_LENGTH = ENC_LENGTH + FILE_KEY_LENGTH + 16

_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def _public_key(recipient: PublicKeys) -> hpke.MLKEM768X25519PublicKey:
    try:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(recipient.mlkem768),
            x25519.X25519PublicKey.from_public_bytes(recipient.x25519),
        )
    except ValueError as exc:
        raise MalformedKey("public keys") from exc


def _private_key(ours: PrivateKeys) -> hpke.MLKEM768X25519PrivateKey:
    try:
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(ours.mlkem768_seed),
            x25519.X25519PrivateKey.from_private_bytes(ours.x25519_seed),
        )
    except ValueError as exc:
        raise MalformedKey("private keys") from exc


def wrap_file_key(file_key: bytes, recipient: PublicKeys, info: bytes) -> bytes:
    """One stanza: the file key encrypted to `recipient` under `info`.

    Fresh randomness (the KEM's ephemeral secrets) every call, so two stanzas never match.
    Raises ValueError on a wrong file-key length, MalformedKey on unusable public keys.
    """
    if len(file_key) != FILE_KEY_LENGTH:
        raise ValueError("file key must be 32 bytes")
    stanza = _SUITE.encrypt(file_key, _public_key(recipient), info=info)
    if len(stanza) != STANZA_LENGTH:  # the suite fixes it; a library change must not slip by
        raise RuntimeError("unexpected HPKE stanza length")
    return stanza


def unwrap_file_key(untrusted_stanzas: Sequence[bytes], ours: PrivateKeys, info: bytes) -> bytes:
    """The file key from the first stanza that opens with our key under `info`.

    Every stanza is tried (no early exit), so how long this takes says nothing about which
    one was ours. Raises NoMatchingStanza if none opens (not for us, or altered), and
    MalformedKey if our own key seeds are unusable.
    """
    private_key = _private_key(ours)
    found: bytes | None = None
    for untrusted_stanza in untrusted_stanzas:
        if len(untrusted_stanza) != STANZA_LENGTH:
            continue
        try:
            opened = _SUITE.decrypt(untrusted_stanza, private_key, info=info)
        except (InvalidTag, ValueError):
            continue
        if found is None and len(opened) == FILE_KEY_LENGTH:
            found = opened
    if found is None:
        raise NoMatchingStanza(len(untrusted_stanzas))
    return found
