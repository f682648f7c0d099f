"""Single-message AEAD (ChaCha20-Poly1305, RFC 8439) for small secrets such as wrapped keys.

Large content (bundles, attachments) goes through aead_stream.py instead.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from casevault.crypto.errors import DecryptionFailed
from casevault.crypto.randomness import random_bytes

KEY_LENGTH = 32
NONCE_LENGTH = 12


def new_key() -> bytes:
    """A fresh 256-bit symmetric key."""
    return ChaCha20Poly1305.generate_key()


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """Encrypt with a random nonce; return (nonce, ciphertext-with-tag)."""
    nonce = random_bytes(NONCE_LENGTH)
    return nonce, ChaCha20Poly1305(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes) -> bytes:
    """Decrypt and authenticate; raise DecryptionFailed on a wrong key or any altered byte."""
    if len(key) != KEY_LENGTH or len(nonce) != NONCE_LENGTH:
        raise DecryptionFailed("bad key or nonce length")
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, associated_data)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc
