"""Dates and times in the user's language's form (cli/formatting.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from casevault.cli import i18n
from casevault.cli.formatting import show_date, show_stamp, show_time


@pytest.fixture
def restore_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LANGUAGE", "en")  # use_language sets it; monkeypatch puts it back
    saved = i18n._translation
    yield
    i18n._translation = saved


@pytest.mark.parametrize(
    ("code", "day", "moment"),
    [
        ("en", "1993-09-18", "2026-11-29 10:05"),
        ("ru", "18.09.1993", "29.11.2026 10:05"),
        ("fr", "18/09/1993", "29/11/2026 10:05"),
    ],
)
def test_each_language_has_its_form(
    restore_language: None, code: str, day: str, moment: str
) -> None:
    i18n.use_language(code)
    assert i18n.current_language() == code
    assert show_date(dt.date(1993, 9, 18)) == day
    naive = dt.datetime(2026, 11, 29, 10, 5, 30)
    assert show_time(naive) == moment
    assert show_time(naive, seconds=True) == moment + ":30"


def test_an_aware_time_is_shown_in_local_time(restore_language: None) -> None:
    i18n.use_language("ru")
    aware = dt.datetime(2026, 11, 29, 10, 5, tzinfo=dt.UTC)
    assert show_time(aware) == show_time(aware.astimezone().replace(tzinfo=None))
    assert "T" not in show_stamp(aware.isoformat())
    assert show_stamp("not a time") == "not a time"
