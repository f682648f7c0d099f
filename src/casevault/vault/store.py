"""Create and unlock vaults; the open Vault holds the lock, the connection and transactions.

Order of checks on unlock (each with its own error): is there a vault -> can we lock it -> is
the keyslot file sound -> does the secret open a slot -> does the key open the database -> is
the schema ours -> do database and keyslot file belong together -> finish or undo an
interrupted change of secret (vault/keyslot_journal.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from casevault.crypto import aead
from casevault.crypto.kdf import Argon2Params
from casevault.vault.connection import (
    Connection,
    DatabaseError,
    open_database,
    room_for_writes,
)
from casevault.vault.duress_slots import new_vault_slots, rebuilt_keyslots, with_second_slot
from casevault.vault.errors import (
    DatabaseCorrupt,
    StorageFailed,
    StorageVanished,
    VaultAlreadyExists,
    VaultDestroyed,
    VaultNotFound,
)
from casevault.vault.keyslot_journal import (
    discard_pending_keyslots,
    discard_rekey_database,
    open_with_secret,
    promote_pending_keyslots,
    reconcile,
    record_generation,
    stored_generation,
    write_pending_keyslots,
)
from casevault.vault.keyslots import (
    Keyslot,
    KeyslotFile,
    SlotKind,
    make_slot,
    write_keyslot_file,
)
from casevault.vault.layout import (
    database_path,
    is_destroyed_vault,
    is_vault,
    keyslots_path,
    rekey_database_path,
)
from casevault.vault.lockfile import VaultLock
from casevault.vault.migrate import migrate
from casevault.vault.permissions import tighten_folder
from casevault.vault.rekey import install_rekeyed_copy, release_database, write_rekeyed_copy
from casevault.vault.repos.name_keys import rebuild_if_pending
from casevault.vault.snapshot import SnapshotRegistry
from casevault.vault.storage_errors import from_os_error, from_sqlite, storage_errors
from casevault.vault.unlock_attempts import remember_unlocked_keyslots


class Vault:
    """An unlocked vault. Owns the process lock and the one database connection; thread-safe
    for the GUI's worker threads (every transaction holds an RLock)."""

    def __init__(
        self, path: Path, conn: Connection, keyslots: KeyslotFile, key: bytes, lock: VaultLock
    ) -> None:
        self.path = path
        self._conn = conn
        self._keyslots = keyslots
        self._key = key
        self._lock = lock
        self._mutex = threading.RLock()
        # Long reads: read-only connections of their own, off the mutex (vault/snapshot.py).
        self._snapshots = SnapshotRegistry()

    @property
    def vault_id(self) -> str:
        """The id shared by the database and its keyslot file."""
        return self._keyslots.vault_id

    def require_keys(self) -> None:
        """Raise VaultDestroyed if the key file is gone (panic, maybe from another process).

        Checked before every transaction and read, so a running app or command stops at its
        next step instead of carrying on with a key that no longer exists on disk. One stat.
        Raises StorageVanished instead if the whole vault folder is gone or stopped answering.
        """
        try:
            present = keyslots_path(self.path).is_file()
            if not present and not database_path(self.path).is_file():
                # Key file and database both gone: the folder itself went away (a pulled USB
                # stick, an unmounted drive), not a panic, which leaves the database behind.
                raise StorageVanished(str(self.path))
        except OSError as exc:
            raise from_os_error(exc) from exc
        if not present:
            raise VaultDestroyed(str(self.path))

    @contextlib.contextmanager
    def transaction(self, *, writes_kib: int = 0) -> Iterator[Connection]:
        """One write transaction: committed if the block returns, rolled back if it raises.
        `writes_kib`, what a large write (an import) expects to write, lets the page cache
        grow to hold it for the transaction (connection.room_for_writes).

        Raises VaultDestroyed (before anything is written) once the key file is gone."""
        self.require_keys()
        with self._mutex, storage_errors(self.path), room_for_writes(self._conn, writes_kib):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._roll_back()
                raise
            try:
                self._conn.execute("COMMIT")
            except Exception as exc:
                self._roll_back()
                typed = from_sqlite(exc, self.path, key_proved=True)
                raise (typed or StorageFailed(type(exc).__name__)) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read (one snapshot) with no writes allowed by convention; inside a
        snapshot() block of the same thread, it joins that snapshot instead of taking the lock.
        Raises VaultDestroyed once the key file is gone; StorageVanished or DatabaseDamaged if
        the storage or a page fails; SnapshotClosed if the joined snapshot was stopped."""
        self.require_keys()
        joined = self._snapshots.current()
        if joined is not None:
            with self._snapshots.errors(joined, self.path):
                yield joined
            return
        with self._mutex, storage_errors(self.path):
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._roll_back()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A long read that does not hold the vault's lock, on a read-only connection of its
        own that this thread's reading() joins (SnapshotRegistry.session, vault/snapshot.py).
        Raises VaultDestroyed once the key file is gone; SnapshotClosed if the vault was locked
        or its keys forgotten (before or during the block) or an erasure stopped it."""
        self.require_keys()
        with self._snapshots.session(self.path, self._key) as conn:
            yield conn

    def _roll_back(self) -> None:
        # After SQLITE_FULL or an I/O error SQLite may already have rolled back on its own, or
        # the file may be gone: a failing ROLLBACK must not hide the error that caused it.
        if self._conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                self._conn.execute("ROLLBACK")

    def check_secret(self, kind: SlotKind, secret: str) -> None:
        """Raise WrongSecret unless `secret` opens a slot of `kind` in the key file in force."""
        with self._mutex:
            self._keyslots.unwrap(kind, secret)

    def change_secrets(
        self,
        secrets: dict[SlotKind, str],
        audit: Callable[[Connection], None],
        *,
        new_database_key: bool = False,
    ) -> None:
        """Replace the slots of each kind in `secrets` (the others keep working), or with
        `new_database_key` re-encrypt the database under a new random key with exactly the slots
        in `secrets`. `audit` writes the audit entry; it is committed iff the change is.

        Crash-safe at every instant (vault/keyslot_journal.py): the next unlock finds either the
        old secrets and no entry, or the new ones and the entry. Slot parameters are kept.
        Raises StorageFailed, DatabaseCorrupt.
        """
        with self._mutex:
            self.require_keys()  # never write a key file back after a panic
            key = aead.new_key() if new_database_key else self._key
            generation = max(self._keyslots.generation, stored_generation(self._conn)) + 1
            # Keeps the duress-or-filler slot in its place (vault/duress_slots.py).
            updated = rebuilt_keyslots(
                self._keyslots, secrets, key, generation, new_database_key=new_database_key
            )

            def finish(conn: Connection) -> None:
                record_generation(conn, generation)
                audit(conn)

            if new_database_key:
                self._install_new_database_key(key, updated, finish)
            else:
                write_pending_keyslots(self.path, updated)
                try:
                    with self.transaction() as conn:
                        finish(conn)
                except BaseException:
                    discard_pending_keyslots(self.path)
                    raise
            self._keyslots = updated
            self._key = key
            promote_pending_keyslots(self.path)
            remember_unlocked_keyslots(self.path)

    def replace_second_slot(
        self, make: Callable[[KeyslotFile], Keyslot], audit: Callable[[Connection], None]
    ) -> None:
        """Set or clear the duress passphrase: the duress-or-filler slot becomes `make(file in
        force)`, through the same pending / commit / promote steps as change_secrets, with
        `audit` committed iff the change is. Raises StorageFailed."""
        with self._mutex:
            self.require_keys()
            generation = max(self._keyslots.generation, stored_generation(self._conn)) + 1
            updated = with_second_slot(self._keyslots, make(self._keyslots), generation)
            write_pending_keyslots(self.path, updated)
            try:
                with self.transaction() as conn:
                    record_generation(conn, generation)
                    audit(conn)
            except BaseException:
                discard_pending_keyslots(self.path)
                raise
            self._keyslots = updated
            promote_pending_keyslots(self.path)
            remember_unlocked_keyslots(self.path)

    def _install_new_database_key(
        self, key: bytes, updated: KeyslotFile, finish: Callable[[Connection], None]
    ) -> None:
        write_rekeyed_copy(self._conn, self.path, key, finish)
        try:
            write_pending_keyslots(self.path, updated)
            release_database(self._conn, self.path)
        except BaseException:
            discard_rekey_database(self.path)
            discard_pending_keyslots(self.path)
            raise
        try:
            install_rekeyed_copy(self.path)  # the commit point
        finally:
            # Whichever file is now vault.db, open it with its own key again.
            committed = not rekey_database_path(self.path).exists()
            self._conn = open_database(database_path(self.path), key if committed else self._key)
            if not committed:
                discard_rekey_database(self.path)
                discard_pending_keyslots(self.path)

    @contextlib.contextmanager
    def unsynced_writes(self) -> Iterator[None]:
        """Commit without fsync inside the block (filling a decoy: about three times faster),
        then sync everything once with a checkpoint. Used only where losing the block's writes
        to a power cut loses nothing of value."""
        with self._mutex:
            self._conn.execute("PRAGMA synchronous=OFF")
            try:
                yield
            finally:
                self._conn.execute("PRAGMA synchronous=FULL")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def forget_key(self) -> None:
        """Drop the database key from this object without waiting for a running call (panic);
        the connection keeps its keyed state until close(). Snapshots: close_all."""
        self._key = b""
        self._snapshots.close_all()

    def vacuum(self) -> None:
        """Rebuild the database file so freed pages are gone (used after erasure)."""
        with self._mutex:
            self._conn.execute("VACUUM")

    def compact(self) -> None:
        """VACUUM, then checkpoint and truncate the write-ahead log, so that neither the main
        file nor the WAL keeps pages of removed rows (erasure). Outside any transaction. Long
        reads on snapshots are stopped first (SnapshotRegistry.stop_all).

        Raises StorageFailed if SQLite refuses (disk full, a reader still open).
        """
        self._snapshots.stop_all()
        with self._mutex:
            try:
                self._conn.execute("VACUUM")
                busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except DatabaseError as exc:
                typed = from_sqlite(exc, self.path, key_proved=True)
                raise (typed or StorageFailed(type(exc).__name__)) from exc
            if busy is not None and busy[0] != 0:
                raise StorageFailed("checkpoint busy")

    def close(self) -> None:
        """Close the connection and release the lock; drop the key. Snapshots: close_all."""
        self._snapshots.close_all()
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
        raise from_os_error(exc) from exc
    try:
        vault_id = str(uuid.uuid4())
        key = aead.new_key()
        keyslots = new_vault_slots(
            vault_id,
            make_slot(vault_id, "passphrase", passphrase, key, params),
            make_slot(vault_id, "recovery", recovery_code, key, params),
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
    with storage_errors(path, os_errors=True):  # a read-only folder refuses the lock file
        lock.acquire()
    try:
        opened = open_with_secret(path, kind, secret)
        conn, key = opened.conn, opened.key
        # From here the key has opened page 1: a failing page is damage, not a wrong key.
        try:
            with storage_errors(path, os_errors=True):
                tighten_folder(path)  # after the open, so the -wal and -shm files are covered too
                migrate(conn)
                row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
                if row is None or row[0] != opened.keyslots.vault_id:
                    raise DatabaseCorrupt("keyslot file belongs to another vault")
                # Finish or undo a change of secret that a kill interrupted (keyslot_journal.py).
                keyslots = reconcile(path, conn, opened, kind)
                rebuild_if_pending(conn)  # name keys of cases stored before migration 0002
                remember_unlocked_keyslots(path)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Vault(path, conn, keyslots, key, lock)
