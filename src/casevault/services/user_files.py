"""The one careful writer of files the user picks outside the vault (unencrypted copies: a
decrypted attachment, a subject-access copy, a PDF report).

What is guaranteed, whatever happens half-way (disk full, the app killed, a USB stick pulled):

* the bytes go first to a partial file next to the target, created for the user only (0600,
  O_EXCL: never through a link planted there) — a copy of a man's file is never readable by
  other accounts of the laptop, not even while it is being written;
* the partial file is flushed and fsynced, then renamed over the target (atomic on POSIX and
  Windows), then the directory is fsynced: the target is either absent/old or complete;
* on any failure the partial file is removed, so no half copy stays on the disk.

The target keeps 0600 even when it replaces an older file (its old mode is not inherited).
Asking whether to replace an existing file is the caller's job (the save dialogs ask).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casevault.vault.atomic import sync_directory

PARTIAL_SUFFIX = ".partial"
USER_ONLY = 0o600


def _partial_path(target: Path) -> Path:
    # A random part: two saves to the same name never share (or remove) one partial file.
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


@contextlib.contextmanager
def user_file(target: Path) -> Iterator[BinaryIO]:
    """A binary sink that becomes `target` (0600) when the block ends without an error; if the
    block or the writing fails, the partial file is removed and nothing takes the name.

    For large content written in pieces (an attachment streamed out of the vault). Raises
    OSError (cannot create, write, sync or rename), or whatever the block raises.
    """
    partial = _partial_path(target)
    fd = os.open(
        partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), USER_ONLY
    )
    try:
        with os.fdopen(fd, "wb") as sink:
            yield sink
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(partial, target)
        with contextlib.suppress(Exception):  # the rename is done; durability is best effort
            sync_directory(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def write_user_file(target: Path, data: bytes) -> None:
    """Write `data` to `target` through `user_file`. Raises OSError; on failure no file with
    the target's name is created or changed, and no partial file is left."""
    with user_file(target) as sink:
        sink.write(data)
