"""Short authentication codes: what two organisations read to each other to verify their keys.

In the spirit of Signal's safety numbers (docs/spec/bundle-format.md, "Short authentication
code"): each organisation has its own HALF, derived from its own key fingerprint and id only,
with a domain-separated, iterated SHA-512. The code both sides read is the two halves in a
canonical order (smaller half first), so both laptops show the same digits.

Why halves: with one code computed from both keys, a man in the middle who swaps both cards
only needs a collision between two codes he controls half of (birthday bound). With halves,
each honest side's half is fixed by its own key, so he needs a second preimage of EACH half
separately: for one half, about 10^25 * 5200 ~ 2^95 SHA-512 evaluations.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes

from casevault.crypto.keys import PublicKeys

SHORT_CODE_DOMAIN = b"casevault/short-code-half/v2\x00"
HALF_DIGITS = 25  # 5 groups of 5: log2(10^25) ~ 83.0 bits
SHORT_CODE_DIGITS = 2 * HALF_DIGITS
GROUP = 5
ITERATIONS = 5200  # log2(5200) ~ 12.3 bits of work per guess, as Signal's safety numbers
_CHUNK_BYTES = 5  # 40 bits reduced mod 10^5: bias below 10^-7, negligible
MAX_ORG_ID_BYTES = 0xFFFF


def _sha512(*parts: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA512())
    for part in parts:
        digest.update(part)
    return digest.finalize()


def code_half(org_id: str, fingerprint: bytes) -> str:
    """One organisation's half of the code: 25 digits from its own id and key fingerprint only.

    Deterministic; it never depends on the other party, so swapping the other card cannot
    move it. Raises ValueError for an org id longer than 65535 UTF-8 bytes.
    """
    encoded_id = org_id.encode("utf-8")
    if len(encoded_id) > MAX_ORG_ID_BYTES:
        raise ValueError("org id too long")
    digest = _sha512(SHORT_CODE_DOMAIN, fingerprint, len(encoded_id).to_bytes(2, "big"), encoded_id)
    for _ in range(ITERATIONS):
        digest = _sha512(digest, fingerprint)
    groups = []
    for i in range(HALF_DIGITS // GROUP):
        chunk = digest[i * _CHUNK_BYTES : (i + 1) * _CHUNK_BYTES]
        groups.append(f"{int.from_bytes(chunk, 'big') % 10**GROUP:05d}")
    return "".join(groups)


def group_digits(digits: str) -> str:
    """Digits in groups of five, for reading aloud: `04129 98310 ...`."""
    return " ".join(digits[i : i + GROUP] for i in range(0, len(digits), GROUP))


def short_authentication_code(
    org_a: str, keys_a: PublicKeys, org_b: str, keys_b: PublicKeys
) -> str:
    """The same 50 digits on both sides (10 groups of 5), whatever the order of the parties.

    The code is the two halves, smaller first: each side's digits depend on that side alone.
    """
    halves = sorted(
        [code_half(org_a, keys_a.fingerprint()), code_half(org_b, keys_b.fingerprint())]
    )
    return group_digits("".join(halves))


def own_half(org_id: str, keys: PublicKeys) -> str:
    """One party's half, grouped: what a new laptop shows with its join request."""
    return group_digits(code_half(org_id, keys.fingerprint()))


def normalise_digits(untrusted_text: str) -> str:
    """Only the ASCII digits of what a person typed (spaces, dashes and dots ignored)."""
    return "".join(ch for ch in untrusted_text if ch in "0123456789")


def normalise_fingerprint(untrusted_text: str) -> str:
    """Only the hex digits of a typed fingerprint, upper case."""
    return "".join(ch for ch in untrusted_text.upper() if ch in "0123456789ABCDEF")
