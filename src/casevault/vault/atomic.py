"""Crash-safe replacement of small files: write a sibling temp file, fsync, rename, fsync the dir.

After a kill at any instant the target holds either the complete old or the complete new
content, never a mix (POSIX rename is atomic; os.replace is atomic on Windows too).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from casevault.vault.storage_errors import from_os_error


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; NTFS journals the rename.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_directory(directory: Path) -> None:
    """Make renames and removals in `directory` durable. Raises StorageFailed on OS errors."""
    try:
        _fsync_directory(directory)
    except OSError as exc:
        raise from_os_error(exc) from exc


def write_atomically(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically and durably. Raises StorageFailed on OS errors."""
    directory = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_directory(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise from_os_error(exc) from exc
