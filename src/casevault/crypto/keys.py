"""An organisation's key material: two signing keys and a hybrid encryption key.

Signing: Ed25519 and ML-DSA-65 side by side (a signature counts only if both verify), so a
break of either one alone forges nothing. Encryption: X25519 + ML-KEM-768, the hybrid KEM of
HPKE in `cryptography`, so bundles intercepted today stay secret against a future quantum
computer. Private keys are held as seeds (32 or 64 bytes) and live only inside the encrypted
database; see docs/spec/vault.md.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import mldsa, mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from casevault.crypto.errors import MalformedKey

ED25519_PUBLIC_LENGTH = 32
MLDSA65_PUBLIC_LENGTH = 1952
X25519_PUBLIC_LENGTH = 32
MLKEM768_PUBLIC_LENGTH = 1184
FINGERPRINT_DOMAIN = b"casevault/org-fingerprint/v1\x00"


@dataclass(frozen=True)
class PublicKeys:
    """An organisation's public keys as raw bytes: what partners hold and verify."""

    ed25519: bytes
    mldsa65: bytes
    x25519: bytes
    mlkem768: bytes

    def __post_init__(self) -> None:
        expected = {
            "ed25519": ED25519_PUBLIC_LENGTH,
            "mldsa65": MLDSA65_PUBLIC_LENGTH,
            "x25519": X25519_PUBLIC_LENGTH,
            "mlkem768": MLKEM768_PUBLIC_LENGTH,
        }
        for name, length in expected.items():
            if len(getattr(self, name)) != length:
                raise MalformedKey(name)

    def canonical_bytes(self) -> bytes:
        """A fixed-order, fixed-length encoding of all four keys (input to fingerprints)."""
        return self.ed25519 + self.mldsa65 + self.x25519 + self.mlkem768

    def fingerprint(self) -> bytes:
        """SHA-256 over a domain label and the canonical key bytes."""
        return hashlib.sha256(FINGERPRINT_DOMAIN + self.canonical_bytes()).digest()

    def fingerprint_text(self) -> str:
        """The fingerprint for people: 64 hex digits in groups of four."""
        hex_digits = self.fingerprint().hex().upper()
        return " ".join(hex_digits[i : i + 4] for i in range(0, len(hex_digits), 4))

    def to_dict(self) -> dict[str, str]:
        """Base64 text per key, for JSON files (identity cards, bundles)."""
        return {
            name: base64.b64encode(getattr(self, name)).decode("ascii")
            for name in ("ed25519", "mldsa65", "x25519", "mlkem768")
        }

    @classmethod
    def from_dict(cls, untrusted: dict[str, str]) -> PublicKeys:
        """Parse `to_dict` output; raise MalformedKey on anything else."""
        try:
            decoded = {
                name: base64.b64decode(untrusted[name], validate=True)
                for name in ("ed25519", "mldsa65", "x25519", "mlkem768")
            }
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedKey("public keys") from exc
        keys = cls(**decoded)
        keys.check_parse()
        return keys

    def check_parse(self) -> None:
        """Raise MalformedKey unless every key parses as its type."""
        try:
            Ed25519PublicKey.from_public_bytes(self.ed25519)
            mldsa.MLDSA65PublicKey.from_public_bytes(self.mldsa65)
            x25519.X25519PublicKey.from_public_bytes(self.x25519)
            mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem768)
        except ValueError as exc:
            raise MalformedKey("public keys") from exc


@dataclass(frozen=True)
class PrivateKeys:
    """An organisation's private key seeds. Never written anywhere but the encrypted database."""

    ed25519_seed: bytes
    mldsa65_seed: bytes
    x25519_seed: bytes
    mlkem768_seed: bytes

    @classmethod
    def generate(cls) -> PrivateKeys:
        """Fresh keys from the OS CSPRNG."""
        return cls(
            ed25519_seed=Ed25519PrivateKey.generate().private_bytes_raw(),
            mldsa65_seed=mldsa.MLDSA65PrivateKey.generate().private_bytes_raw(),
            x25519_seed=x25519.X25519PrivateKey.generate().private_bytes_raw(),
            mlkem768_seed=mlkem.MLKEM768PrivateKey.generate().private_bytes_raw(),
        )

    def public_keys(self) -> PublicKeys:
        """The matching public keys."""
        try:
            return PublicKeys(
                ed25519=Ed25519PrivateKey.from_private_bytes(self.ed25519_seed)
                .public_key()
                .public_bytes_raw(),
                mldsa65=mldsa.MLDSA65PrivateKey.from_seed_bytes(self.mldsa65_seed)
                .public_key()
                .public_bytes_raw(),
                x25519=x25519.X25519PrivateKey.from_private_bytes(self.x25519_seed)
                .public_key()
                .public_bytes_raw(),
                mlkem768=mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem768_seed)
                .public_key()
                .public_bytes_raw(),
            )
        except ValueError as exc:
            raise MalformedKey("private keys") from exc

    def to_bytes(self) -> bytes:
        """Fixed-layout serialisation (32+32+32+64 bytes) for storage in the vault."""
        return self.ed25519_seed + self.mldsa65_seed + self.x25519_seed + self.mlkem768_seed

    @classmethod
    def from_bytes(cls, data: bytes) -> PrivateKeys:
        """Inverse of to_bytes; raise MalformedKey on a wrong length."""
        if len(data) != 32 + 32 + 32 + 64:
            raise MalformedKey("private keys")
        return cls(data[0:32], data[32:64], data[64:96], data[96:160])

    def __repr__(self) -> str:
        # Never let a seed reach a log or a traceback through repr().
        return "PrivateKeys(<redacted>)"
