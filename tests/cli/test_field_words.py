"""Each problem code has its own words in the CLI, with its bound (cli/field_words.py)."""

from __future__ import annotations

import pytest

from casevault.cli.field_words import field_words, invalid_field_sentence, problem_words
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem

_GENERIC = problem_words(InvalidField("x", "no-such-code"))


@pytest.mark.parametrize("problem", [p for p in Problem if p is not Problem.INVALID])
def test_every_problem_has_its_own_words(problem: Problem) -> None:
    words = problem_words(InvalidField("unit", problem, limit=7, choices=("a", "b")))
    assert words != _GENERIC
    assert "{" not in words


def test_bounds_and_choices_are_given() -> None:
    assert "200" in problem_words(InvalidField("unit", Problem.TOO_LONG, limit=200))
    assert "low, high" in problem_words(
        InvalidField("risk", Problem.NOT_A_CHOICE, choices=("low", "high"))
    )


def test_fields_are_named_in_words() -> None:
    assert field_words("date_of_birth") == "date of birth"
    assert field_words("name_latin.surname") == "surname (Latin)"
    assert field_words("aliases.3") == "other spellings"
    assert field_words("kind.channel") == "summons channel"
    assert field_words("mystery") == "'mystery'"


def test_an_unknown_field_is_quoted_as_typed() -> None:
    sentence = invalid_field_sentence(InvalidField("bogus", Problem.UNKNOWN_FIELD))
    assert "'bogus'" in sentence
