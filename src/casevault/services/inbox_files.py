"""The file side of the pick-up pass: opening an inbox file safely and moving it aside.

An inbox is written by others (a partner's Syncthing, whoever holds the stick), so nothing in
it is trusted, not even its shape:

* a file is opened without following a symbolic link and without blocking (a FIFO swapped in
  after the look must not hang the pass), and only a regular file whose size and mtime are
  still those of the look is read;
* `processed/`, `waiting/` and `refused/` are created by us (0700) and used only if they are
  real folders: a symbolic link put there (Syncthing carries links) would otherwise make us
  move a file with a name the sender chose into any folder of this laptop (an autostart
  folder, say). Where the platform allows, the rename goes through directory handles opened
  without following links, so the check and the move cannot be raced apart.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

_READ_CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BY_HANDLE = os.replace in os.supports_dir_fd and os.open in os.supports_dir_fd


def open_settled(path: Path, expected: tuple[int, int]) -> BinaryIO | None:
    """The file opened for reading if it is still the regular file of the look (same size and
    mtime), else None (it changed, vanished, or is a link, a FIFO or a device)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (info.st_size, info.st_mtime_ns) != expected:
            os.close(fd)
            return None
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def digest_settled(handle: BinaryIO, expected: tuple[int, int]) -> str | None:
    """SHA-256 (hex) of the open file, read to the end, then rewound; None if it changed while
    being read (still arriving) or could not be read."""
    digest = hashlib.sha256()
    try:
        while chunk := handle.read(_READ_CHUNK):
            digest.update(chunk)
        info = os.fstat(handle.fileno())
        if (info.st_size, info.st_mtime_ns) != expected:
            return None
        handle.seek(0)
    except OSError:
        return None  # unreadable now (a stick pulled): a later pass tries again
    return digest.hexdigest()


def _candidate_names(name: str) -> list[str]:
    stem, dot, suffix = name.rpartition(".")
    names = [name]
    for number in range(2, 1000):
        names.append(f"{stem}-{number}.{suffix}" if dot else f"{name}-{number}")
    return names


def move_aside(source_dir: Path, name: str, inbox: Path, where: str) -> str | None:
    """Move `source_dir/name` into the subfolder `where` of `inbox` under a name not yet taken
    there (`name`, then `name-2` …). Returns the name it now has, or None if it was not moved:
    the subfolder is not a real folder (a link, a file), the file is gone, or the disk refused.
    A file left in place is harmless: its content is registered and never imported again."""
    try:
        if _BY_HANDLE:
            return _move_by_handle(source_dir, name, inbox, where)
        return _move_by_path(source_dir, name, inbox, where)
    except OSError:
        return None


def _move_by_handle(source_dir: Path, name: str, inbox: Path, where: str) -> str | None:
    inbox_fd = os.open(inbox, os.O_RDONLY | _DIRECTORY)
    try:
        with contextlib.suppress(FileExistsError):
            os.mkdir(where, 0o700, dir_fd=inbox_fd)
        target_fd = os.open(where, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=inbox_fd)
        try:
            source_fd = os.open(source_dir, os.O_RDONLY | _DIRECTORY | _NOFOLLOW)
            try:
                for candidate in _candidate_names(name):
                    try:
                        os.stat(candidate, dir_fd=target_fd, follow_symlinks=False)
                    except FileNotFoundError:
                        os.replace(name, candidate, src_dir_fd=source_fd, dst_dir_fd=target_fd)
                        return candidate
                return None
            finally:
                os.close(source_fd)
        finally:
            os.close(target_fd)
    finally:
        os.close(inbox_fd)


def _move_by_path(source_dir: Path, name: str, inbox: Path, where: str) -> str | None:
    target = inbox / where
    with contextlib.suppress(FileExistsError):
        target.mkdir(mode=0o700)
    if not stat.S_ISDIR(os.lstat(target).st_mode):
        return None
    for candidate in _candidate_names(name):
        if not os.path.lexists(target / candidate):
            os.replace(source_dir / name, target / candidate)
            return candidate
    return None
