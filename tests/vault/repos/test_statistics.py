"""vault/repos/statistics.py: counts leave deleted cases out, unknown countries count as "",
months are UTC months from the given one on."""

from __future__ import annotations

from typing import Any

from casevault.domain.case import CaseStatus
from casevault.vault.repos import statistics

from .conftest import make_case


def test_counts_leave_deleted_cases_out(conn: Any) -> None:
    make_case(conn, "A", country="UA")
    make_case(conn, "B", country="UA")
    make_case(conn, "C")
    gone = make_case(conn, "D", country="RU")
    conn.execute("UPDATE cases SET deleted = 1 WHERE id = ?", (str(gone.id),))
    assert statistics.count_live_cases(conn) == 3
    assert statistics.count_by_country(conn) == {"UA": 2, "": 1}
    assert statistics.count_by_status(conn) == {next(iter(CaseStatus)).value: 3}


def test_created_by_month_counts_from_the_given_month(conn: Any) -> None:
    for n, created in enumerate(
        [
            "2025-12-31T23:59:00+00:00",
            "2026-01-05T00:00:00+00:00",
            "2026-02-01T00:00:00+00:00",
            "2026-02-28T10:00:00+00:00",
        ]
    ):
        case = make_case(conn, f"M{n}")
        conn.execute("UPDATE cases SET created_at = ? WHERE id = ?", (created, str(case.id)))
    assert statistics.count_created_by_month(conn, "2026-01") == {"2026-01": 1, "2026-02": 2}
    assert statistics.count_created_by_month(conn, "2026-03") == {}


def test_an_empty_vault_counts_nothing(conn: Any) -> None:
    assert statistics.count_live_cases(conn) == 0
    assert statistics.count_by_status(conn) == {}
    assert statistics.count_by_country(conn) == {}
    assert statistics.list_screening_rows(conn) == []
