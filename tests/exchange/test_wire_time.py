"""Dates and times in content records have one textual form (docs/spec/content-records.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.exchange.content import parse_record
from casevault.exchange.errors import ContentInvalid

CASE_ID = "00000000-0000-4000-8000-0000000000c1"


def _timeline(**changes: Any) -> dict[str, Any]:
    return {
        "id": "00000000-0000-4000-8000-0000000000e1",
        "case_id": CASE_ID,
        "date": "2024-10-02",
        "kind": "call",
        "text": "first call",
        "created_at": "2025-03-01T12:00:00Z",
        "origin_org": "org-a",
    } | changes


@pytest.mark.parametrize(
    "created_at",
    ["2025-03-01T12:00:00Z", "2025-03-01T12:00:00.5+00:00", "2025-03-01T14:00:00.123456+02:00"],
)
def test_rfc3339_times_with_an_offset_are_read(created_at: str) -> None:
    record = parse_record("timeline", _timeline(created_at=created_at))
    assert record.created_at.utcoffset() is not None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "created_at",
    [
        1740830400,  # seconds since 1970: pydantic's lax mode alone would take it
        "2025-03-01T12:00:00",  # no offset
        "2025-03-01 12:00:00Z",  # space for T
        "2025-03-01T12:00Z",  # no seconds
        "2025-02-30T12:00:00Z",  # no such day
        "2025-03-01T12:00:00.1234567Z",  # more than microseconds
        "2025-03-01t12:00:00z",
    ],
)
def test_other_time_forms_are_refused(created_at: object) -> None:
    with pytest.raises(ContentInvalid) as caught:
        parse_record("timeline", _timeline(created_at=created_at))
    assert caught.value.field == "created_at"


@pytest.mark.parametrize("date", ["2024-10-02T00:00:00Z", 1727827200, "2024-1-2", "2024-02-30"])
def test_a_date_is_only_yyyy_mm_dd(date: object) -> None:
    with pytest.raises(ContentInvalid):
        parse_record("timeline", _timeline(date=date))
    assert parse_record("timeline", _timeline()).date == dt.date(2024, 10, 2)  # type: ignore[union-attr]


@pytest.mark.parametrize("value", [1727654400, "2024-09-30T00:00:00Z", "30.09.2024"])
def test_date_values_inside_case_fields_are_yyyy_mm_dd(value: object) -> None:
    version = {"value": value, "vector": [["node-a", 1]], "stamp": "0" * 16 + "-0000-node-a"}
    record = {
        "id": CASE_ID,
        "origin_org": "org-a",
        "created_at": "2025-03-01T12:00:00Z",
        "fields": {"callup_date": [version]},
    }
    with pytest.raises(ContentInvalid) as caught:
        parse_record("case", record)
    assert caught.value.field == "callup_date"
    parse_record("case", record | {"fields": {"callup_date": [version | {"value": "2024-09-30"}]}})
