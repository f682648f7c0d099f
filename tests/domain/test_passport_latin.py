"""Passport transliteration both ways (suggestions for the case form)."""

from __future__ import annotations

import pytest

from casevault.domain.passport_latin import to_cyrillic, to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Чувиляев", "Chuviliaev"),
        ("Щукин", "Shchukin"),
        ("Ёжиков", "Ezhikov"),
        ("Юрьевич", "Iurevich"),
        ("Объедков", "Obieedkov"),
        ("Хабибуллин", "Khabibullin"),
        ("ЦОЙ", "TSOI"),
        ("Анна-Мария", "Anna-Mariia"),
    ],
)
def test_passport_latin_follows_the_2013_table(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Chuviliaev", "Чувиляев"),
        ("Sergei", "Сергей"),
        ("Dmitrii", "Дмитрий"),
        ("Shchukin", "Щукин"),
        ("Iakovlev", "Яковлев"),
        ("Khabibullin", "Хабибуллин"),
        ("IVANOV", "ИВАНОВ"),
    ],
)
def test_the_way_back_is_a_good_guess(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


def test_other_characters_are_kept() -> None:
    assert to_latin("O'Нил 2") == "O'Nil 2"
    assert to_cyrillic("") == ""
