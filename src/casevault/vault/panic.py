"""Crypto-erase: destroy every copy of the key file so the database can never be decrypted again.

The database key (256 random bits) is written to disk only wrapped inside the key file
(`keyslots.json`) and its family: the temp names of an atomic replacement, any pending or
backup copy (vault/layout.py, KEY_FILE_STEM). Destroying all of them leaves the encrypted
database with no key anywhere on this disk.

No passphrase and no lock are needed, on purpose: panic must work while the vault is open in
another window or command, and from the lock screen. The process that has the vault open keeps
its key in memory until it ends; the Vault object refuses any further transaction once the key
file is gone (vault/store.py), so our own running app and commands stop.

Each copy is overwritten with random bytes (for file systems that do write in place), synced,
and unlinked; then the folder is synced so the removal is durable. On SSDs and flash drives
overwriting is not reliable (the drive writes the new bytes elsewhere and the old block may
survive inside it, out of any program's reach); destroying the files still means that no file
on the disk holds the key, and an old block recovered from the chip with lab equipment still
needs the passphrase or the recovery code to unwrap.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from casevault.crypto.randomness import random_bytes
from casevault.vault.errors import KeyFilesNotDestroyed, VaultNotFound
from casevault.vault.layout import database_path, is_key_file_name

_MIN_OVERWRITE = 4096  # at least one file-system block, so a short file's block is covered
# A passphrase change racing panic in another process may land its new key file just after a
# pass; a few passes catch it. Bounded, so panic always returns.
_PASSES = 3


@dataclass(frozen=True)
class PanicReport:
    """What panic did in `vault_dir`: the key-file copies destroyed (file names), and whether
    the (now undecryptable) database file is still there."""

    vault_dir: Path
    destroyed: tuple[str, ...]
    database_present: bool


def _key_file_copies(vault_dir: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(vault_dir))
    except OSError:
        return []
    paths = [vault_dir / name for name in names if is_key_file_name(name)]
    return [path for path in paths if path.is_symlink() or not path.is_dir()]


def _overwrite(path: Path) -> None:
    """Overwrite a regular file's bytes with random ones and sync; links are not followed."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        size = os.fstat(fd).st_size
        os.write(fd, random_bytes(max(size, _MIN_OVERWRITE)))
        os.fsync(fd)
    finally:
        os.close(fd)


def _destroy_one(path: Path) -> bool:
    """Overwrite (best effort) and unlink one copy. True if it is gone."""
    with contextlib.suppress(OSError):
        _overwrite(path)  # a link, or a file we may not write: removing it is what counts
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _fsync_folder(vault_dir: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; NTFS journals the removal.
    with contextlib.suppress(OSError):
        fd = os.open(vault_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def destroy_key_files(vault_dir: Path) -> PanicReport:
    """Destroy every key-file copy in `vault_dir`. Takes no lock and needs no secret.

    Guarantees on return: no file of the key-file family is left in the folder and the removal
    is synced, so no file on this disk can unwrap the database key any more. Running it again
    on a destroyed vault is harmless (nothing more to destroy).

    Raises VaultNotFound if the folder holds neither a key file nor a database;
    KeyFilesNotDestroyed (after trying every copy) if some copy could not be removed.
    """
    vault_dir = vault_dir.absolute()
    destroyed: list[str] = []
    if not _key_file_copies(vault_dir) and not database_path(vault_dir).is_file():
        raise VaultNotFound(str(vault_dir))
    for _pass in range(_PASSES):
        copies = _key_file_copies(vault_dir)
        if not copies:
            break
        refused = False
        for path in copies:
            if _destroy_one(path):
                destroyed.append(path.name)
            else:
                refused = True
        _fsync_folder(vault_dir)
        if refused:
            break  # the OS refuses; another pass would be refused again
    remaining = tuple(path.name for path in _key_file_copies(vault_dir))
    if remaining:
        raise KeyFilesNotDestroyed(str(vault_dir), tuple(destroyed), remaining)
    return PanicReport(vault_dir, tuple(destroyed), database_path(vault_dir).is_file())


def destroy_keyslots(vault_dir: Path) -> None:
    """destroy_key_files without the report (the destroy-after-wrong-passphrases rule).

    Raises VaultNotFound, KeyFilesNotDestroyed.
    """
    destroy_key_files(vault_dir)
