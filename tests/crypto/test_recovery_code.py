"""Recovery codes: 160 bits, grouped for reading aloud, forgiving when typed back."""

from __future__ import annotations

from casevault.crypto.recovery_code import ALPHABET, new_recovery_code, normalise_recovery_code


def test_code_shape_and_entropy() -> None:
    code = new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 and set(g) <= set(ALPHABET) for g in groups)
    assert len(groups) * 4 * 5 >= 128  # bits: at least 128, as the issue demands
    assert len({new_recovery_code() for _ in range(50)}) == 50


def test_typing_is_forgiving() -> None:
    code = new_recovery_code()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(sloppy) == code


def test_garbage_is_not_a_code() -> None:
    assert normalise_recovery_code("") is None
    assert normalise_recovery_code("not a code") is None
    assert normalise_recovery_code(new_recovery_code() + "X") is None
