"""Re-key: the database re-encrypted under a new random key, by copy and rename.

`sqlcipher_export` writes a complete copy under the new key into `vault.rekey.db`; the old
`vault.db` is not touched until the copy is finished, durable and closed, and then a rename puts
the copy in place (the commit point of vault/keyslot_journal.py). `PRAGMA rekey` was not used:
it rewrites the live file page by page, which is not atomic under a kill, and SQLCipher does not
support it in WAL mode.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from casevault.vault.atomic import sync_directory
from casevault.vault.connection import Connection, DatabaseError, open_database
from casevault.vault.errors import StorageFailed
from casevault.vault.keyslot_journal import SQLITE_SIDE_FILES, discard_rekey_database
from casevault.vault.layout import database_path, rekey_database_path
from casevault.vault.migrate import current_version
from casevault.vault.permissions import create_private_file
from casevault.vault.storage_errors import from_os_error, from_sqlite


def _side_files(database: Path) -> list[Path]:
    return [Path(f"{database}{suffix}") for suffix in SQLITE_SIDE_FILES]


def write_rekeyed_copy(
    conn: Connection, vault_dir: Path, new_key: bytes, finish: Callable[[Connection], None]
) -> None:
    """Copy the open database into `vault.rekey.db` under `new_key`, then run `finish` (the
    generation and the audit entry) in one transaction in the copy, and close it.

    The caller holds the vault's mutex, so no write reaches the old file meanwhile. On return the
    copy is durable with no side files. Raises StorageFailed; the copy is removed on failure.
    """
    target = rekey_database_path(vault_dir)
    discard_rekey_database(vault_dir)
    try:
        version = current_version(conn)
        # Created user-only before SQLite sees it: ATTACH would create it with the umask's mode,
        # and the copy becomes vault.db (vault/permissions.py).
        create_private_file(target)
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{new_key.hex()}'"))
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            # sqlcipher_export copies schema and rows, not the header's schema version.
            conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        copy = open_database(target, new_key)
        try:
            copy.execute("BEGIN IMMEDIATE")
            try:
                finish(copy)
            except BaseException:
                copy.execute("ROLLBACK")
                raise
            copy.execute("COMMIT")
            busy = copy.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            copy.close()
        if busy is not None and busy[0] != 0:
            raise StorageFailed("checkpoint busy")
        if any(side.exists() for side in _side_files(target)):
            raise StorageFailed("re-keyed copy not closed cleanly")
    except DatabaseError as exc:
        discard_rekey_database(vault_dir)
        typed = from_sqlite(exc, vault_dir, key_proved=True)
        raise (typed or StorageFailed(type(exc).__name__)) from exc
    except BaseException:
        discard_rekey_database(vault_dir)
        raise


def release_database(conn: Connection, vault_dir: Path) -> None:
    """Checkpoint everything into `vault.db` and close `conn`, leaving no WAL behind (a WAL
    of the old database next to the new one would be replayed into it). Raises StorageFailed
    and leaves the connection open if SQLite cannot checkpoint."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy is not None and busy[0] != 0:
        raise StorageFailed("checkpoint busy")
    conn.close()
    for side in _side_files(database_path(vault_dir)):
        # After a truncating checkpoint and the last close these hold nothing of value.
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def install_rekeyed_copy(vault_dir: Path) -> None:
    """The commit point of a re-key: the copy replaces `vault.db` (atomic rename, dir sync)."""
    try:
        os.replace(rekey_database_path(vault_dir), database_path(vault_dir))
    except OSError as exc:
        raise from_os_error(exc) from exc
    sync_directory(vault_dir)
