"""Crypto-erase: destroy the keyslot file so the database can never be decrypted again.

On SSDs, overwriting data in place is not reliable; destroying the only copies of the wrapped
database key is. The key file is overwritten with random bytes (in case the file system does
write in place), synced, and removed. The encrypted database stays, unreadable without the key.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from casevault.crypto.randomness import random_bytes
from casevault.vault.errors import StorageFailed, VaultNotFound
from casevault.vault.layout import is_vault, keyslots_path


def destroy_keyslots(vault_dir: Path) -> None:
    """Make the vault unreadable for good. Raises VaultNotFound, StorageFailed."""
    if not is_vault(vault_dir):
        raise VaultNotFound(str(vault_dir))
    path = keyslots_path(vault_dir)
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(random_bytes(max(size, 4096)))
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
        # Temp files of an interrupted passphrase change would also hold wrapped keys.
        for leftover in vault_dir.glob(f".{path.name}.*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        fd = os.open(vault_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise StorageFailed(exc.strerror or type(exc).__name__) from exc
