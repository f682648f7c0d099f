"""vault/repos/case_merges.py: a merge is found by the absorbed case, chains of merges are
followed, a merge can be forgotten, and merges go with their cases."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.vault.connection import DatabaseError
from casevault.vault.repos import case_merges

from .conftest import make_case

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def three_cases(conn: Any) -> list[uuid.UUID]:
    return [make_case(conn, f"Merge{n}").id for n in range(3)]


def test_a_merge_round_trips_and_can_be_forgotten(three_cases: list[uuid.UUID], conn: Any) -> None:
    kept, absorbed, other = three_cases
    assert case_merges.find_merge(conn, absorbed) is None
    case_merges.record_merge(conn, kept, absorbed, AT, {"notes": "Ёжик 🙂"})
    assert case_merges.find_merge(conn, absorbed) == (kept, {"notes": "Ёжик 🙂"})
    assert case_merges.find_merge(conn, kept) is None
    with pytest.raises(DatabaseError):  # a case is absorbed at most once
        case_merges.record_merge(conn, other, absorbed, AT, {})
    case_merges.forget_merge(conn, absorbed)
    assert case_merges.find_merge(conn, absorbed) is None
    assert case_merges.absorbed_into(conn, kept) == []


def test_absorbed_into_follows_chains(three_cases: list[uuid.UUID], conn: Any) -> None:
    top, middle, bottom = three_cases
    case_merges.record_merge(conn, middle, bottom, AT, {})
    case_merges.record_merge(conn, top, middle, AT, {})
    assert case_merges.absorbed_into(conn, top) == sorted([middle, bottom], key=str)
    assert case_merges.absorbed_into(conn, middle) == [bottom]
    assert case_merges.absorbed_into(conn, bottom) == []


def test_a_merge_needs_real_cases_and_goes_with_them(
    three_cases: list[uuid.UUID], conn: Any
) -> None:
    kept, absorbed, _ = three_cases
    with pytest.raises(DatabaseError):  # foreign keys are enforced
        case_merges.record_merge(conn, kept, uuid.uuid4(), AT, {})
    case_merges.record_merge(conn, kept, absorbed, AT, {})
    conn.execute("DELETE FROM case_field_versions WHERE case_id = ?", (str(kept),))
    conn.execute("DELETE FROM cases WHERE id = ?", (str(kept),))
    assert case_merges.find_merge(conn, absorbed) is None
