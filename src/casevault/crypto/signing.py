"""Dual signatures: Ed25519 and ML-DSA-65 over the same message; valid only if both verify.

Each signature is bound to a context label (ML-DSA's `context`, and a prefix for Ed25519),
so a signature made for one purpose (an evaluation) can never be replayed as another (a
bundle manifest).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from casevault.crypto.errors import MalformedKey, SignatureInvalid
from casevault.crypto.keys import PrivateKeys, PublicKeys

MAX_CONTEXT = 255  # ML-DSA's limit on the context string.
ED25519_SIGNATURE_LENGTH = 64
MLDSA65_SIGNATURE_LENGTH = 3309


@dataclass(frozen=True)
class DualSignature:
    """An Ed25519 signature (64 bytes) and an ML-DSA-65 signature (3309 bytes)."""

    ed25519: bytes
    mldsa65: bytes


def _ed25519_message(context: bytes, message: bytes) -> bytes:
    # Ed25519 (pure) has no context parameter: prefix the length-delimited label instead.
    return len(context).to_bytes(1, "big") + context + message


def sign(keys: PrivateKeys, context: bytes, message: bytes) -> DualSignature:
    """Sign `message` under `context` with both of the organisation's signing keys."""
    if not 0 < len(context) <= MAX_CONTEXT:
        raise ValueError("context must be 1-255 bytes")
    ed = Ed25519PrivateKey.from_private_bytes(keys.ed25519_seed)
    ml = mldsa.MLDSA65PrivateKey.from_seed_bytes(keys.mldsa65_seed)
    return DualSignature(
        ed25519=ed.sign(_ed25519_message(context, message)),
        mldsa65=ml.sign(message, context),
    )


def verify(public: PublicKeys, context: bytes, message: bytes, signature: DualSignature) -> None:
    """Return if both signatures verify; raise SignatureInvalid naming the first that fails."""
    try:
        ed = Ed25519PublicKey.from_public_bytes(public.ed25519)
        ml = mldsa.MLDSA65PublicKey.from_public_bytes(public.mldsa65)
    except ValueError as exc:
        raise MalformedKey("public keys") from exc
    try:
        ed.verify(signature.ed25519, _ed25519_message(context, message))
    except InvalidSignature as exc:
        raise SignatureInvalid("ed25519") from exc
    try:
        ml.verify(signature.mldsa65, message, context)
    except InvalidSignature as exc:
        raise SignatureInvalid("ml-dsa-65") from exc
