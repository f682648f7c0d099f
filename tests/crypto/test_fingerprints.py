"""Short authentication codes: symmetric, key-dependent, readable."""

from __future__ import annotations

from casevault.crypto.fingerprints import (
    normalise_digits,
    normalise_fingerprint,
    short_authentication_code,
)
from casevault.crypto.keys import PrivateKeys


def test_both_sides_see_the_same_code_and_other_keys_another() -> None:
    a, b, c = (PrivateKeys.generate().public_keys() for _ in range(3))
    code = short_authentication_code(a, b)
    assert code == short_authentication_code(b, a)
    assert code != short_authentication_code(a, c)
    groups = code.split(" ")
    assert len(groups) == 6
    assert all(len(g) == 4 and g.isdigit() for g in groups)


def test_typed_codes_are_normalised() -> None:
    assert normalise_digits(" 1234-5678.90 ") == "1234567890"
    assert normalise_fingerprint("ab12 CD34\n") == "AB12CD34"
