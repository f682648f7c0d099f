"""Case fields: bounds on every field, partial edits, changed-field detection."""

from __future__ import annotations

import datetime as dt

import pytest

from casevault.domain.bounds import MAX_LIST_ITEMS, MAX_NAME, MAX_NOTES, MAX_SHORT_TEXT
from casevault.domain.case import (
    CaseFields,
    PersonName,
    apply_changes,
    changed_fields,
    validate_fields,
)
from casevault.domain.errors import InvalidField


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name_cyrillic": {"surname": "Я" * (MAX_NAME + 1)}}, "name_cyrillic.surname"),
        ({"unit": "x" * (MAX_SHORT_TEXT + 1)}, "unit"),
        ({"notes": "x" * (MAX_NOTES + 1)}, "notes"),
        ({"tags": [f"t{i}" for i in range(MAX_LIST_ITEMS + 1)]}, "tags"),
        ({"date_of_birth": "1850-01-01"}, "date_of_birth"),
        ({"date_of_birth": "TOMORROW"}, "date_of_birth"),  # resolved when the test runs
        ({"callup_date": "not a date"}, "callup_date"),
        ({"country": "Kazakhstan"}, "country"),
        ({"status": "cleared"}, "status"),
        ({"risk": "extreme"}, "risk"),
        ({"service_type": "volunteer"}, "service_type"),
        ({"languages": ["russian"]}, "languages.0"),
        ({"city": "line\nbreak"}, "city"),
        ({"notes": "hidden \u202e reversed"}, "notes"),
        ({"notes": "nul \x00 byte"}, "notes"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
    ],
)
def test_out_of_bounds_values_are_refused_with_the_field_named(data: dict, field: str) -> None:
    # "tomorrow" is taken when the test runs, not when it is collected (a run across midnight
    # would otherwise test today's date)
    if data.get("date_of_birth") == "TOMORROW":
        data = {"date_of_birth": (dt.date.today() + dt.timedelta(days=1)).isoformat()}
    with pytest.raises(InvalidField) as info:
        validate_fields(data)
    assert info.value.field == field


def test_uncommon_text_is_kept_exactly(uncommon_text: list[str]) -> None:
    for text in uncommon_text:
        fields = validate_fields({"notes": text, "place_of_birth": text.replace("\n", " ")})
        assert fields.notes == text


def test_values_are_normalised() -> None:
    fields = validate_fields(
        {"country": "kz", "tags": ["Urgent", "urgent", " lawyer "], "languages": ["RU"]}
    )
    assert fields.country == "KZ"
    assert fields.tags == ["urgent", "lawyer"]
    assert fields.languages == ["ru"]


def test_partial_name_edit_keeps_other_parts() -> None:
    fields = CaseFields(name_cyrillic=PersonName(surname="Смирнов", given="Иван"))
    updated = apply_changes(fields, {"name_cyrillic": {"given": "Пётр"}})
    assert updated.name_cyrillic == PersonName(surname="Смирнов", given="Пётр")
    assert changed_fields(fields, updated) == ["name_cyrillic"]


def test_unknown_fields_are_refused_on_edit() -> None:
    with pytest.raises(InvalidField):
        apply_changes(CaseFields(), {"cleared": True})


def test_display_name_prefers_cyrillic_then_latin_then_alias() -> None:
    assert CaseFields(aliases=["Vanya"]).display_name() == "Vanya"
    latin = CaseFields(name_latin=PersonName(surname="Smirnov"), aliases=["Vanya"])
    assert latin.display_name() == "Smirnov"
    both = latin.model_copy(update={"name_cyrillic": PersonName(surname="Смирнов")})
    assert both.display_name() == "Смирнов"
