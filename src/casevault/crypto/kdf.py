"""Argon2id: passphrase or recovery code to a key-wrapping key, parameters calibrated per machine.

The parameters travel with each keyslot (see docs/spec/vault.md). They are checked against a floor
(so a tampered file cannot weaken a slot) and a ceiling (so a planted file cannot make unlock
allocate unbounded memory or run much longer than the calibrated second).

The ceiling is on total work (memory x passes) as well as on each parameter: calibration aims at
about one second with 256 MiB, which on a typical laptop is 4-8 passes, so the work ceiling of
256 MiB x 12 passes lets a planted key file add at most a few seconds to one unlock attempt on the
machine it was calibrated for (about 2 s where calibration picks 6 passes, about 6 s on a
machine three times slower).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from casevault.crypto.errors import KdfParametersRejected

KEY_LENGTH = 32
SALT_LENGTH = 16

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 2
CEILING_MEMORY_KIB = 1024 * 1024
CEILING_ITERATIONS = 64
# memory_kib x iterations: 256 MiB x 12 passes. Calibration never goes above it.
CEILING_WORK = 256 * 1024 * 12
LANES = 4
MAX_LANES = 16

# Memory is the cost an attacker with GPUs pays most dearly for, so calibration raises memory
# first (up to this level, which every laptop of the last decade has free), then passes.
CALIBRATION_MEMORY_KIB = 256 * 1024


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters (RFC 9106 names: m in KiB, t passes, p lanes)."""

    memory_kib: int
    iterations: int
    lanes: int = LANES

    def above_ceiling(self) -> bool:
        """True if any parameter, or the total work, is above what CaseVault ever writes."""
        return (
            self.memory_kib > CEILING_MEMORY_KIB
            or self.iterations > CEILING_ITERATIONS
            or self.lanes > MAX_LANES
            or self.memory_kib * self.iterations > CEILING_WORK
        )

    def check(self) -> None:
        """Raise KdfParametersRejected if any parameter is outside [floor, ceiling], or the
        total work (memory x passes) is above CEILING_WORK."""
        if self.memory_kib * self.iterations > CEILING_WORK:
            raise KdfParametersRejected("work", self.memory_kib * self.iterations)
        if not FLOOR_MEMORY_KIB <= self.memory_kib <= CEILING_MEMORY_KIB:
            raise KdfParametersRejected("memory_kib", self.memory_kib)
        if not FLOOR_ITERATIONS <= self.iterations <= CEILING_ITERATIONS:
            raise KdfParametersRejected("iterations", self.iterations)
        if not 1 <= self.lanes <= MAX_LANES:
            raise KdfParametersRejected("lanes", self.lanes)


FLOOR = Argon2Params(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS)


def derive_key(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    """Derive a 32-byte key. Raises KdfParametersRejected for out-of-range parameters."""
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _time_once(params: Argon2Params) -> float:
    start = time.perf_counter()
    derive_key(b"calibration", b"\x00" * SALT_LENGTH, params)
    return time.perf_counter() - start


def calibrate(target_seconds: float = 1.0) -> Argon2Params:
    """Parameters that take about `target_seconds` on this machine, never below FLOOR.

    Measures one derivation at the calibration memory size and scales the pass count
    linearly (Argon2's cost is linear in passes), never above CEILING_WORK (a very fast machine
    then gets somewhat less than target_seconds). Takes roughly 1-2 x target_seconds.
    """
    probe = Argon2Params(memory_kib=CALIBRATION_MEMORY_KIB, iterations=FLOOR_ITERATIONS)
    elapsed = _time_once(probe)
    if elapsed > target_seconds:
        # A slow machine: give up memory before going under the floor on passes.
        scale = target_seconds / elapsed
        memory = max(FLOOR_MEMORY_KIB, int(CALIBRATION_MEMORY_KIB * scale))
        return Argon2Params(memory_kib=memory, iterations=FLOOR_ITERATIONS)
    per_pass = elapsed / FLOOR_ITERATIONS
    passes = round(target_seconds / per_pass)
    most_passes = min(CEILING_ITERATIONS, CEILING_WORK // CALIBRATION_MEMORY_KIB)
    passes = min(max(FLOOR_ITERATIONS, passes), most_passes)
    return Argon2Params(memory_kib=CALIBRATION_MEMORY_KIB, iterations=passes)
