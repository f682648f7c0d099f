"""One process at a time per vault: an OS advisory lock on `vault.lock`, held while open.

The OS drops the lock when the process dies, so a crash never leaves a vault locked for good.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from casevault.vault.errors import VaultLocked
from casevault.vault.layout import lock_path
from casevault.vault.permissions import open_private_file

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class VaultLock:
    """An exclusive lock on one vault directory. Use as a context manager or call release()."""

    def __init__(self, vault_dir: Path) -> None:
        self._path = lock_path(vault_dir)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise VaultLocked at once (never waits)."""
        # User-only (0600) whatever the umask; held open for the lock's lifetime.
        handle = os.fdopen(open_private_file(self._path), "a+b")
        if not _try_lock(handle):
            handle.close()
            raise VaultLocked(str(self._path.parent))
        self._handle = handle

    def release(self) -> None:
        """Drop the lock (closing the handle releases it)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
