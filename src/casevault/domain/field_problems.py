"""What is wrong with a field, as data: a problem code, the bound it broke, the allowed values.

A rejected value reaches people only through `InvalidField(field, problem, limit, choices)`;
the CLI (cli/field_words.py) and the app (gui/messages.py) turn that into a sentence in the
user's language. Never a library's English: pydantic's `msg` ("Input should be ...", "Extra
inputs are not permitted") is dropped here, and only its stable `type` code is read
(`invalid_field_from`). A code this table does not know becomes `Problem.INVALID`, which the
edges render as a generic sentence.

Our own validators raise `PydanticCustomError(problem_type(Problem.X), ...)` so their rule is
kept as a code too; the English text they carry is for developers and logs only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from casevault.domain.errors import InvalidField


class Problem(StrEnum):
    """The kind of problem with one field. The edges have a sentence for each."""

    MISSING = "missing"
    UNKNOWN_FIELD = "unknown-field"
    TOO_LONG = "too-long"  # limit: most characters (text) or items (list)
    TOO_SHORT = "too-short"  # limit: fewest characters or items (more than one)
    EMPTY = "empty"
    NOT_TEXT = "not-text"
    NOT_A_NUMBER = "not-a-number"
    TOO_SMALL = "too-small"  # limit: the least number allowed
    TOO_LARGE = "too-large"  # limit: the largest number allowed
    NOT_A_DATE = "not-a-date"
    NOT_A_TIME = "not-a-time"
    NEEDS_TIME_ZONE = "needs-time-zone"
    DATE_IN_FUTURE = "date-in-future"
    DATE_OUT_OF_RANGE = "date-out-of-range"  # outside bounds.EARLIEST_DATE..LATEST_DATE
    NOT_A_CHOICE = "not-a-choice"  # choices: the allowed values (codes)
    WRONG_FORMAT = "wrong-format"  # a pattern (country or language code, ...)
    NOT_A_LIST = "not-a-list"
    NOT_AN_OBJECT = "not-an-object"
    NOT_YES_NO = "not-yes-no"
    NOT_AN_ID = "not-an-id"
    CONTROL_CHARACTERS = "control-characters"
    NOT_SINGLE_LINE = "not-single-line"
    NOT_JSON = "not-json"
    INPUT_TOO_LARGE = "input-too-large"  # limit: bytes
    NOT_EDITABLE = "not-editable"
    NO_SUCH_OPTION = "no-such-option"
    NOT_A_DETAIL_OF_KIND = "not-a-detail-of-kind"
    DETAILS_MISSING = "details-missing"
    EXPECTED_ITEM_VALUE = "expected-item-value"
    CONSENT_SCOPE = "consent-scope"
    WITNESS_NEEDED = "witness-needed"
    WITNESS_NOT_ALLOWED = "witness-not-allowed"
    ATTACHMENT_NOT_ALLOWED = "attachment-not-allowed"
    METHOD_NOT_DESCRIBED = "method-not-described"
    GIVEN_AFTER_RECORDED = "given-after-recorded"
    ANOMALIES_NOT_DESCRIBED = "anomalies-not-described"
    INVALID = "invalid"


_OWN_PREFIX = "casevault_"

# pydantic's error `type` codes (stable across versions, unlike `msg`) -> our problem.
_PYDANTIC_TYPES: dict[str, Problem] = {
    "missing": Problem.MISSING,
    "extra_forbidden": Problem.UNKNOWN_FIELD,
    "string_too_long": Problem.TOO_LONG,
    "too_long": Problem.TOO_LONG,
    "string_too_short": Problem.TOO_SHORT,
    "too_short": Problem.TOO_SHORT,
    "string_type": Problem.NOT_TEXT,
    "string_unicode": Problem.NOT_TEXT,
    "string_pattern_mismatch": Problem.WRONG_FORMAT,
    "int_type": Problem.NOT_A_NUMBER,
    "int_parsing": Problem.NOT_A_NUMBER,
    "int_from_float": Problem.NOT_A_NUMBER,
    "float_type": Problem.NOT_A_NUMBER,
    "float_parsing": Problem.NOT_A_NUMBER,
    "finite_number": Problem.NOT_A_NUMBER,
    "greater_than": Problem.TOO_SMALL,
    "greater_than_equal": Problem.TOO_SMALL,
    "less_than": Problem.TOO_LARGE,
    "less_than_equal": Problem.TOO_LARGE,
    "date_type": Problem.NOT_A_DATE,
    "date_parsing": Problem.NOT_A_DATE,
    "date_from_datetime_parsing": Problem.NOT_A_DATE,
    "date_from_datetime_inexact": Problem.NOT_A_DATE,
    "date_future": Problem.DATE_IN_FUTURE,
    "datetime_type": Problem.NOT_A_TIME,
    "datetime_parsing": Problem.NOT_A_TIME,
    "datetime_from_date_parsing": Problem.NOT_A_TIME,
    "datetime_object_invalid": Problem.NOT_A_TIME,
    "timezone_aware": Problem.NEEDS_TIME_ZONE,
    "literal_error": Problem.NOT_A_CHOICE,
    "enum": Problem.NOT_A_CHOICE,
    "list_type": Problem.NOT_A_LIST,
    "tuple_type": Problem.NOT_A_LIST,
    "set_type": Problem.NOT_A_LIST,
    "frozen_set_type": Problem.NOT_A_LIST,
    "dict_type": Problem.NOT_AN_OBJECT,
    "model_type": Problem.NOT_AN_OBJECT,
    "model_attributes_type": Problem.NOT_AN_OBJECT,
    "union_tag_invalid": Problem.NOT_A_CHOICE,
    "union_tag_not_found": Problem.MISSING,
    "bool_type": Problem.NOT_YES_NO,
    "bool_parsing": Problem.NOT_YES_NO,
    "uuid_type": Problem.NOT_AN_ID,
    "uuid_parsing": Problem.NOT_AN_ID,
    "uuid_version": Problem.NOT_AN_ID,
}
_QUOTED = re.compile(r"'([^']*)'")


def problem_type(problem: Problem) -> str:
    """The pydantic error `type` our own validators raise for `problem`."""
    return _OWN_PREFIX + problem.value


def refuse(problem: Problem, developer_text: str, **context: Any) -> PydanticCustomError:
    """The error a validator raises for `problem` (`developer_text` is for logs, never shown);
    `context` may carry `field` (a cross-field rule names its field) or `limit`."""
    return PydanticCustomError(problem_type(problem), developer_text, context or None)


def _bound(problem: Problem, context: Mapping[str, Any]) -> int | None:
    keys = {
        Problem.TOO_LONG: ("max_length",),
        Problem.TOO_SHORT: ("min_length",),
        Problem.TOO_SMALL: ("gt", "ge"),
        Problem.TOO_LARGE: ("lt", "le"),
    }.get(problem, ("limit",))
    for key in keys:
        value = context.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _choices(error_type: str, context: Mapping[str, Any]) -> tuple[str, ...]:
    expected = context.get("expected_tags") or context.get("expected") or ""
    if error_type in {"literal_error", "enum", "union_tag_invalid"} and isinstance(expected, str):
        return tuple(_QUOTED.findall(expected))
    return ()


def invalid_field_from(exc: ValidationError, default_field: str, prefix: str = "") -> InvalidField:
    """The InvalidField for the first problem pydantic found: where (dotted location, with
    `prefix` before it, `default_field` when the problem is about the whole object), which
    problem, and its bound or allowed values. pydantic's English `msg` is not kept."""
    first: ErrorDetails = exc.errors()[0]
    error_type = str(first["type"])
    context: Mapping[str, Any] = first.get("ctx") or {}
    if error_type.startswith(_OWN_PREFIX):
        try:
            problem = Problem(error_type.removeprefix(_OWN_PREFIX))
        except ValueError:
            problem = Problem.INVALID
    else:
        problem = _PYDANTIC_TYPES.get(error_type, Problem.INVALID)
    if problem is Problem.TOO_SHORT and _bound(problem, context) in (None, 0, 1):
        problem = Problem.EMPTY
    location = ".".join(str(part) for part in first["loc"])
    named = context.get("field")
    if isinstance(named, str) and named:
        location = ".".join(p for p in (location, named) if p)
    location = location or default_field
    return InvalidField(
        prefix + location,
        problem,
        limit=_bound(problem, context),
        choices=_choices(error_type, context),
    )
