"""vault/repos/consent.py: statements and overrides round-trip in time order, and the database
refuses to change or remove them outside an erasure."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.domain.consent import ConsentAction, ConsentMethod, ConsentRecord
from casevault.domain.organisation import PartnerKind
from casevault.vault.connection import DatabaseError
from casevault.vault.repos import consent

from .conftest import make_case

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _record(case_id: str, given: dt.datetime, **scope: Any) -> ConsentRecord:
    return ConsentRecord(
        id=uuid.uuid4(),
        case_id=uuid.UUID(case_id),
        action=ConsentAction.GRANT,
        method=ConsentMethod.ORAL_WITNESSED,
        witness="Ёжик Щукин",
        given_at=given,
        recorded_at=AT + dt.timedelta(days=1),
        recorded_by="worker",
        **(scope or {"partner_id": "org-a"}),
    )


def test_statements_round_trip_oldest_given_first(case_id: str, conn: Any) -> None:
    late = _record(case_id, AT)
    early = _record(case_id, AT - dt.timedelta(days=3), partner_kind=next(iter(PartnerKind)))
    consent.insert_consent(conn, late)
    consent.insert_consent(conn, early)
    assert consent.list_consents(conn, uuid.UUID(case_id)) == [early, late]
    assert consent.list_consents(conn, uuid.uuid4()) == []


def test_statements_are_immutable_and_need_a_real_case(case_id: str, conn: Any) -> None:
    record = _record(case_id, AT)
    consent.insert_consent(conn, record)
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("UPDATE consents SET action = 'withdraw' WHERE id = ?", (str(record.id),))
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("DELETE FROM consents WHERE id = ?", (str(record.id),))
    with pytest.raises(DatabaseError):
        consent.insert_consent(conn, _record(str(uuid.uuid4()), AT))
    # During an erasure of this case (and only then) its statements may go.
    conn.execute("INSERT INTO erasure_in_progress (case_id) VALUES (?)", (case_id,))
    conn.execute("DELETE FROM consents WHERE id = ?", (str(record.id),))
    assert consent.list_consents(conn, record.case_id) == []


def test_overrides_round_trip_per_case_oldest_first(case_id: str, conn: Any) -> None:
    other = str(make_case(conn, "Other").id)
    first, second = uuid.uuid4(), uuid.uuid4()
    later = AT + dt.timedelta(hours=2)
    consent.insert_override(conn, second, "org-b", "danger", later, "worker", [case_id])
    consent.insert_override(conn, first, "org-a", "Ёжик", AT, "boss", [other, case_id, other])
    overrides = consent.list_overrides_for_case(conn, uuid.UUID(case_id))
    assert [o.id for o in overrides] == [first, second]
    assert overrides[0].case_ids == tuple(sorted([case_id, other]))  # duplicates dropped
    assert (overrides[0].partner_id, overrides[0].reason, overrides[0].at) == ("org-a", "Ёжик", AT)
    assert overrides[0].reason_erased_at is None
    assert [o.id for o in consent.list_overrides_for_case(conn, uuid.UUID(other))] == [first]
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("UPDATE consent_overrides SET reason = 'x' WHERE id = ?", (str(first),))
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("DELETE FROM consent_overrides WHERE id = ?", (str(first),))
    with pytest.raises(DatabaseError, match="immutable"):
        conn.execute("DELETE FROM consent_override_cases WHERE override_id = ?", (str(first),))
