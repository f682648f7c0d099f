"""Size and range limits shared by every model. One place, so the spec and the code agree.

Why bounds at all: anything stored can also arrive in a bundle from outside, and an unbounded
field is a way to exhaust memory or disk. The numbers are generous for real case work.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from casevault.domain.field_problems import Problem, refuse

MAX_NAME = 100
MAX_SHORT_TEXT = 200
MAX_NOTES = 20_000
MAX_LIST_ITEMS = 30
MAX_TAG = 40
MAX_TIMELINE_TEXT = 4_000

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)

# C0/C1 control characters other than tab and newline have no place in case data; they hide
# text from reviewers (and some, like U+202E, reorder it on screen).
_FORBIDDEN_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _no_control_chars(value: str) -> str:
    if _FORBIDDEN_CHARS.search(value):
        raise refuse(Problem.CONTROL_CHARACTERS, "contains control characters")
    return value


def _single_line(value: str) -> str:
    if "\n" in value or "\t" in value:
        raise refuse(Problem.NOT_SINGLE_LINE, "must be a single line")
    return value


def _sane_date(value: dt.date) -> dt.date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise refuse(
            Problem.DATE_OUT_OF_RANGE, f"must be between {EARLIEST_DATE} and {LATEST_DATE}"
        )
    return value


Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_NAME),
    AfterValidator(_no_control_chars),
    AfterValidator(_single_line),
]
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_SHORT_TEXT),
    AfterValidator(_no_control_chars),
    AfterValidator(_single_line),
]
LongText = Annotated[
    str,
    StringConstraints(max_length=MAX_NOTES),
    AfterValidator(_no_control_chars),
]
TimelineText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TIMELINE_TEXT),
    AfterValidator(_no_control_chars),
]
Tag = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=MAX_TAG),
    AfterValidator(_no_control_chars),
    AfterValidator(_single_line),
]


def _upper(value: object) -> object:
    # Case is folded before the pattern is checked, so "kz" is accepted as "KZ".
    return value.strip().upper() if isinstance(value, str) else value


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


CountryCode = Annotated[str, BeforeValidator(_upper), StringConstraints(pattern=r"^[A-Z]{2}$")]
LanguageCode = Annotated[str, BeforeValidator(_lower), StringConstraints(pattern=r"^[a-z]{2,3}$")]
SaneDate = Annotated[dt.date, AfterValidator(_sane_date)]
ShortList: Any = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
