"""Argon2id: the floor is enforced, calibration never goes below it, parameters are bounded."""

from __future__ import annotations

import pytest

from casevault.crypto.errors import KdfParametersRejected
from casevault.crypto.kdf import (
    FLOOR,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    Argon2Params,
    calibrate,
    derive_key,
)


def test_derivation_is_deterministic_and_salted() -> None:
    a = derive_key(b"secret", b"s" * 16, FLOOR)
    assert a == derive_key(b"secret", b"s" * 16, FLOOR)
    assert a != derive_key(b"secret", b"t" * 16, FLOOR)
    assert a != derive_key(b"secreT", b"s" * 16, FLOOR)
    assert len(a) == 32


@pytest.mark.parametrize(
    "params",
    [
        Argon2Params(memory_kib=FLOOR_MEMORY_KIB - 1, iterations=FLOOR_ITERATIONS),
        Argon2Params(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS - 1),
        Argon2Params(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS, lanes=0),
        Argon2Params(memory_kib=10**9, iterations=FLOOR_ITERATIONS),
    ],
)
def test_out_of_range_parameters_are_refused(params: Argon2Params) -> None:
    with pytest.raises(KdfParametersRejected):
        derive_key(b"secret", b"s" * 16, params)


def test_calibration_never_goes_below_the_floor() -> None:
    # A tiny target forces the slow-machine branch; the floor must still hold.
    params = calibrate(target_seconds=0.001)
    assert params.memory_kib >= FLOOR_MEMORY_KIB
    assert params.iterations >= FLOOR_ITERATIONS
    params.check()
