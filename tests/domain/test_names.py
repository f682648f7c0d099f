"""Name keys and the duplicate rule on the development set (tests/data/name-variants.json).

Every form in a group must sound like every other form, in both directions; every `distinct`
pair must stay apart. The method is general (domain/transliteration.py), not a table of these
names: the last tests check names that are not in the set.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.names import (
    DuplicateReason,
    MatchTier,
    allowed_typos,
    blocking_keys,
    compare_words,
    duplicate_reasons,
    index_rows,
    name_words,
)
from casevault.domain.transliteration import MAX_READINGS, exact_form, phonetic_keys

DATA = json.loads((Path(__file__).parents[1] / "data" / "name-variants.json").read_text("utf-8"))
GROUPS: list[list[str]] = DATA["groups"]
DISTINCT: list[list[str]] = DATA["distinct"]
GROUP_PAIRS = [
    pytest.param(a, b, id=f"{group[0]}:{a}->{b}")
    for group in GROUPS
    for a, b in itertools.permutations(group, 2)
]


def _word(text: str) -> tuple[str, ...]:
    return phonetic_keys(text)


@pytest.mark.parametrize(("query", "stored"), GROUP_PAIRS)
def test_every_form_of_a_group_finds_every_other(query: str, stored: str) -> None:
    [q], [s] = name_words(query), name_words(stored)
    result = compare_words(q, s)
    assert result is not None
    assert result[0] <= MatchTier.PHONETIC


@pytest.mark.parametrize(("first", "second"), DISTINCT)
def test_distinct_names_never_share_a_key(first: str, second: str) -> None:
    assert not set(_word(first)) & set(_word(second))
    assert not set(_word(second)) & set(_word(first))


def _case(
    surname: str, given: str = "", dob: dt.date | None = None, latin: bool = False
) -> CaseFields:
    name = PersonName(surname=surname, given=given)
    if latin:
        return CaseFields(name_latin=name, date_of_birth=dob)
    return CaseFields(name_cyrillic=name, date_of_birth=dob)


@pytest.mark.parametrize(("first", "second"), DISTINCT)
def test_distinct_pairs_are_not_duplicates(first: str, second: str) -> None:
    born = dt.date(1990, 5, 17)
    assert duplicate_reasons(_case(first, "Иван", born), _case(second, "Иван", born)) == ()


@pytest.mark.parametrize("group", GROUPS[:35], ids=[g[0] for g in GROUPS[:35]])
def test_surname_spellings_are_duplicates_with_same_birth_date(group: list[str]) -> None:
    born = dt.date(1991, 2, 3)
    cyrillic = _case(group[0], "Иван", born)
    for spelling in group[1:]:
        reasons = duplicate_reasons(cyrillic, _case(spelling, "Ivan", born, latin=True))
        assert reasons == (
            DuplicateReason.SAME_NAME_OTHER_SPELLING,
            DuplicateReason.SAME_DATE_OF_BIRTH,
        )


def test_exact_spelling_ranks_before_phonetic_before_fuzzy() -> None:
    [query] = name_words("Smirnov")
    exact = compare_words(query, name_words("SMIRNOV")[0])
    phonetic = compare_words(query, name_words("Смирнов")[0])
    fuzzy = compare_words(query, name_words("Smirmov")[0])
    assert exact is not None
    assert exact[0] is MatchTier.EXACT
    assert phonetic is not None
    assert phonetic[0] is MatchTier.PHONETIC
    assert fuzzy is not None
    assert fuzzy[0] is MatchTier.FUZZY


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("Smirmov", "Смирнов"),  # one wrong letter
        ("Kuznetcov", "Кузнецов"),  # a letter too many
        ("Kudravtsev", "Кудрявцев"),  # a letter missing
        ("Chuvilyaef", "Чувиляев"),  # two changes
        ("Шишкен", "Шишкин"),
    ],
)
def test_one_or_two_typos_match_fuzzily(query: str, stored: str) -> None:
    result = compare_words(name_words(query)[0], name_words(stored)[0])
    assert result is not None
    assert result[0] <= MatchTier.FUZZY


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Чувиляев", "Chuviliaev"),
        ("Чувиляев", "Tchouviliaev"),
        ("Чувиляев", "Tschuwiljajew"),
        ("Смирнов", "Smirnoff"),
        ("Смирнов", "Smirnow"),
        ("Фёдоров", "Fyodorov"),
        ("Жуков", "Joukov"),
        ("Жуков", "Shukow"),
        ("Щербаков", "Chtcherbakov"),
        ("Алексей", "Alexei"),
        ("Юрий", "Iurii"),
        ("Цой", "Tsoi"),
        ("Хабибуллин", "Habibullin"),
    ],
)
def test_names_outside_the_development_set(first: str, second: str) -> None:
    assert set(phonetic_keys(first)) & set(phonetic_keys(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [("Иванов", "Иванова"), ("Попов", "Петров"), ("Александр", "Александра"), ("Ivan", "Ian")],
)
def test_different_names_outside_the_set_stay_apart(first: str, second: str) -> None:
    assert not set(phonetic_keys(first)) & set(phonetic_keys(second))


def test_latin_readings_are_bounded() -> None:
    assert 1 <= len(phonetic_keys("Chochjachjochjuchjax" * 3)) <= MAX_READINGS


def test_words_without_letters_or_initials_give_no_words() -> None:
    assert name_words("I. -- 42 ' ") == []
    assert phonetic_keys("1234") == ()
    assert exact_form("Семён") == exact_form("СЕМЕН")


def test_short_keys_tolerate_no_typos_and_long_keys_two() -> None:
    assert allowed_typos("ivn") == 0
    assert allowed_typos("ivan") == 1
    assert allowed_typos("smirnev") == 2


@pytest.mark.parametrize("key", ["ilin", "sidev", "ivanev", "smirnev", "kusnesev"])
def test_blocking_covers_every_single_edit_and_swap(key: str) -> None:
    """Whatever one slip does to the stored key, the typed key's blocks still reach it: a scan
    of the vocabulary from one of the typed key's prefixes or its reversed suffix."""
    typed_keys = {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)}
    typed_keys |= {key[:i] + "z" + key[i + 1 :] for i in range(len(key))}
    typed_keys |= {key[:i] + key[i + 1 :] for i in range(len(key))}
    typed_keys |= {key[:i] + "z" + key[i:] for i in range(len(key) + 1)}
    for typed in typed_keys - {key}:
        prefixes, reversed_suffix = blocking_keys(typed)
        assert key.startswith(prefixes) or key[::-1].startswith(reversed_suffix), typed


def test_index_rows_carry_spelling_and_keys_per_part() -> None:
    fields = CaseFields(
        name_cyrillic=PersonName(surname="Смирнов", given="Иван"),
        name_latin=PersonName(surname="Smirnov", given="Ivan"),
        aliases=["I. Smirnoff"],
    )
    rows = index_rows(fields)
    assert ("t", "s", "смирнов") in rows
    assert ("t", "s", "smirnov") in rows
    assert ("k", "s", "smirnev") in rows
    assert ("k", "a", "smirnev") in rows
    assert ("k", "g", "ivan") in rows


def test_duplicate_rule_date_of_birth_and_missing_parts() -> None:
    born, other = dt.date(1990, 1, 1), dt.date(1991, 1, 1)
    assert (
        duplicate_reasons(_case("Смирнов", "Иван", born), _case("Smirnov", "Ivan", other, True))
        == ()
    )
    assert duplicate_reasons(_case("Смирнов", "Иван"), _case("Smirnoff", "Iwan", born, True)) == (
        DuplicateReason.SAME_NAME_OTHER_SPELLING,
        DuplicateReason.DATE_OF_BIRTH_MISSING,
    )
    assert duplicate_reasons(_case("Смирнов", "Иван", born), _case("Смирнов", "Иван", born)) == (
        DuplicateReason.SAME_NAME,
        DuplicateReason.SAME_DATE_OF_BIRTH,
    )
    # A missing given name needs equal, known birth dates.
    assert duplicate_reasons(_case("Смирнов", "", born), _case("Smirnov", "Ivan", born, True))
    assert duplicate_reasons(_case("Смирнов", ""), _case("Smirnov", "Ivan", born, True)) == ()
    # Different given names or patronymics: different men.
    assert duplicate_reasons(_case("Смирнов", "Иван", born), _case("Смирнов", "Пётр", born)) == ()
    with_patronymic = CaseFields(
        name_cyrillic=PersonName(surname="Смирнов", given="Иван", patronymic="Петрович")
    )
    other_patronymic = CaseFields(
        name_cyrillic=PersonName(surname="Смирнов", given="Иван", patronymic="Олегович")
    )
    assert duplicate_reasons(with_patronymic, other_patronymic) == ()
    # A typo is enough to find a case, never to call two men the same.
    assert (
        duplicate_reasons(_case("Смирнов", "Иван", born), _case("Smirmov", "Ivan", born, True))
        == ()
    )
