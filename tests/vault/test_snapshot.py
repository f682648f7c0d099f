"""Long reads on a snapshot connection (vault/snapshot.py, Vault.snapshot): writes go on meanwhile,
the reader keeps its snapshot, and lock, panic and erasure stop it cleanly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.services import cases as case_service
from casevault.services.panic import panic_destroy
from casevault.services.session import Session
from casevault.services.vaults import InitResult
from casevault.vault.connection import Connection, OperationalError
from casevault.vault.errors import SnapshotClosed, VaultDestroyed

# How long a step may take before we call it blocked. A failure signal, not a speed claim: on the
# old code the write waits for the reader forever, so any bound fails it.
BLOCKED = 20.0


def _count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


def _reader(session: Session, seen: list[int]) -> Iterator[None]:
    """A long read paused half-way: it reads, yields (paused), then reads again."""
    with session.vault.snapshot() as conn:
        seen.append(_count(conn))
        yield
        with session.vault.reading() as joined:  # a service read inside joins the snapshot
            seen.append(_count(joined))
        yield


class _PausedRead:
    """Runs _reader in its own thread and pauses it after its first read."""

    def __init__(self, session: Session) -> None:
        self.seen: list[int] = []
        self.error: BaseException | None = None
        self.paused = threading.Event()
        self.resume = threading.Event()
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(session,), daemon=True)
        self._thread.start()
        assert self.paused.wait(BLOCKED), "the reader never got its snapshot"

    def _run(self, session: Session) -> None:
        try:
            steps = _reader(session, self.seen)
            next(steps)
            self.paused.set()
            self.resume.wait(BLOCKED)
            next(steps, None)
            next(steps, None)
        except BaseException as exc:  # handed to the test thread
            self.error = exc
        finally:
            self.paused.set()
            self.done.set()

    def finish(self) -> None:
        self.resume.set()
        assert self.done.wait(BLOCKED), "the reader never finished"


def test_a_write_commits_while_a_long_read_holds_its_snapshot(session: Session) -> None:
    case_service.create_case(session, CaseFields(notes="before"))
    reader = _PausedRead(session)
    written = threading.Event()

    def write() -> None:
        case_service.create_case(session, CaseFields(notes="during"))
        written.set()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    # On the old code (one connection under one lock) the write waits for the paused reader.
    assert written.wait(BLOCKED), "the write was blocked by the long read"
    with session.vault.reading() as conn:
        assert _count(conn) == 2  # committed, visible to everyone else
    reader.finish()
    assert reader.error is None
    assert reader.seen == [1, 1]  # the reader still sees the state it started from


def test_a_snapshot_is_read_only(session: Session) -> None:
    with session.vault.snapshot() as conn, pytest.raises(OperationalError):
        conn.execute("DELETE FROM cases")


def test_lock_stops_a_paused_long_read_and_its_connection_closes(
    initialised: InitResult,
) -> None:
    session = initialised.session
    reader = _PausedRead(session)
    assert session.vault._snapshots.open_count == 1
    session.close()  # lock: must not wait for the reader
    reader.finish()
    assert isinstance(reader.error, SnapshotClosed)
    assert len(reader.seen) == 1  # paused between statements, it read nothing more after lock
    assert session.vault._snapshots.open_count == 0  # closed by its reader: no keyed connection
    with pytest.raises(SnapshotClosed), session.vault.snapshot():
        pass


def test_panic_stops_a_long_read_and_no_new_snapshot_opens(
    initialised: InitResult, vault_dir: Path
) -> None:
    session = initialised.session
    reader = _PausedRead(session)
    panic_destroy(session).destroyed  # noqa: B018 - the report is not what is tested
    reader.finish()
    assert isinstance(reader.error, SnapshotClosed | VaultDestroyed)
    assert session.vault._snapshots.open_count == 0
    with pytest.raises(VaultDestroyed), session.vault.snapshot():
        pass


def test_erasure_compaction_stops_a_running_snapshot(session: Session) -> None:
    case_service.create_case(session, CaseFields(notes="x"))
    reader = _PausedRead(session)
    stopped = session.vault._snapshots.stop_all()  # what compact() does first
    reader.finish()
    assert stopped == 1
    assert isinstance(reader.error, SnapshotClosed)
    assert len(reader.seen) == 1  # nothing read after the erasure began
    session.vault.compact()  # no reader left to keep old pages in the WAL
    with session.vault.snapshot() as conn:  # new snapshots still open
        assert _count(conn) == 1


def test_a_statement_started_after_a_stop_is_aborted(session: Session) -> None:
    counting = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
    aborted: list[BaseException] = []

    def long_read() -> None:
        with session.vault.snapshot() as conn:
            assert conn.execute(f"{counting} SELECT count(*) FROM n").fetchone()[0] == 1_000_000
            session.vault._snapshots.stop_all()  # nothing running: interrupt alone is a no-op
            try:
                conn.execute(f"{counting} SELECT count(*) FROM n").fetchone()
            except OperationalError as exc:
                aborted.append(exc)

    with pytest.raises(SnapshotClosed):
        long_read()
    assert len(aborted) == 1  # the statement itself stopped, not only the block at its end
