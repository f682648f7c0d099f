"""Keys, HPKE and X-Wing for the independent reader, written from bundle-format.md sections 3-4.

RFC 9180's base-mode key schedule and the X-Wing decapsulation and combiner are spelled out
here with HMAC-SHA256 and SHA3-256 from the standard library; `cryptography` gives only the
primitives (ML-KEM-768, X25519, Ed25519, ML-DSA-65, ChaCha20-Poly1305). Imports nothing of
casevault.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import mldsa, mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

# --- Keys (bundle-format.md section 3) ---


@dataclass(frozen=True)
class OrgKeys:
    ed25519: bytes
    mldsa65: bytes
    x25519: bytes
    mlkem768: bytes

    def fingerprint(self) -> str:
        domain = b"casevault/org-fingerprint/v1\x00"
        raw = self.ed25519 + self.mldsa65 + self.x25519 + self.mlkem768
        return hashlib.sha256(domain + raw).hexdigest()


@dataclass(frozen=True)
class Seeds:
    ed25519: bytes
    mldsa65: bytes
    x25519: bytes
    mlkem768: bytes

    def public(self) -> OrgKeys:
        return OrgKeys(
            Ed25519PrivateKey.from_private_bytes(self.ed25519).public_key().public_bytes_raw(),
            mldsa.MLDSA65PrivateKey.from_seed_bytes(self.mldsa65).public_key().public_bytes_raw(),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519).public_key().public_bytes_raw(),
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem768).public_key().public_bytes_raw(),
        )


# --- HPKE, RFC 9180 base mode, KEM 0x647A (X-Wing), KDF 0x0001, AEAD 0x0003 ---

SUITE_ID = b"HPKE" + struct.pack(">HHH", 0x647A, 0x0001, 0x0003)
XWING_LABEL = b"\\.//^\\"


def _extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def _labeled_extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return _extract(salt, b"HPKE-v1" + SUITE_ID + label + ikm)


def _labeled_expand(prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return _expand(prk, struct.pack(">H", length) + b"HPKE-v1" + SUITE_ID + label + info, length)


def xwing_decapsulate(seeds: Seeds, enc: bytes) -> bytes:
    """enc = ML-KEM-768 ciphertext (1088) || X25519 ephemeral public key (32)."""
    ct_m, ct_x = enc[:1088], enc[1088:]
    ss_m = mlkem.MLKEM768PrivateKey.from_seed_bytes(seeds.mlkem768).decapsulate(ct_m)
    sk_x = x25519.X25519PrivateKey.from_private_bytes(seeds.x25519)
    ss_x = sk_x.exchange(x25519.X25519PublicKey.from_public_bytes(ct_x))
    pk_x = sk_x.public_key().public_bytes_raw()
    return hashlib.sha3_256(ss_m + ss_x + ct_x + pk_x + XWING_LABEL).digest()


def hpke_open(seeds: Seeds, stanza: bytes, info: bytes) -> bytes:
    shared = xwing_decapsulate(seeds, stanza[:1120])
    context = (
        b"\x00"
        + _labeled_extract(b"", b"psk_id_hash", b"")
        + _labeled_extract(b"", b"info_hash", info)
    )
    secret = _labeled_extract(shared, b"secret", b"")
    key = _labeled_expand(secret, b"key", context, 32)
    nonce = _labeled_expand(secret, b"base_nonce", context, 12)
    return ChaCha20Poly1305(key).decrypt(nonce, stanza[1120:], b"")


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return _expand(_extract(salt, ikm), info, 32)
