"""Short authentication codes: what two organisations read to each other to verify their keys.

In the spirit of Signal's safety numbers: both sides compute the same digits from the two
organisations' key fingerprints, so reading them over the phone (or in person) proves that each
holds the other's real keys and no one swapped a key in transit. 24 decimal digits (~80 bits)
make grinding a colliding key pair out of reach; grouped by four they are easy to read aloud.
"""

from __future__ import annotations

import hashlib

from casevault.crypto.keys import PublicKeys

SHORT_CODE_DOMAIN = b"casevault/short-authentication-code/v1\x00"
SHORT_CODE_DIGITS = 24
_ITERATIONS = 5200  # a modest stretch, as Signal does, to slow grinding further


def short_authentication_code(ours: PublicKeys, theirs: PublicKeys) -> str:
    """The same 24 digits on both sides, e.g. `0412 9983 ...`, whatever the order of arguments."""
    first, second = sorted([ours.fingerprint(), theirs.fingerprint()])
    digest = SHORT_CODE_DOMAIN + first + second
    for _ in range(_ITERATIONS):
        digest = hashlib.sha256(digest + first + second).digest()
    number = int.from_bytes(digest, "big") % (10**SHORT_CODE_DIGITS)
    digits = f"{number:0{SHORT_CODE_DIGITS}d}"
    return " ".join(digits[i : i + 4] for i in range(0, SHORT_CODE_DIGITS, 4))


def normalise_digits(untrusted_text: str) -> str:
    """Only the digits of what a person typed (spaces, dashes and dots ignored)."""
    return "".join(ch for ch in untrusted_text if ch.isdigit())


def normalise_fingerprint(untrusted_text: str) -> str:
    """Only the hex digits of a typed fingerprint, upper case."""
    return "".join(ch for ch in untrusted_text.upper() if ch in "0123456789ABCDEF")
