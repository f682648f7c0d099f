"""Short authentication codes: one half per party, read in a canonical order, hard to forge."""

from __future__ import annotations

import hashlib
import math

from casevault.crypto.fingerprints import (
    HALF_DIGITS,
    ITERATIONS,
    code_half,
    normalise_digits,
    normalise_fingerprint,
    own_half,
    short_authentication_code,
)
from casevault.crypto.keys import PrivateKeys

# docs/spec/bundle-format.md, "Short authentication code", test vectors.
VECTORS = [
    ("org-a", bytes(range(32)), "1619581609741683270695606"),
    ("org-b", bytes(range(32, 64)), "4929978649584928008552744"),
    ("", bytes(32), "1520651865378076338449789"),
]
VECTOR_CODE = "16195 81609 74168 32706 95606 49299 78649 58492 80085 52744"


def _independent_half(org_id: str, fingerprint: bytes) -> str:
    # The spec's construction with hashlib, not the module under test.
    encoded = org_id.encode()
    digest = hashlib.sha512(
        b"casevault/short-code-half/v2\x00"
        + fingerprint
        + len(encoded).to_bytes(2, "big")
        + encoded
    ).digest()
    for _ in range(5200):
        digest = hashlib.sha512(digest + fingerprint).digest()
    return "".join(
        f"{int.from_bytes(digest[5 * i : 5 * i + 5], 'big') % 100_000:05d}" for i in range(5)
    )


def test_vectors_match_the_spec_and_an_independent_implementation() -> None:
    for org_id, fingerprint, expected in VECTORS:
        assert code_half(org_id, fingerprint) == expected
        assert _independent_half(org_id, fingerprint) == expected
    halves = sorted(code_half(o, f) for o, f, _ in VECTORS[:2])
    assert " ".join("".join(halves)[i : i + 5] for i in range(0, 2 * HALF_DIGITS, 5)) == VECTOR_CODE


def test_both_sides_see_the_same_code_in_ten_groups_of_five() -> None:
    a, b, c = (PrivateKeys.generate().public_keys() for _ in range(3))
    code = short_authentication_code("a", a, "b", b)
    assert code == short_authentication_code("b", b, "a", a)
    assert code != short_authentication_code("a", a, "c", c)
    groups = code.split(" ")
    assert len(groups) == 10
    assert all(len(g) == 5 and g.isdigit() for g in groups)


def test_each_side_reaches_the_code_only_through_its_own_half() -> None:
    """A man in the middle who swaps B's card changes only B's half: A's half stays A's.

    With the old single code over both keys, a swapped pair needed only a collision of two
    codes; here the digits A reads contain A's own half verbatim, so the swapped card must
    reproduce B's half exactly (a second preimage), and likewise on B's side.
    """
    a, b, forged_b = (PrivateKeys.generate().public_keys() for _ in range(3))
    half_a = code_half("a", a.fingerprint())
    half_b = code_half("b", b.fingerprint())
    honest = normalise_digits(short_authentication_code("a", a, "b", b))
    assert sorted([honest[:HALF_DIGITS], honest[HALF_DIGITS:]]) == sorted([half_a, half_b])
    swapped = normalise_digits(short_authentication_code("a", a, "b", forged_b))
    assert half_a in (swapped[:HALF_DIGITS], swapped[HALF_DIGITS:])
    assert half_b not in (swapped[:HALF_DIGITS], swapped[HALF_DIGITS:])
    # The same keys under another org id give another half: the id is bound too.
    assert code_half("b2", b.fingerprint()) != half_b
    assert own_half("a", a).replace(" ", "") == half_a


def test_a_second_preimage_of_one_half_costs_at_least_2_to_the_80() -> None:
    digits_bits = HALF_DIGITS * math.log2(10)
    iteration_bits = math.log2(ITERATIONS + 1)
    assert digits_bits >= 80  # even without the iterations
    assert digits_bits + iteration_bits >= 95


def test_typed_codes_are_normalised() -> None:
    assert normalise_digits(" 1234-5678.90 ") == "1234567890"
    assert normalise_digits("١٢٣4") == "4"  # only ASCII digits count
    assert normalise_fingerprint("ab12 CD34\n") == "AB12CD34"
