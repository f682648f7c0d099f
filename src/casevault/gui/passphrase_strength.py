"""Passphrase strength: a rough estimate and a meter with plain advice.

The estimate only guides a person while typing; the hard rule (minimum length) is enforced by
services.vaults.check_passphrase. It rewards length and several words, and punishes the
patterns that guessing tools try first (repeats, runs, keyboard rows, well-known words).
"""

from __future__ import annotations

import math
import re
from enum import IntEnum

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from casevault.services.vaults import MIN_PASSPHRASE_LENGTH

_COMMON = (
    "password", "passwort", "qwerty", "йцукен", "пароль", "123456", "admin", "letmein",
    "iloveyou", "welcome", "monkey", "dragon", "abc123", "111111", "secret", "casevault",
)  # fmt: skip
_RUN = re.compile(r"(.)\1{2,}")


class Strength(IntEnum):
    """From refused to strong; the meter shows one of these."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def _pool_size(passphrase: str) -> int:
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[а-яё]", passphrase):
        pool += 33
    if re.search(r"[А-ЯЁ]", passphrase):
        pool += 33
    if re.search(r"[^a-zA-Z0-9а-яёА-ЯЁ]", passphrase):
        pool += 33
    return max(pool, 1)


def estimate_bits(passphrase: str) -> float:
    """A conservative guess of the bits of entropy (an estimate, not a measurement)."""
    if not passphrase:
        return 0.0
    lowered = passphrase.lower()
    effective = len(set(passphrase)) + 0.5 * (len(passphrase) - len(set(passphrase)))
    bits = effective * math.log2(_pool_size(passphrase))
    if _RUN.search(passphrase):
        bits *= 0.7
    if any(word in lowered for word in _COMMON):
        bits *= 0.4
    words = [w for w in re.split(r"[\s\-_.,]+", passphrase) if len(w) >= 3]
    if len(words) >= 4:
        bits = max(bits, 11.0 * len(words))  # a word from a large list adds about 11 bits
    return bits


def estimate(passphrase: str) -> Strength:
    """The meter's level for `passphrase`."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG


class StrengthMeter(QWidget):
    """A bar and one sentence of advice under a passphrase field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, int(Strength.STRONG))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Passphrase advice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.advice)
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        """Show the level and advice for `passphrase`; return the level."""
        level = estimate(passphrase)
        self.bar.setValue(int(level))
        colours = {
            Strength.TOO_SHORT: "#b00020",
            Strength.WEAK: "#d9480f",
            Strength.FAIR: "#e0a800",
            Strength.GOOD: "#2b8a3e",
            Strength.STRONG: "#1b6e2e",
        }
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[level]}; }}")
        self.advice.setText(self._advice(level))
        return level

    def _advice(self, level: Strength) -> str:
        if level == Strength.TOO_SHORT:
            return self.tr(
                "Too short: use at least %1 characters. Best: four or more random words "
                "that mean nothing together."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        if level == Strength.WEAK:
            return self.tr("Weak: easy to guess. Add more words; length matters more than symbols.")
        if level == Strength.FAIR:
            return self.tr("Fair: add one or two more random words to make it strong.")
        if level == Strength.GOOD:
            return self.tr("Good. Do not use this passphrase anywhere else.")
        return self.tr("Strong. Do not use this passphrase anywhere else.")
