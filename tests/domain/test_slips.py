"""Whole-word slips undone, and the weighted slip distance between phonetic keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.domain.slips import (
    CHEAP,
    FULL,
    NEAR,
    layout_variant,
    ocr_variants,
    script_variant,
    slip_distance,
    slip_score,
    substitution_cost,
)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("bdfyjd", "иванов"),  # Cyrillic typed with the keyboard left on QWERTY
        (";erjdf", "жукова"),  # ж is the ; key
        ("Cvbhyjd", "Смирнов"),  # capitals follow
        ("[fkbkjd", "халилов"),  # х is the [ key
        ("шмфтщм", "ivanov"),  # Latin typed with the keyboard left on ЙЦУКЕН
    ],
)
def test_wrong_layout_is_read_back(typed: str, meant: str) -> None:
    assert layout_variant(typed) == meant


def test_layout_reading_without_letters_is_none() -> None:
    assert layout_variant("123") is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Cидоров", "Сидоров"),  # Latin C in a Cyrillic word
        ("Пoпoв", "Попов"),  # Latin o twice
        ("Chеrnykh", "Chernykh"),  # Cyrillic е in a Latin word
        ("Smirnоv", "Smirnov"),
    ],
)
def test_look_alike_letters_join_the_main_alphabet(typed: str, meant: str) -> None:
    assert script_variant(typed) == meant


def test_words_in_one_alphabet_have_no_script_variant() -> None:
    assert script_variant("Сидоров") is None
    assert script_variant("Sidorov") is None


def test_ocr_merges_and_splits_are_undone_one_place_at_a_time() -> None:
    assert "Smirnov" in ocr_variants("Smimov")
    assert "Kudrin" in ocr_variants("Kuclrin")
    assert "Smimov" in ocr_variants("Smirnov")
    assert ocr_variants("Popov") == []


def test_costs_follow_the_slips_people_make() -> None:
    assert substitution_cost("a", "e") == CHEAP  # о/а: an unstressed vowel
    assert substitution_cost("n", "g") == NEAR  # н/г: neighbours on ЙЦУКЕН
    assert substitution_cost("r", "t") == NEAR  # r/t: neighbours on QWERTY
    assert substitution_cost("b", "k") == FULL
    assert slip_distance("ivnaev", "ivanev") == NEAR  # two letters swapped
    assert slip_distance("smrnev", "smirnev") == FULL  # a letter dropped


def test_likelier_slips_score_higher() -> None:
    assert slip_score("ivanav", "ivanev") > slip_score("ivagev", "ivanev")
    assert slip_score("ivagev", "ivanev") > slip_score("ivakev", "ivanev")
    assert slip_score("ivanev", "ivanev") == 100.0


_KEYS = st.text(alphabet="abdegiklmnprstuvx", max_size=12)


@given(_KEYS, _KEYS)
def test_slip_distance_is_symmetric_and_zero_only_for_equal_keys(a: str, b: str) -> None:
    assert slip_distance(a, b) == pytest.approx(slip_distance(b, a))
    assert (slip_distance(a, b) == 0) == (a == b)
