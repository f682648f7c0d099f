"""vault/repos/partner_rights.py: what each partner was given of a case only grows; a closure
notice keeps the earliest closing time and lists partners in order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from casevault.vault.repos import partner_rights

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_shared_fields_are_a_union_per_partner(case_id: str, conn: Any) -> None:
    assert partner_rights.shared_fields(conn, case_id, "org-a") is None  # never given anything
    partner_rights.remember_shared_fields(conn, case_id, "org-a", ["status", "name_latin"])
    partner_rights.remember_shared_fields(conn, case_id, "org-a", ["notes"])
    partner_rights.remember_shared_fields(conn, case_id, "org-a", [])
    assert partner_rights.shared_fields(conn, case_id, "org-a") == frozenset(
        {"status", "name_latin", "notes"}
    )
    partner_rights.remember_shared_fields(conn, case_id, "org-b", [])
    assert partner_rights.shared_fields(conn, case_id, "org-b") == frozenset()


def test_rows_go_with_their_case(case_id: str, conn: Any) -> None:
    partner_rights.remember_shared_fields(conn, case_id, "org-a", ["status"])
    partner_rights.record_closure(conn, case_id, "org-a", AT, AT)
    conn.execute("DELETE FROM case_field_versions WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    assert partner_rights.shared_fields(conn, case_id, "org-a") is None
    assert not partner_rights.closure_exists(conn, case_id, "org-a")


def test_a_closure_keeps_the_earliest_time(case_id: str, conn: Any) -> None:
    assert not partner_rights.closure_exists(conn, case_id, "org-a")
    assert partner_rights.record_closure(conn, case_id, "org-b", AT, AT)
    assert partner_rights.record_closure(conn, case_id, "org-a", AT + dt.timedelta(days=2), AT)
    later, earlier = AT + dt.timedelta(days=3), AT + dt.timedelta(days=1)
    assert not partner_rights.record_closure(conn, case_id, "org-a", later, later)
    assert not partner_rights.record_closure(conn, case_id, "org-a", earlier, later)
    assert partner_rights.closure_exists(conn, case_id, "org-a")
    closures = partner_rights.list_closures(conn, case_id)
    assert [(c.partner_id, c.closed_at) for c in closures] == [("org-b", AT), ("org-a", earlier)]
    assert closures[1].received_at == AT
