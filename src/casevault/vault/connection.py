"""Open the SQLCipher database with a raw 256-bit key and the settings the threat model needs.

Only standard SQLCipher 4 defaults are relied on (page size, HMAC, KDF settings untouched), so
the stock `sqlcipher` shell opens a vault with `PRAGMA key = "x'<hex>'"` alone: no lock-in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from casevault.vault.errors import DatabaseCorrupt, StorageFailed, StorageVanished
from casevault.vault.permissions import create_private_file
from casevault.vault.storage_errors import from_sqlite

Connection = Any  # sqlcipher3 ships no type stubs; this alias marks where a connection goes.
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError

_CACHE_KIB = 65_536
# A transaction that writes more pages than the cache holds (a bulk import: 10,000 cases write
# about 120 MB) spills dirty pages to the log half-way and decrypts them back when a later row
# of a random-keyed index touches them again (field versions of a 10,000-case import: 1.1 s,
# 0.5 s with room). Memory only, for that transaction, and bounded.
_BULK_CACHE_KIB = 262_144

_SESSION_PRAGMAS = (
    # Freed pages are overwritten with zeros, so deleted case data does not linger in the file.
    "PRAGMA secure_delete = ON",
    # Sorts and temporary tables stay in RAM: SQLite would otherwise spill them unencrypted.
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    # WAL pages are encrypted by SQLCipher like the main file; FULL sync makes each commit durable.
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
    # 64 MiB of decrypted pages kept in memory (SQLite's default is 2 MiB): every page read from
    # disk must be decrypted and authenticated, so searching a 10,000-case vault with the default
    # re-decrypts most pages every time (docs/performance.md). Memory only, never disk.
    f"PRAGMA cache_size = -{_CACHE_KIB}",
    # SQLCipher zeroes every allocation it frees (page cache, key material) instead of leaving
    # decrypted pages in freed heap memory; cost measured in docs/hardening.md, "Memory".
    "PRAGMA cipher_memory_security = ON",
)


def open_database(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or with create=True, create) the encrypted database.

    Raises DatabaseCorrupt if the key does not open it; StorageFailed (DiskFull,
    StorageReadOnly, StorageVanished) if the storage refuses (vault/storage_errors.py);
    DatabaseDamaged if page 1 opened with the key but a later step found a damaged page.
    """
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    if not create and not path.is_file():
        if not path.parent.is_dir():
            raise StorageVanished(str(path.parent))  # the whole folder went (a pulled stick)
        raise DatabaseCorrupt("database file missing")
    if create:
        # Made empty at 0600 first: SQLite would use the umask, and it gives the -wal and -shm
        # files the database file's mode (vault/permissions.py).
        create_private_file(path)
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (vault/store.py), so that every
        # service call is exactly one transaction. cached_statements=0: a statement kept
        # prepared keeps its slots of the connection's lookaside memory (and its bound values),
        # and with cipher_memory_security every allocation outside the lookaside is an mlock
        # and a wipe and munlock (vault/repos/bulk.py). The default cache of 128 statements
        # filled the lookaside as soon as a vault was open; preparing again is cheaper than those
        # system calls: a case read 0.19 -> 0.06 ms, a name search 5.5 -> 3.5 ms, an import of
        # 3,000 cases 4.4 -> 2.8 s (docs/performance.md, "Import, 2026-11-30 (fourth pass)").
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, cached_statements=0
        )
    except sqlcipher3.OperationalError as exc:
        raise (
            from_sqlite(exc, path.parent, key_proved=False) or StorageFailed(type(exc).__name__)
        ) from exc
    key_proved = False
    try:
        # SQLCipher would print its own lines on stderr for each page that fails its HMAC (page
        # numbers only); the user gets one plain sentence from the edges instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The first read proves the key: SQLCipher reports a wrong key as "not a database".
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        key_proved = True
        for pragma in _SESSION_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # A full disk or a read-only folder also fails the first read (the WAL's shared-memory
        # file cannot be made): those are named as what they are, not as a wrong key.
        typed = from_sqlite(exc, path.parent, key_proved=key_proved)
        raise (typed or DatabaseCorrupt(type(exc).__name__)) from exc
    return conn


@contextlib.contextmanager
def room_for_writes(conn: Connection, kib: int) -> Iterator[None]:
    """Let the page cache hold `kib` KiB (at most _BULK_CACHE_KIB) for the block when that is
    more than the session's cache; back to the session's size after it (SQLite then frees the
    pages beyond it, and memory security wipes them)."""
    room = min(kib, _BULK_CACHE_KIB)
    if room <= _CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{room}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
