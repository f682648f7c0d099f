"""The passphrase strength meter: a bar and plain advice under a passphrase field.

The rule and the estimate live in domain/passphrase_strength.py, so the app refuses exactly what
the CLI refuses (services.vaults.check_passphrase): the meter shows TOO_SHORT or WEAK for every
passphrase the services would refuse.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from casevault.domain.passphrase_strength import (
    MIN_LENGTH,
    PassphraseProblem,
    Strength,
    estimate,
    estimate_bits,
    passphrase_problem,
)
from casevault.gui.kit.colours import ERROR, FAIR, GOOD, OK, WEAK

__all__ = ["Strength", "StrengthMeter", "estimate", "estimate_bits"]
MIN_PASSPHRASE_LENGTH = MIN_LENGTH


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
            Strength.TOO_SHORT: ERROR,
            Strength.WEAK: WEAK,
            Strength.FAIR: FAIR,
            Strength.GOOD: GOOD,
            Strength.STRONG: OK,
        }
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[level]}; }}")
        self.advice.setText(self._advice(level, passphrase_problem(passphrase)))
        return level

    def _advice(self, level: Strength, problem: PassphraseProblem | None) -> str:
        if level == Strength.TOO_SHORT:
            return self.tr(
                "Too short: use at least %1 characters. Best: four or more random words "
                "that mean nothing together."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        if problem in (PassphraseProblem.COMMON, PassphraseProblem.SINGLE_WORD):
            return self.tr(
                "Weak: easy to guess. A well-known password or a single word is tried first. "
                "Use four or more random words."
            )
        if level == Strength.WEAK:
            return self.tr("Weak: easy to guess. Add more words; length matters more than symbols.")
        if level == Strength.FAIR:
            return self.tr("Fair: add one or two more random words to make it strong.")
        if level == Strength.GOOD:
            return self.tr("Good. Do not use this passphrase anywhere else.")
        return self.tr("Strong. Do not use this passphrase anywhere else.")
