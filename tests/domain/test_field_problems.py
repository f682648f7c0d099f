"""pydantic's error types become problem codes with their bound; its English `msg` never
travels (domain/field_problems.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from casevault.domain.case import validate_fields
from casevault.domain.consent import validate_consent_record
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem, invalid_field_from, refuse


class _Sample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(default="", max_length=5)
    count: int = Field(default=0, ge=1, le=9)
    day: dt.date | None = None
    items: list[str] = Field(default_factory=list, max_length=2)

    @field_validator("text")
    @classmethod
    def _no_bang(cls, value: str) -> str:
        if "!" in value:
            raise refuse(Problem.CONTROL_CHARACTERS, "bang")
        return value


def _refused(data: dict[str, Any]) -> InvalidField:
    with pytest.raises(ValidationError) as caught:
        _Sample.model_validate(data)
    return invalid_field_from(caught.value, "sample")


@pytest.mark.parametrize(
    ("data", "field", "problem", "limit"),
    [
        ({"other": 1}, "other", Problem.UNKNOWN_FIELD, None),
        ({"text": "toolong"}, "text", Problem.TOO_LONG, 5),
        ({"text": 3}, "text", Problem.NOT_TEXT, None),
        ({"text": "a!"}, "text", Problem.CONTROL_CHARACTERS, None),
        ({"count": "many"}, "count", Problem.NOT_A_NUMBER, None),
        ({"count": 0}, "count", Problem.TOO_SMALL, 1),
        ({"count": 10}, "count", Problem.TOO_LARGE, 9),
        ({"day": "1990-13-01"}, "day", Problem.NOT_A_DATE, None),
        ({"items": "x"}, "items", Problem.NOT_A_LIST, None),
        ({"items": ["a", "b", "c"]}, "items", Problem.TOO_LONG, 2),
        ({"items": [1]}, "items.0", Problem.NOT_TEXT, None),
    ],
)
def test_pydantic_types_become_problems(
    data: dict[str, Any], field: str, problem: Problem, limit: int | None
) -> None:
    refused = _refused(data)
    assert (refused.field, refused.problem, refused.limit) == (field, problem, limit)


def test_no_english_sentence_is_kept() -> None:
    refused = _refused({"other": 1})
    assert "permitted" not in str(refused)
    assert "Extra" not in str(refused)


def test_a_choice_lists_its_values() -> None:
    with pytest.raises(InvalidField) as caught:
        validate_fields({"risk": "extreme"})
    assert caught.value.problem == Problem.NOT_A_CHOICE
    assert caught.value.choices == ("low", "medium", "high", "critical")


def test_an_unknown_type_is_generic() -> None:
    class _Strict(BaseModel):
        value: dt.timedelta

    with pytest.raises(ValidationError) as caught:
        _Strict.model_validate({"value": "soon"})
    assert invalid_field_from(caught.value, "x").problem == Problem.INVALID


def test_our_rules_keep_their_code() -> None:
    future = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    for data, problem in [
        ({"date_of_birth": future}, Problem.DATE_IN_FUTURE),
        ({"date_of_birth": "1850-01-01"}, Problem.DATE_OUT_OF_RANGE),
        ({"unit": "a\u202eb"}, Problem.CONTROL_CHARACTERS),
        ({"name_latin": {"surname": "a\nb"}}, Problem.NOT_SINGLE_LINE),
    ]:
        with pytest.raises(InvalidField) as caught:
            validate_fields(data)
        assert caught.value.problem == problem, data


def test_a_cross_field_rule_names_its_field() -> None:
    now = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    with pytest.raises(InvalidField) as caught:
        validate_consent_record(
            {
                "id": "3f2a9c1e-5b7d-4c8e-9f10-2a3b4c5d6e7f",
                "case_id": "3f2a9c1e-5b7d-4c8e-9f10-2a3b4c5d6e70",
                "action": "grant",
                "partner_kind": "lawyer",
                "method": "oral_witnessed",
                "given_at": now,
                "recorded_at": now,
                "recorded_by": "caseworker",
            }
        )
    assert (caught.value.field, caught.value.problem) == ("witness", Problem.WITNESS_NEEDED)
