"""Read-only snapshot connections: long reads that do not hold the vault's lock.

The vault's one shared connection is guarded by an RLock (vault/store.py), so a read on it
blocks every write until it ends. The database is in WAL mode, so a second connection opened
with the same raw key and settings reads a consistent snapshot of the last commit while the
main connection goes on writing: a checker, an export or a report reads there instead.

Life of a snapshot connection, and why it is closed only by the thread that uses it: Python's
sqlite module is not safe against closing a connection while another thread is stepping one of
its statements (the statement is finalised under the stepping thread). So stopping (lock, panic,
erasure) interrupts the running statement (`sqlite3_interrupt`, which SQLite documents as safe
from any thread) and marks the snapshot stopped; its next read raises SnapshotClosed and the
owner closes the connection on its way out, at most one step later. SQLCipher wipes the key
and every page it frees on close (`cipher_memory_security`, vault/connection.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from casevault.vault.connection import Connection, DatabaseError, open_database
from casevault.vault.errors import SnapshotClosed
from casevault.vault.layout import database_path
from casevault.vault.storage_errors import storage_errors

# VM steps between two checks of a stopped snapshot: microseconds apart, no measurable cost.
_PROGRESS_STEPS = 1000


def open_read_only(path: Path, key: bytes) -> Connection:
    """A connection to the database at `path` with the main connection's settings (memory
    security included), made read-only (`query_only`), inside a read transaction whose snapshot
    is taken now (the first read pins it: a deferred BEGIN alone would take it later).

    Raises what open_database raises (DatabaseCorrupt, StorageFailed, DatabaseDamaged)."""
    conn = open_database(path, key)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


class SnapshotRegistry:
    """The snapshot connections open on one vault, so that lock, panic and erasure can stop
    them, and the one each thread is inside (where that thread's reads go). Thread-safe; every
    method returns without waiting for a running read."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._connections: dict[int, Connection] = {}
        self._flags: dict[int, threading.Event] = {}
        self._stopped: set[int] = set()
        self._closed = False
        self._local = threading.local()

    def current(self) -> Connection | None:
        """The snapshot connection this thread is inside (a `session` block), if any."""
        conn: Connection | None = getattr(self._local, "snapshot", None)
        return conn

    @contextlib.contextmanager
    def session(self, folder: Path, key: bytes) -> Iterator[Connection]:
        """Vault.snapshot(): a read-only connection of its own (same key and settings,
        `query_only`) in one read transaction, the snapshot of the last commit when the block
        starts. Writes on the main connection commit meanwhile and are not seen. Every
        Vault.reading() of this thread inside the block joins it (`current`); a nested block is
        the same one. Closed (by this thread) when the outermost block ends.

        Raises SnapshotClosed if the vault was locked or its keys forgotten (before or during
        the block) or an erasure stopped it."""
        outer = self.current()
        if outer is not None:
            yield outer
            return
        with storage_errors(folder):
            conn = self.open(database_path(folder), key)
        self._local.snapshot = conn
        try:
            with self.errors(conn, folder):
                yield conn
        finally:
            self._local.snapshot = None
            self.release(conn)

    @contextlib.contextmanager
    def errors(self, conn: Connection, folder: Path) -> Iterator[None]:
        """Reads on `conn` (a snapshot of the vault in `folder`) inside the block: storage
        failures typed as for the main connection; a stopped snapshot fails with whatever its
        interrupted or next statement raised, so the caller gets one typed answer for it:
        SnapshotClosed. A snapshot stopped before the block (between two reads) reads no more."""
        if self.was_stopped(conn):
            raise SnapshotClosed()
        try:
            with storage_errors(folder):
                yield
        except Exception as exc:
            if self.was_stopped(conn):
                raise SnapshotClosed() from exc
            raise
        if self.was_stopped(conn):
            raise SnapshotClosed()

    def open(self, path: Path, key: bytes) -> Connection:
        """Open and register a snapshot connection. Raises SnapshotClosed once the vault was
        closed or its key forgotten (lock, panic)."""
        with self._mutex:
            refused = self._closed or not key  # (a local: _closed may change while opening)
        if refused:
            raise SnapshotClosed()
        conn = open_read_only(path, key)
        stopped = threading.Event()
        # `interrupt` only reaches a statement running at that moment; a statement started
        # after a stop would run to its end. SQLite calls this handler every _PROGRESS_STEPS VM
        # steps of every statement on the connection, in the reader's thread: once stopped,
        # each statement aborts at once. (Between statements, `Vault.reading()` refuses.)
        conn.set_progress_handler(lambda: 1 if stopped.is_set() else 0, _PROGRESS_STEPS)
        with self._mutex:
            if self._closed:  # locked while we were opening: never hand it out
                conn.close()
                raise SnapshotClosed()
            self._connections[id(conn)] = conn
            self._flags[id(conn)] = stopped
        return conn

    def release(self, conn: Connection) -> None:
        """Close `conn` (by its owner, after its last read) and forget it."""
        with self._mutex:
            self._connections.pop(id(conn), None)
            self._flags.pop(id(conn), None)
            self._stopped.discard(id(conn))
        with contextlib.suppress(DatabaseError):
            conn.rollback()
        conn.close()

    def was_stopped(self, conn: Connection) -> bool:
        """Whether `conn` was stopped by stop_all or close_all (its reads now fail)."""
        with self._mutex:
            return id(conn) in self._stopped

    def stop_all(self) -> int:
        """Interrupt every open snapshot and mark it stopped (erasure: no read may go on with
        data that is being erased, and their read transactions would keep the old pages in the
        WAL). New snapshots may still be opened. Returns how many."""
        with self._mutex:
            running = list(self._connections.items())
            self._stopped.update(key for key, _ in running)
            for key, _ in running:
                self._flags[key].set()
        for _, conn in running:
            conn.interrupt()
        return len(running)

    def close_all(self) -> int:
        """Stop every open snapshot and refuse new ones (lock, panic). Returns how many were
        still open; each is closed by its owner at its next read or when its block ends."""
        with self._mutex:
            self._closed = True
        return self.stop_all()

    @property
    def open_count(self) -> int:
        """How many snapshot connections are open now (tests, diagnostics)."""
        with self._mutex:
            return len(self._connections)
