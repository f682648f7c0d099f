"""domain/passphrase_strength.py: the one rule the CLI and the app's meter share."""

from __future__ import annotations

import pytest

from casevault.domain.passphrase_strength import (
    PassphraseProblem,
    Strength,
    estimate,
    passphrase_problem,
)


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("abc1234", PassphraseProblem.TOO_SHORT),
        ("password", PassphraseProblem.COMMON),
        ("Password1!", PassphraseProblem.COMMON),
        ("p@ssw0rd", PassphraseProblem.COMMON),
        ("12345678", PassphraseProblem.COMMON),
        ("qwertyuiop", PassphraseProblem.COMMON),
        ("mnbvcxz1", PassphraseProblem.PATTERN),
        ("98765432", PassphraseProblem.PATTERN),
        ("zzzzzzzzzz", PassphraseProblem.PATTERN),
        ("пароль12345", PassphraseProblem.COMMON),
        ("passport", PassphraseProblem.COMMON),
        ("свобода2024", PassphraseProblem.COMMON),
        ("Unbelievable", PassphraseProblem.SINGLE_WORD),
        ("elephant2024!", PassphraseProblem.SINGLE_WORD),
        ("password password", PassphraseProblem.GUESSABLE),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(
    passphrase: str, problem: PassphraseProblem
) -> None:
    assert passphrase_problem(passphrase) is problem
    assert estimate(passphrase) <= Strength.WEAK


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",  # the test fixtures' passphrase
        "violet tractor lantern seventeen",
        "фиолетовый трактор фонарь семнадцать",
        "a brand new passphrase",
        "demo-passphrase",
        "xkq7Tz!pLm3v",
    ],
)
def test_good_passphrases_pass_and_the_meter_agrees(passphrase: str) -> None:
    assert passphrase_problem(passphrase) is None
    assert estimate(passphrase) >= Strength.FAIR
