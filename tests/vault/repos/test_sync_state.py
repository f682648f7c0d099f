"""vault/repos/sync_state.py: field versions and their conflict count, the node's clock,
applied bundles (replays refused) and deliveries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.vault.connection import DatabaseError
from casevault.vault.repos import sync_state

from .conftest import make_case, new_id

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _v(value: str) -> dict[str, Any]:
    return {"value": value, "hlc": "h"}


def test_field_versions_round_trip_and_count_conflicts(case_id: str, conn: Any) -> None:
    assert sync_state.get_field_versions(conn, case_id) == {}
    sync_state.put_field_versions(conn, case_id, "notes", [_v("Ёжик")])
    sync_state.put_field_versions(conn, case_id, "status", [_v("open"), _v("closed")])
    assert sync_state.get_field_versions(conn, case_id) == {
        "notes": [_v("Ёжик")],
        "status": [_v("open"), _v("closed")],
    }
    other = str(make_case(conn, "Other").id)
    sync_state.put_case_versions(conn, other, {"a": [_v("1"), _v("2")], "b": [_v("x"), _v("y")]})
    assert sync_state.count_conflicts(conn) == 3
    expected = sorted([(case_id, "status"), (other, "a"), (other, "b")])
    assert [(c, f) for c, f, _ in sync_state.iter_conflicts(conn)] == expected
    sync_state.put_field_versions(conn, case_id, "status", [_v("closed")])  # resolved
    assert sync_state.count_conflicts(conn) == 2
    assert len(list(sync_state.iter_conflicts(conn, limit=1))) == 2  # limit counts cases


def test_versions_need_a_real_case_and_go_with_it(case_id: str, conn: Any) -> None:
    with pytest.raises(DatabaseError):
        sync_state.put_field_versions(conn, new_id(), "notes", [_v("x")])
    sync_state.put_field_versions(conn, case_id, "status", [_v("a"), _v("b")])
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    assert sync_state.get_field_versions(conn, case_id) == {}
    assert sync_state.count_conflicts(conn) == 0


def test_clock_advances(conn: Any) -> None:
    sync_state.put_clock(conn, "0001")
    sync_state.put_clock(conn, "0002")
    assert sync_state.get_clock(conn) == "0002"


def test_a_bundle_is_applied_once(conn: Any) -> None:
    bundle = new_id()
    assert not sync_state.bundle_was_applied(conn, bundle)
    sync_state.record_applied_bundle(conn, bundle, "org-a", "node-a", AT.isoformat(), AT)
    assert sync_state.bundle_was_applied(conn, bundle)
    with pytest.raises(DatabaseError):
        sync_state.record_applied_bundle(conn, bundle, "org-a", "node-a", AT.isoformat(), AT)


def test_deliveries_are_listed_per_case_in_time_order(conn: Any) -> None:
    case = new_id()
    later = AT + dt.timedelta(days=1)
    sync_state.record_delivery(conn, case, "org-b", "bundle-2", later)
    sync_state.record_delivery(conn, case, "org-a", "bundle-1", AT)
    sync_state.record_delivery(conn, case, "org-a", "bundle-1", later)  # repeat: ignored
    sync_state.record_delivery(conn, new_id(), "org-a", "bundle-1", AT)
    assert sync_state.list_deliveries(conn, case) == [
        ("org-a", "bundle-1", AT.isoformat()),
        ("org-b", "bundle-2", later.isoformat()),
    ]
