"""Writing a bundle into an outbox folder: never seen half-written, never named after anything.

The bytes go to a hidden partial file (`.<name>.partial`, created for the user only, 0600) that
every reader skips (domain/transport.py), are synced to disk, and take their final name by one
atomic rename, after which the folder itself is synced. The final name is 128 random bits in
hex: it says nothing about the partner, the cases, their number or the time (a file's time and
size are visible to whoever sees the folder anyway; docs/transport.md).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from casevault.domain.transport import BUNDLE_SUFFIX
from casevault.vault.atomic import sync_directory

T = TypeVar("T")


def bundle_file_name() -> str:
    """A fresh name that reveals nothing: 32 random hex digits and the bundle suffix."""
    return secrets.token_hex(16) + BUNDLE_SUFFIX


def write_into(folder: Path, write: Callable[[BinaryIO], T]) -> tuple[str, T]:
    """Call `write(sink)` and publish what it wrote as a new file in `folder`.

    Returns (file name, what `write` returned). If `write` raises, or the disk fails, the
    partial file is removed and nothing appears under a final name; the error propagates
    (OSError from the file system, whatever `write` raises)."""
    name = bundle_file_name()
    partial = folder / f".{name}.partial"
    fd = os.open(
        partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
    )
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # whatever the umask, only the user reads it
        with os.fdopen(fd, "wb") as sink:
            result = write(sink)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(partial, folder / name)
        sync_directory(folder)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return name, result
