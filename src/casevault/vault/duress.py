"""Entering the decoy: the real keys destroyed as panic does, a fresh vault built in their place.

Called when the passphrase typed at unlock opened the duress slot (vault/keyslots.py raised
DuressSlotOpened, already holding the decoy's key file and database key). In this order:

1. take the vault's lock (the unlock that found the duress slot has just let it go);
2. destroy every key-file copy exactly as panic does (vault/panic.py): from here on the real
   database can never be decrypted from this disk;
3. remove the real database file (ciphertext nobody can open any more) and its side files, and
   create a fresh one under the decoy key, with the same vault id and key-file generation;
4. write the decoy's key file (its passphrase slot is the duress passphrase) and note it as the
   key file last unlocked (unlock_attempts.json keeps its destroy-after setting, count 0).

The folder then has the usual files with the usual modes. A kill during 3-4 leaves a folder
with a database and no key file: a destroyed vault (what panic would have left). The caller
fills the decoy with invented cases (services/duress.py) before anything is shown.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from casevault.vault.connection import open_database
from casevault.vault.errors import StorageFailed
from casevault.vault.keyslot_journal import SQLITE_SIDE_FILES, record_generation
from casevault.vault.keyslots import DuressSlotOpened, write_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from casevault.vault.lockfile import VaultLock
from casevault.vault.migrate import migrate
from casevault.vault.panic import destroy_key_files
from casevault.vault.permissions import tighten_folder
from casevault.vault.storage_errors import os_error_code
from casevault.vault.store import Vault
from casevault.vault.unlock_attempts import (
    UnlockAttempts,
    keyslots_digest,
    read_unlock_attempts,
    write_unlock_attempts,
)


def database_size(vault_dir: Path) -> int:
    """The size in bytes of the database file and its write-ahead log (0 if absent)."""
    target = database_path(vault_dir.absolute())
    total = 0
    for path in (target, Path(f"{target}-wal")):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _remove_database(vault_dir: Path) -> None:
    target = database_path(vault_dir)
    try:
        for path in (target, *(Path(f"{target}{suffix}") for suffix in SQLITE_SIDE_FILES)):
            path.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageFailed(os_error_code(exc)) from exc


def enter_decoy(vault_dir: Path, opened: DuressSlotOpened) -> Vault:
    """Destroy the real vault's keys and put an empty decoy vault in its place; return it open.

    Guarantees on return: no key-file copy of the real vault is left (as after panic); the
    folder holds `vault.db` (fresh, migrated, empty of cases) and `keyslots.json` (the duress
    passphrase opens it) and nothing else new. Raises VaultLocked, KeyFilesNotDestroyed,
    StorageFailed, DatabaseCorrupt.
    """
    vault_dir = vault_dir.absolute()
    lock = VaultLock(vault_dir)
    lock.acquire()
    try:
        attempts = read_unlock_attempts(vault_dir)
        destroy_key_files(vault_dir)
        _remove_database(vault_dir)
        keyslots = opened.decoy_keyslots
        conn = open_database(database_path(vault_dir), opened.decoy_key, create=True)
        try:
            migrate(conn)
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)", (keyslots.vault_id,)
            )
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES ('node_id', ?)", (str(uuid.uuid4()),)
            )
            if keyslots.generation:
                record_generation(conn, keyslots.generation)
            write_keyslot_file(keyslots_path(vault_dir), keyslots)
            tighten_folder(vault_dir)
            digest = keyslots_digest(vault_dir)
            write_unlock_attempts(vault_dir, UnlockAttempts(0, attempts.destroy_after, digest))
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Vault(vault_dir, conn, keyslots, opened.decoy_key, lock)
