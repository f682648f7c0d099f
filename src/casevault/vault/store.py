"""Create and unlock vaults; the open Vault holds the lock, the connection and transactions.

Order of checks on unlock (each with its own error): is there a vault -> can we lock it -> is
the keyslot file sound -> does the secret open a slot -> does the key open the database -> is
the schema ours -> do database and keyslot file belong together.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

from casevault.crypto import aead
from casevault.crypto.kdf import Argon2Params
from casevault.vault.connection import Connection, DatabaseError, open_database
from casevault.vault.errors import (
    DatabaseCorrupt,
    StorageFailed,
    VaultAlreadyExists,
    VaultDestroyed,
    VaultNotFound,
)
from casevault.vault.keyslots import (
    KeyslotFile,
    SlotKind,
    make_slot,
    read_keyslot_file,
    write_keyslot_file,
)
from casevault.vault.layout import database_path, is_destroyed_vault, is_vault, keyslots_path
from casevault.vault.lockfile import VaultLock
from casevault.vault.migrate import migrate
from casevault.vault.permissions import tighten_folder
from casevault.vault.repos.name_index import rebuild_if_pending


class Vault:
    """An unlocked vault. Owns the process lock and the one database connection.

    Thread-safe for the GUI's worker threads: every transaction holds an RLock.
    """

    def __init__(
        self, path: Path, conn: Connection, keyslots: KeyslotFile, key: bytes, lock: VaultLock
    ) -> None:
        self.path = path
        self._conn = conn
        self._keyslots = keyslots
        self._key = key
        self._lock = lock
        self._mutex = threading.RLock()

    @property
    def vault_id(self) -> str:
        """The id shared by the database and its keyslot file."""
        return self._keyslots.vault_id

    def require_keys(self) -> None:
        """Raise VaultDestroyed if the key file is gone (panic, maybe from another process).

        Checked before every transaction and read, so a running app or command stops at its
        next step instead of carrying on with a key that no longer exists on disk. One stat.
        """
        if not keyslots_path(self.path).is_file():
            raise VaultDestroyed(str(self.path))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: committed if the block returns, rolled back if it raises.

        Raises VaultDestroyed (before anything is written) once the key file is gone."""
        self.require_keys()
        with self._mutex:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except Exception as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise StorageFailed(type(exc).__name__) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read (one snapshot) with no writes allowed by convention.

        Raises VaultDestroyed once the key file is gone."""
        self.require_keys()
        with self._mutex:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("ROLLBACK")

    def replace_secret(
        self, kind: SlotKind, new_secret: str, params: Argon2Params | None = None
    ) -> None:
        """Replace every slot of `kind` with one for `new_secret`; only the keyslot file changes.

        The Argon2id parameters of the replaced slot are kept unless `params` is given.
        """
        with self._mutex:
            self.require_keys()  # never write a key file back after a panic
            if params is None:
                params = next(slot.params for slot in self._keyslots.slots if slot.kind == kind)
            new_slot = make_slot(self.vault_id, kind, new_secret, self._key, params)
            updated = self._keyslots.replace_slots(kind, new_slot)
            write_keyslot_file(keyslots_path(self.path), updated)
            self._keyslots = updated

    def forget_key(self) -> None:
        """Drop the database key from this object without waiting for a running call (panic).
        The connection keeps its own keyed state until close()."""
        self._key = b""

    def vacuum(self) -> None:
        """Rebuild the database file so freed pages are gone (used after erasure)."""
        with self._mutex:
            self._conn.execute("VACUUM")

    def compact(self) -> None:
        """VACUUM, then checkpoint and truncate the write-ahead log, so that neither the main
        file nor the WAL keeps pages of removed rows (erasure). Outside any transaction.

        Raises StorageFailed if SQLite refuses (disk full, a reader still open).
        """
        with self._mutex:
            try:
                self._conn.execute("VACUUM")
                busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except DatabaseError as exc:
                raise StorageFailed(type(exc).__name__) from exc
            if busy is not None and busy[0] != 0:
                raise StorageFailed("checkpoint busy")

    def close(self) -> None:
        """Close the connection and release the lock. The key is dropped from this object."""
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            self._key = b""
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _check_target(path: Path) -> None:
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise VaultAlreadyExists(str(path))


def create_vault(path: Path, passphrase: str, recovery_code: str, params: Argon2Params) -> Vault:
    """Create a new vault directory with a fresh random database key and two keyslots.

    Built in a hidden sibling directory and renamed into place, so a crash during creation
    never leaves a half-made vault under `path`. Returns the vault, unlocked and migrated.
    """
    path = path.absolute()
    _check_target(path)
    params.check()
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = parent / f".{path.name}.creating-{uuid.uuid4().hex[:8]}"
        staging.mkdir(mode=0o700)
    except OSError as exc:
        raise StorageFailed(exc.strerror or type(exc).__name__) from exc
    try:
        vault_id = str(uuid.uuid4())
        key = aead.new_key()
        keyslots = KeyslotFile(
            vault_id,
            (
                make_slot(vault_id, "passphrase", passphrase, key, params),
                make_slot(vault_id, "recovery", recovery_code, key, params),
            ),
        )
        conn = open_database(database_path(staging), key, create=True)
        try:
            migrate(conn)
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES ('node_id', ?)", (str(uuid.uuid4()),)
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        write_keyslot_file(keyslots_path(staging), keyslots)
        tighten_folder(staging)
        if path.exists():
            path.rmdir()  # empty (checked above); rename needs the name free
        os.replace(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return unlock_vault(path, "passphrase", passphrase)


def unlock_vault(path: Path, kind: SlotKind, secret: str) -> Vault:
    """Lock, unwrap the key with `secret`, open and migrate the database.

    Raises VaultDestroyed (its keys are gone), VaultNotFound, VaultLocked, KeyslotFileCorrupt,
    WrongSecret, DatabaseCorrupt, SchemaTooNew. On any failure nothing is left open or locked.
    Every file of the folder is made user-only (vault/permissions.py).
    """
    path = path.absolute()
    if is_destroyed_vault(path):
        raise VaultDestroyed(str(path))
    if not is_vault(path):
        raise VaultNotFound(str(path))
    lock = VaultLock(path)
    lock.acquire()
    try:
        keyslots = read_keyslot_file(keyslots_path(path))
        key = keyslots.unwrap(kind, secret)
        conn = open_database(database_path(path), key)
        try:
            tighten_folder(path)  # after the open, so the -wal and -shm files are covered too
            migrate(conn)
            row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
            if row is None or row[0] != keyslots.vault_id:
                raise DatabaseCorrupt("keyslot file belongs to another vault")
            rebuild_if_pending(conn)  # name keys of cases stored before migration 0002
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Vault(path, conn, keyslots, key, lock)
