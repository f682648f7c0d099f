"""vault/repos/erasure_register.py: the erased-cases register is final, the received-from list,
the notices owed and the compliance record."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.vault.connection import DatabaseError
from casevault.vault.repos import erasure_register as register

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_an_erased_case_is_registered_for_good(conn: Any) -> None:
    erased, other = str(uuid.uuid4()), str(uuid.uuid4())
    register.register_erased(conn, erased, AT)
    register.register_erased(conn, erased, AT + dt.timedelta(days=1))  # repeat: no error
    assert register.is_erased(conn, erased)
    assert not register.is_erased(conn, other)
    assert register.erased_among(conn, [erased, other]) == {erased}
    assert register.erased_among(conn, []) == set()
    with pytest.raises(DatabaseError):
        conn.execute("DELETE FROM erased_cases WHERE case_id = ?", (erased,))
    with pytest.raises(DatabaseError):
        conn.execute("UPDATE erased_cases SET erased_at = 'x' WHERE case_id = ?", (erased,))


def test_an_erased_case_cannot_be_stored_again(case_id: str, conn: Any) -> None:
    row = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
    conn.execute("DELETE FROM case_field_versions WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    register.register_erased(conn, case_id, AT)
    marks = ", ".join("?" * len(row))
    with pytest.raises(DatabaseError):
        conn.execute(f"INSERT INTO cases VALUES ({marks})", tuple(row))


def test_received_from_is_remembered_per_sender_and_forgotten_per_case(conn: Any) -> None:
    case, other = str(uuid.uuid4()), str(uuid.uuid4())
    register.note_received_from(conn, case, "org-a")
    register.note_received_from(conn, case, "org-a")
    register.note_received_from(conn, other, "org-b")
    assert register.was_received_from(conn, case, "org-a")
    assert not register.was_received_from(conn, case, "org-b")
    register.forget_received_from(conn, case)
    assert not register.was_received_from(conn, case, "org-a")
    assert register.was_received_from(conn, other, "org-b")


def test_notices_are_owed_per_recipient_once_and_counted_when_sent(conn: Any) -> None:
    first, second = uuid.uuid4(), uuid.uuid4()
    case_a, case_b = str(uuid.uuid4()), str(uuid.uuid4())
    register.add_outgoing_notice(conn, second, case_b, AT + dt.timedelta(hours=1), ["org-a"])
    register.add_outgoing_notice(conn, first, case_a, AT, ["org-a", "org-b", "org-a"])
    register.add_outgoing_notice(conn, first, case_a, AT, ["org-a"])  # again: no duplicate
    owed = register.notices_for(conn, ["org-a", "org-b"])
    assert [n.notice_id for n in owed] == [first, second]  # one per notice, oldest first
    assert owed[0].case_id == uuid.UUID(case_a)
    assert [n.notice_id for n in register.notices_for(conn, ["org-b"])] == [first]
    assert register.notices_for(conn, ["org-c"]) == []
    register.mark_sent(conn, [first], ["org-a"], AT)
    register.mark_sent(conn, [first], ["org-a"], AT + dt.timedelta(days=1))
    rows = conn.execute(
        "SELECT recipient_org, sent_count FROM erasure_notices_out WHERE notice_id = ?"
        " ORDER BY recipient_org",
        (str(first),),
    ).fetchall()
    assert [tuple(r) for r in rows] == [("org-a", 2), ("org-b", 0)]
    # Sending does not settle a notice: it stays owed until the partner complies.
    assert [n.notice_id for n in register.notices_for(conn, ["org-a"])] == [first, second]


def test_compliance_is_recorded_once_and_cannot_be_changed(conn: Any) -> None:
    notice, case = uuid.uuid4(), uuid.uuid4()
    assert not register.has_complied(conn, notice)
    register.record_compliance(conn, notice, case, "org-a", "bundle-1", AT, AT)
    register.record_compliance(conn, notice, case, "org-b", "bundle-2", AT, AT)  # ignored
    assert register.has_complied(conn, notice)
    row = conn.execute(
        "SELECT sender_org, bundle_id FROM erasure_compliance WHERE notice_id = ?",
        (str(notice),),
    ).fetchone()
    assert tuple(row) == ("org-a", "bundle-1")
    with pytest.raises(DatabaseError):
        conn.execute("UPDATE erasure_compliance SET bundle_id = 'x'")
