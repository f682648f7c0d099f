"""Changing a secret as one outcome: the key file, the database and the audit entry agree.

A change of passphrase, of recovery code or of the database key (re-key) goes through the same
three steps (docs/spec/vault.md, "Changing a secret"):

1. the next key file is written beside the current one as `keyslots.pending.json`, with
   `generation` one higher (a re-key first writes the re-encrypted database `vault.rekey.db`);
2. the commit point: one database transaction records the new generation in `vault_meta`
   together with the audit entry (a re-key: the new database, already holding both, is renamed
   over `vault.db`);
3. the pending key file is renamed over `keyslots.json`.

A kill at any instant leaves a vault that the next unlock brings to one side: if the database's
generation equals the pending file's, the change happened and the pending file is put in place;
otherwise the pending file (and a half-made database) is removed. The secret that works is the
one the database's generation says, so exactly one of old and new works, and the audit entry
exists iff the change happened. Key-file temp copies left by a kill are removed as well, so no
stray file that opens the vault survives the next unlock.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from casevault.crypto.randomness import random_bytes
from casevault.vault.atomic import sync_directory
from casevault.vault.connection import Connection, open_database
from casevault.vault.errors import (
    DatabaseCorrupt,
    VaultError,
    WrongSecret,
)
from casevault.vault.keyslots import (
    KeyslotFile,
    SlotKind,
    read_keyslot_file,
    write_keyslot_file,
)
from casevault.vault.layout import (
    KEYSLOTS_NAME,
    PENDING_KEYSLOTS_NAME,
    database_path,
    keyslots_path,
    pending_keyslots_path,
    rekey_database_path,
)
from casevault.vault.storage_errors import from_os_error

GENERATION_META_KEY = "keyslots_generation"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def stored_generation(conn: Connection) -> int:
    """The key-file generation the database goes with (0 when never changed)."""
    row = conn.execute(
        "SELECT value FROM vault_meta WHERE key = ?", (GENERATION_META_KEY,)
    ).fetchone()
    if row is None:
        return 0
    try:
        return int(row[0])
    except ValueError as exc:
        raise DatabaseCorrupt("keyslots generation") from exc


def record_generation(conn: Connection, generation: int) -> None:
    """Store `generation` inside the caller's transaction."""
    conn.execute(
        "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
        (GENERATION_META_KEY, str(generation)),
    )


def _destroy_file(path: Path) -> None:
    """Overwrite with random bytes, then remove (as panic does: the file may hold wrapped keys)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(random_bytes(max(size, 1)))
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise from_os_error(exc) from exc


def read_pending_keyslots(vault_dir: Path) -> KeyslotFile | None:
    """The pending key file, or None if there is none or it cannot be read (it is written
    atomically, so a damaged one is not ours and is treated as absent)."""
    path = pending_keyslots_path(vault_dir)
    if not path.is_file():
        return None
    try:
        return read_keyslot_file(path)
    except VaultError:
        return None


def write_pending_keyslots(vault_dir: Path, keyslots: KeyslotFile) -> None:
    """Step 1: the next key file, complete and durable, beside the current one."""
    write_keyslot_file(pending_keyslots_path(vault_dir), keyslots)


def promote_pending_keyslots(vault_dir: Path) -> None:
    """Step 3: the pending key file becomes the key file (atomic rename, then directory sync)."""
    try:
        os.replace(pending_keyslots_path(vault_dir), keyslots_path(vault_dir))
    except OSError as exc:
        raise from_os_error(exc) from exc
    sync_directory(vault_dir)


def discard_pending_keyslots(vault_dir: Path) -> None:
    """Remove the pending key file (a change that did not reach its commit point)."""
    _destroy_file(pending_keyslots_path(vault_dir))
    sync_directory(vault_dir)


def discard_rekey_database(vault_dir: Path) -> None:
    """Remove a database left by a re-key that did not reach its commit point."""
    target = rekey_database_path(vault_dir)
    for path in (target, *(Path(f"{target}{suffix}") for suffix in SQLITE_SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def discard_key_file_temps(vault_dir: Path) -> None:
    """Remove temp copies of key files left by a kill inside vault/atomic.py: each holds wrapped
    keys and would open the vault with the secret it was written for."""
    for name in (KEYSLOTS_NAME, PENDING_KEYSLOTS_NAME):
        for leftover in vault_dir.glob(f".{name}.*.tmp"):
            _destroy_file(leftover)


@dataclass(frozen=True)
class OpenedDatabase:
    """The database opened with a secret, and the key file whose slot the secret opened."""

    conn: Connection
    key: bytes
    keyslots: KeyslotFile
    from_pending: bool


def open_with_secret(vault_dir: Path, kind: SlotKind, secret: str) -> OpenedDatabase:
    """Unwrap the database key with `secret` from the key file, or from the pending key file of
    an interrupted change, and open the database with it.

    Raises KeyslotFileCorrupt (the key file), WrongSecret (no slot opens, or the slot that opens
    belongs to the other side of an interrupted re-key), DatabaseCorrupt (the key opens no
    database and no change is under way: a key file of another vault or from before a re-key).
    """
    current = read_keyslot_file(keyslots_path(vault_dir))
    pending = read_pending_keyslots(vault_dir)
    candidates = [(current, False)]
    if pending is not None and pending.vault_id == current.vault_id:
        candidates.append((pending, True))
    for keyslots, from_pending in candidates:
        try:
            # The duress passphrase raises DuressSlotOpened (vault/duress.py takes over).
            key = keyslots.unwrap(kind, secret, allow_duress=True)
        except WrongSecret:
            continue
        try:
            conn = open_database(database_path(vault_dir), key)
        except DatabaseCorrupt:
            if len(candidates) == 1:
                raise
            continue  # the database is on the other side of an interrupted re-key
        return OpenedDatabase(conn, key, keyslots, from_pending)
    raise WrongSecret(kind)


def reconcile(
    vault_dir: Path, conn: Connection, opened: OpenedDatabase, kind: SlotKind
) -> KeyslotFile:
    """Finish or undo an interrupted change, after the database is open and migrated.

    Returns the key file now in force. Raises WrongSecret if the secret opened a key file the
    database does not go with (the old side of a committed change, the new side of one that did
    not commit, or an older copy of the key file put back); StorageFailed if a file cannot be
    renamed or removed. The caller closes the connection on error.
    """
    generation = stored_generation(conn)
    discard_rekey_database(vault_dir)
    discard_key_file_temps(vault_dir)
    pending = read_pending_keyslots(vault_dir)
    in_force: KeyslotFile | None = None
    if pending is not None and pending.generation == generation:
        promote_pending_keyslots(vault_dir)
        in_force = pending
    elif pending_keyslots_path(vault_dir).exists():
        discard_pending_keyslots(vault_dir)
    if opened.keyslots.generation < generation or (opened.from_pending and in_force is None):
        raise WrongSecret(kind)
    # Opened from the current key file with nothing to promote: it stays in force.
    return in_force or opened.keyslots
