"""services/session.py: entries audited inside `audit_batched` are the entries one write per
call would store, written when the block ends, and none of them when it raises."""

from __future__ import annotations

import datetime as dt

import pytest

from casevault.domain.audit import verify_chain
from casevault.domain.audit_actions import AuditAction
from casevault.services.session import Session
from casevault.vault.repos import audit as audit_repo

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _ticking(session: Session) -> None:
    times = iter(START + dt.timedelta(seconds=i) for i in range(10_000))
    session.clock = lambda: next(times)


def _audit_three(session: Session, conn: object) -> None:
    for record in ("a", "b", "c"):
        session.audit(conn, AuditAction.CASE_IMPORT, "case", record, {"fields": ["notes"]})  # type: ignore[arg-type]


def test_batched_entries_are_those_of_one_write_per_call(session: Session) -> None:
    _ticking(session)
    with session.vault.transaction() as conn:
        conn.execute("SAVEPOINT one_by_one")
        _audit_three(session, conn)
        one_by_one = list(audit_repo.iter_stored_entries(conn))
        conn.execute("ROLLBACK TO one_by_one")
        _ticking(session)
        with session.audit_batched(conn):
            _audit_three(session, conn)
            with session.audit_batched(conn):  # nested: joins the outer block
                pass
            assert list(audit_repo.iter_stored_entries(conn)) == one_by_one[:-3]
        batched = list(audit_repo.iter_stored_entries(conn))
    assert batched == one_by_one
    with session.vault.reading() as conn:
        assert verify_chain(batched, audit_repo.highest_seq_issued(conn)) is None


def _fail_inside_a_batch(session: Session, conn: object) -> None:
    with session.audit_batched(conn):  # type: ignore[arg-type]
        _audit_three(session, conn)
        raise OSError("disk full")


def test_a_block_that_raises_writes_none_of_its_entries(session: Session) -> None:
    with session.vault.reading() as conn:
        before = audit_repo.highest_seq_issued(conn)
    with session.vault.transaction() as conn:
        with pytest.raises(OSError, match="disk full"):
            _fail_inside_a_batch(session, conn)
        assert audit_repo.highest_seq_issued(conn) == before
        _audit_three(session, conn)  # after the block, one write per call again
        assert audit_repo.highest_seq_issued(conn) == before + 3
