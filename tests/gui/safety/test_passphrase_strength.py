"""The strength meter rewards length and words, and punishes well-known patterns."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from casevault.gui.safety.passphrase_strength import Strength, StrengthMeter, estimate

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("passphrase", "level"),
    [
        ("", Strength.TOO_SHORT),
        ("abc1234", Strength.TOO_SHORT),
        ("password123", Strength.WEAK),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("violet tractor lantern seventeen", Strength.STRONG),
        ("фиолетовый трактор фонарь семнадцать", Strength.STRONG),
    ],
)
def test_levels(passphrase: str, level: Strength) -> None:
    assert estimate(passphrase) == level


def test_meter_shows_advice(qtbot) -> None:  # type: ignore[no-untyped-def]
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    assert meter.update_for("password1") == Strength.WEAK
    assert meter.advice.text().startswith("Weak: easy to guess.")
    assert meter.bar.value() == 1
    assert meter.bar.accessibleName() == "Passphrase strength"
