"""Random bytes for keys, salts and nonces: the operating system's CSPRNG, nothing else."""

from __future__ import annotations

import secrets


def random_bytes(length: int) -> bytes:
    """`length` bytes from the OS CSPRNG."""
    return secrets.token_bytes(length)
