"""Turn what SQLite and the OS report into the vault's typed storage errors.

Classified by number, never by message text: SQLite's (extended) result code on sqlcipher3's
exceptions, `errno` on OSError. Only the codes that mean "the storage or the file failed" are
translated; any other database error (a constraint, a trigger, a bug) goes through unchanged,
so no programming error is ever disguised as a full disk.

"Wrong key" and "damaged page" are told apart by when they happen: SQLCipher reports a page
whose HMAC fails as "file is not a database" (SQLITE_NOTADB) whether the key is wrong or the
page was altered. Before the key has read page 1 (vault/connection.py) that means the key does
not open the file (DatabaseCorrupt); once it has, the key is proven right, so any later HMAC or
structure failure is damage to a page (DatabaseDamaged).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from casevault.vault.errors import (
    DatabaseCorrupt,
    DatabaseDamaged,
    DiskFull,
    StorageFailed,
    StorageReadOnly,
    StorageVanished,
    VaultError,
)

# Primary SQLite result codes (sqlite3.h); the extended code's low byte is the primary one.
_SQLITE_PERM = 3
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

# Less free space than this counts as full: one transaction of a few pages and a WAL frame each.
_ROOM_NEEDED = 64 * 1024
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_VANISHED_ERRNOS = frozenset(
    {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE, errno.ENOTDIR}
)


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def _sqlite_name(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    return name if isinstance(name, str) else type(exc).__name__


def folder_state(folder: Path) -> StorageFailed | None:
    """Why `folder` cannot take a write right now: StorageVanished if it (or its device) is
    gone, StorageReadOnly if it is not writable (a read-only mount counts even for root, as
    access(2) reports EROFS), or None if it looks writable."""
    try:
        if not folder.is_dir():
            return StorageVanished(str(folder))
        writable = os.access(folder, os.W_OK)
    except OSError as exc:
        return from_os_error(exc, folder)
    return None if writable else StorageReadOnly(str(folder))


if sys.platform == "win32":  # pragma: no cover - Windows has no per-process file-size limit

    def _file_size_limit() -> int | None:
        return None

else:
    import resource

    def _file_size_limit() -> int | None:
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        return None if limit == resource.RLIM_INFINITY else limit


def _out_of_room(folder: Path) -> bool:
    """True if the folder's file system has (almost) no space left for us, or a file of the
    vault has reached the process's file-size limit (RLIMIT_FSIZE)."""
    try:
        fs = os.statvfs(folder)
        if fs.f_bavail * fs.f_frsize < _ROOM_NEEDED:
            return True
        limit = _file_size_limit()
        if limit is None:
            return False
        return any(
            entry.is_file() and entry.stat().st_size + _ROOM_NEEDED > limit
            for entry in folder.iterdir()
        )
    except OSError:
        return False


def os_error_code(exc: OSError) -> str:
    """The cause of an OS refusal as a code ("EACCES"; the exception's type name without an
    errno), never the C library's English sentence: the edges word the code for people."""
    return errno.errorcode.get(exc.errno or -1, type(exc).__name__)


def from_os_error(exc: OSError, folder: Path | None = None) -> StorageFailed:
    """The typed error for an OS refusal. ENOENT counts as vanished only if the vault folder
    itself is gone (or no folder is given): a missing file inside a folder that is still there
    is a plain storage failure, not a pulled stick."""
    detail = os_error_code(exc)
    number = exc.errno
    if number in _FULL_ERRNOS:
        return DiskFull(detail)
    if number in _READ_ONLY_ERRNOS:
        return StorageReadOnly(detail)
    if number == errno.ENOENT and folder is not None and folder.is_dir():
        return StorageFailed(detail)
    if number in _VANISHED_ERRNOS:
        return StorageVanished(detail)
    return StorageFailed(detail)


def from_sqlite(exc: BaseException, folder: Path, *, key_proved: bool) -> VaultError | None:
    """The typed error for a sqlcipher3 error raised on the vault's database in `folder`, or
    None if it is not a storage or damage failure (the caller re-raises it unchanged)."""
    code = _sqlite_code(exc)
    if code is None:
        return None
    primary = code & 0xFF
    name = _sqlite_name(exc)
    if primary == _SQLITE_FULL:
        return DiskFull(name)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return folder_state(folder) or StorageReadOnly(name)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        # SQLite says only "I/O error" / "cannot open"; the folder says which: gone, read-only,
        # or (still there and writable) a device that failed the read or write.
        state = folder_state(folder)
        if state is not None:
            return state
        if _out_of_room(folder):
            # SQLite reports a write refused outright with ENOSPC or EFBIG (a file-size limit)
            # as an I/O error when not one byte was written; the free space says which it is.
            return DiskFull(name)
        return StorageVanished(name) if primary == _SQLITE_IOERR else StorageFailed(name)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DatabaseDamaged(name) if key_proved else DatabaseCorrupt(name)
    return None


@contextlib.contextmanager
def storage_errors(
    folder: Path, *, key_proved: bool = True, os_errors: bool = False
) -> Iterator[None]:
    """Re-raise storage and damage failures of the database inside the block as typed vault
    errors (chained to the original); with `os_errors`, OSError too (only where every file
    touched is the vault's own: a service's read of a user's file must not become "the vault's
    disk is full"). Every other exception passes unchanged."""
    try:
        yield
    except sqlcipher3.Error as exc:
        typed = from_sqlite(exc, folder, key_proved=key_proved)
        if typed is None:
            raise
        raise typed from exc
    except OSError as exc:
        if not os_errors:
            raise
        raise from_os_error(exc, folder) from exc
