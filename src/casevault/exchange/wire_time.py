"""Dates and times as they travel in content records: one textual form, checked before parsing.

docs/spec/content-records.md, "Dates and times". pydantic's lax mode alone would also take a
number of seconds, a date-time without an offset, a space instead of `T`, or a date with a time;
an importer written from the spec would not, so neither do we. The pattern is checked on the
text, then pydantic parses it (which refuses impossible dates such as 2025-02-30).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BeforeValidator

# RFC 3339 date-time, upper-case T and Z, seconds required, 0..6 fraction digits, an offset.
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date_time_text(untrusted: object) -> object:
    if isinstance(untrusted, dt.datetime):
        return untrusted  # built in our own code (exporter), not read from a bundle
    if not isinstance(untrusted, str) or _DATE_TIME.fullmatch(untrusted) is None:
        raise ValueError("not an RFC 3339 date-time with an offset")
    return untrusted


def _date_text(untrusted: object) -> object:
    if isinstance(untrusted, dt.date) and not isinstance(untrusted, dt.datetime):
        return untrusted
    if not isinstance(untrusted, str) or _DATE.fullmatch(untrusted) is None:
        raise ValueError("not a YYYY-MM-DD date")
    return untrusted


def is_wire_date(untrusted: object) -> bool:
    """True for a `YYYY-MM-DD` string (the form of date values inside case fields)."""
    return isinstance(untrusted, str) and _DATE.fullmatch(untrusted) is not None


WireTime = Annotated[dt.datetime, BeforeValidator(_date_time_text)]
"""A date-time field of a content record: RFC 3339 text with an offset."""

WireDate = Annotated[dt.date, BeforeValidator(_date_text)]
"""A date field of a content record: `YYYY-MM-DD` text."""
