"""Dates and times as the user's language writes them, for human output (and, read back, for
what a person types: cli/date_input.py).

`--json` keeps ISO 8601 (machines read it); a person reads "29.11.2026 11:00" in Russian,
"29/11/2026 11:00" in French and "2026-11-29 11:00" in English (the unambiguous form most
English-speaking users of an international network read without guessing day from month).
These are the CLDR short numeric patterns of each language; a table rather than a translated
string, because a pattern is locale data, not words, and must hold before any translator pass.

Times are shown in the laptop's own time zone (as KeePassXC and Signal Desktop do), to the
minute unless seconds are asked for (the audit log); the stored value stays UTC.
"""

from __future__ import annotations

import datetime as dt

from casevault.cli.i18n import _, current_language

_DECIMAL_COMMA = frozenset({"ru", "fr"})
# Translators: a size with its unit (1024-based), e.g. "1.5 KB"; {size} is the number.
_SIZE_UNITS = (
    lambda: _("{size} B"),
    lambda: _("{size} KB"),
    lambda: _("{size} MB"),
    lambda: _("{size} GB"),
)

_DATE_PATTERNS = {
    "en": "{year:04d}-{month:02d}-{day:02d}",
    "ru": "{day:02d}.{month:02d}.{year:04d}",
    "fr": "{day:02d}/{month:02d}/{year:04d}",
}


def date_pattern() -> str:
    """The user's language's numeric date form, as a `str.format` pattern over year, month
    and day (the same table `show_date` writes with and cli/date_input.py reads with)."""
    return _DATE_PATTERNS.get(current_language(), _DATE_PATTERNS["en"])


def show_date(day: dt.date) -> str:
    """`day` in the user's language's numeric date form (no time, no "T")."""
    return date_pattern().format(year=day.year, month=day.month, day=day.day)


def show_time(moment: dt.datetime, seconds: bool = False) -> str:
    """`moment` as a date and a 24-hour clock time in this laptop's time zone (an aware
    `moment` is converted; a naive one is shown as it is). Never ISO's "T" or offset."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{show_date(local.date())} {clock}"


def show_day_of(moment: dt.datetime) -> str:
    """Only the date of `moment`, in this laptop's time zone."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return show_date(local.date())


def show_stamp(text: str) -> str:
    """A time carried as ISO text (a bundle's signed `created_at`) shown like `show_time`;
    text that does not read as a time is shown as it is, never dropped."""
    try:
        return show_time(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def show_size(size: int) -> str:
    """A size in bytes with its unit in the user's language, 1024-based and to one decimal
    ("1.5 KB", "1,5 КБ"); bytes as a whole number. No plural to agree: a unit symbol."""
    amount = float(size)
    step = 0
    while amount >= 1024 and step < len(_SIZE_UNITS) - 1:
        amount /= 1024
        step += 1
    number = str(size) if step == 0 else f"{amount:.1f}"
    if current_language() in _DECIMAL_COMMA:
        number = number.replace(".", ",")
    return _SIZE_UNITS[step]().format(size=number)
