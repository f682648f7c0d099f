"""User-only files: everything CaseVault keeps in a vault folder is 0600, the folder 0700.

Modes are set explicitly, never left to the process umask (a umask of 000 or 022 would make
the files readable by other accounts of the laptop). Three ways in, one rule:

* files we create ourselves are opened with mode 0600 and fchmod-ed to 0600 (the explicit
  chmod makes the result independent of the umask and repairs a file that already existed);
* the database is pre-created empty at 0600 before SQLCipher opens it, because SQLite gives
  its `-wal` and `-shm` files the database file's own mode (it chmods them to match);
* after every unlock the whole folder is tightened again, which also repairs vaults made by
  older versions or copied with loose modes.

The umask itself is never changed: it is per process, not per thread, and the desktop app runs
other file work in worker threads at the same time.

On Windows there are no POSIX modes; the folder inherits the ACL of the user's profile folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from casevault.vault.storage_errors import from_os_error

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_POSIX = os.name == "posix"


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist (an existing file is kept).

    Raises StorageFailed if the OS refuses.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        raise from_os_error(exc) from exc
    try:
        if _POSIX:
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def open_private_file(path: Path) -> int:
    """Open (creating if needed) `path` for reading and appending, mode 0600; returns the fd.

    Raises OSError like os.open.
    """
    fd = os.open(
        path,
        os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0),
        PRIVATE_FILE_MODE,
    )
    if _POSIX:
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


def tighten_folder(vault_dir: Path) -> None:
    """Make the folder 0700 and every regular file directly in it 0600.

    Symbolic links are left alone (chmod would follow them out of the folder); CaseVault never
    makes any. A file the OS will not let us change (another account's) is skipped: CaseVault
    did not make it, and refusing to open the vault over it would help nobody.
    """
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        os.chmod(vault_dir, PRIVATE_DIR_MODE)
    try:
        entries = list(os.scandir(vault_dir))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != PRIVATE_FILE_MODE:
                os.chmod(entry.path, PRIVATE_FILE_MODE)
