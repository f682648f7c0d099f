"""`audit verify` detects an entry removed, altered or reordered through raw SQL."""

from __future__ import annotations

import pytest

from casevault.domain.case import CaseFields
from casevault.services import audit_log
from casevault.services import cases as svc
from casevault.services.audit_log import verify_audit_chain
from casevault.services.session import Session


def _some_history(session: Session) -> None:
    case = svc.create_case(session, CaseFields(notes="a"))
    for text in ("b", "c", "d"):
        svc.edit_case(session, case.id, {"notes": text})


def _raw(session: Session, *statements: str) -> None:
    """What an attacker with the key and the stock sqlcipher shell could do."""
    with session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)


def test_triggers_refuse_rewriting_history(session: Session) -> None:
    _some_history(session)
    import pytest

    from casevault.vault.connection import IntegrityError

    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log WHERE seq = 2"):
        with pytest.raises(IntegrityError), session.vault.transaction() as conn:
            conn.execute(statement)
    assert verify_audit_chain(session)[1] is None


def test_altered_entry_is_detected(session: Session) -> None:
    _some_history(session)
    _raw(session, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 3")
    problem = verify_audit_chain(session)[1]
    assert problem is not None
    assert (problem.seq, problem.problem) == (3, "hash")


def test_removed_entry_is_detected(session: Session) -> None:
    _some_history(session)
    _raw(session, "DELETE FROM audit_log WHERE seq = 2")
    problem = verify_audit_chain(session)[1]
    assert problem is not None
    assert problem.problem == "gap"


def test_removed_newest_entry_is_detected(session: Session) -> None:
    _some_history(session)
    _raw(session, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    problem = verify_audit_chain(session)[1]
    assert problem is not None
    assert problem.problem == "tail"


def test_reordered_entries_are_detected(session: Session) -> None:
    _some_history(session)
    _raw(
        session,
        "UPDATE audit_log SET seq = 100 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE seq = 100",
    )
    assert verify_audit_chain(session)[1] is not None


def test_a_long_log_is_verified_in_short_reads_that_let_other_calls_in(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads page by page (each a read of its own), and detects a break in a later
    page."""
    for _ in range(4):
        _some_history(session)
    monkeypatch.setattr(audit_log, "VERIFY_PAGE", 3)
    reads: list[int] = []
    real_reading = session.vault.reading

    def counted_reading():  # type: ignore[no-untyped-def]
        reads.append(1)
        return real_reading()

    monkeypatch.setattr(session.vault, "reading", counted_reading)
    checked, problem = verify_audit_chain(session)
    assert problem is None
    assert checked >= 16
    assert len(reads) >= 1 + checked // 3  # the counter, then one read per page
    _raw(session, f"UPDATE audit_log SET action = 'case.delete' WHERE seq = {checked - 1}")
    problem = verify_audit_chain(session)[1]
    assert problem is not None
    assert (problem.seq, problem.problem) == (checked - 1, "hash")
