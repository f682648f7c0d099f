"""Recovery codes: 160 random bits a person can print, read aloud and type back.

Crockford's base32 alphabet (no I, L, O, U) in eight groups of four; typing is forgiving
(case, spaces and dashes ignored; O read as 0, I and L as 1).
"""

from __future__ import annotations

from casevault.crypto.randomness import random_bytes

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_BITS = 160
GROUP = 4
_LENGTH = CODE_BITS // 5  # 32 symbols of 5 bits each
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_recovery_code() -> str:
    """A fresh code such as `7K2Q-...` (32 symbols, 160 bits, grouped by four)."""
    number = int.from_bytes(random_bytes(CODE_BITS // 8), "big")
    symbols = []
    for _ in range(_LENGTH):
        symbols.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(symbols))
    return "-".join(text[i : i + GROUP] for i in range(0, _LENGTH, GROUP))


def normalise_recovery_code(untrusted_text: str) -> str | None:
    """The canonical form of what a person typed, or None if it cannot be a recovery code."""
    cleaned = "".join(ch for ch in untrusted_text.upper() if ch not in " -\t\n")
    cleaned = cleaned.translate(_CONFUSABLE)
    if len(cleaned) != _LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + GROUP] for i in range(0, _LENGTH, GROUP))
