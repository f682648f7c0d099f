"""Dates as a person types them: ISO 8601 (`1993-09-18`) in every language, and the form the
CLI shows in the user's language (cli/formatting.py: `18.09.1993` in Russian, `18/09/1993` in
French), so that a date read on the screen can be typed back. English shows ISO, so it takes
ISO only: 09/18 against 18/09 is never guessed. A day or month may be typed with one digit
(`8.9.1993`); the year always has four.

Every date option of the CLI is a `DateInput`, which hands the command a `datetime.date`. A
date that is not in an accepted form, or is not in the calendar (`31.02.2026`), is an
`InvalidField(field, Problem.NOT_A_DATE)` carrying, as its `choices`, the example date in each
accepted form, so the sentence (cli/field_words.py) says which forms are meant.

What machines write (bundles, JSON files, the vault) is not read here: it stays ISO-only,
read by pydantic, whatever the user's language.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

import click

from casevault.cli.formatting import date_pattern, show_date
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem

EXAMPLE = dt.date(1993, 9, 18)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", re.ASCII)
_PARTS = {
    "day": r"(?P<day>\d{1,2})",
    "month": r"(?P<month>\d{1,2})",
    "year": r"(?P<year>\d{4})",
}


def _shown_form(pattern: str) -> re.Pattern[str]:
    """The regular expression that reads back what `pattern` (cli/formatting.py) writes."""
    pieces = []
    for literal, name, *_rest in string.Formatter().parse(pattern):
        pieces.append(re.escape(literal))
        if name:
            pieces.append(_PARTS[name])
    return re.compile("".join(pieces), re.ASCII)


def _shows_iso() -> bool:
    return show_date(EXAMPLE) == EXAMPLE.isoformat()


def accepted_examples() -> tuple[str, ...]:
    """The example date in each form typed dates may take beyond ISO, then in ISO; empty when
    the user's language shows ISO (ISO is then the only form, which the plain sentence says)."""
    if _shows_iso():
        return ()
    return (show_date(EXAMPLE), EXAMPLE.isoformat())


def read_date(text: str, field: str) -> dt.date:
    """The date a person typed, in ISO or in the user's language's form. Raises
    InvalidField(field, NOT_A_DATE) for any other text and for a day not in the calendar."""
    typed = text.strip()
    forms = [_ISO] if _shows_iso() else [_ISO, _shown_form(date_pattern())]
    for form in forms:
        match = form.fullmatch(typed)
        if match is None:
            continue
        try:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            break  # the right form, but no such day (31.02.2026): Python's English is dropped
    raise InvalidField(field, Problem.NOT_A_DATE, choices=accepted_examples())


class DateInput(click.ParamType[dt.date | str]):
    """A click option's type for a typed date (`read_date`); `field` names it in the error.
    With `empty_clears`, an empty value is passed on as "" (the option clears the date)."""

    name = "date"

    def __init__(self, field: str, *, empty_clears: bool = False) -> None:
        self.field = field
        self.empty_clears = empty_clears

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date | str:
        if isinstance(value, dt.date):
            return value
        text = str(value)
        if self.empty_clears and not text.strip():
            return ""
        return read_date(text, self.field)
