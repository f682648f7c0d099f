"""The passphrase rule: what is refused (the same in the CLI and the app) and a strength estimate.

Refused (`passphrase_problem`): fewer than MIN_LENGTH characters; a well-known password or one
word with digits or symbols around it (`Password1!`, `пароль12345`, `dragon2024`); a keyboard
row or a run of digits (`qwertyuiop`, `12345678`); or anything the estimate puts below
REFUSE_BELOW_BITS. What passes is not proof of strength; the estimate only guides a person
while typing. It rewards length and several words, and punishes what guessing tools try first.
Pure: no I/O, no Qt (the app's meter, gui/safety/passphrase_strength.py, shows this same rule).
"""

from __future__ import annotations

import math
import re
from enum import IntEnum, StrEnum

from casevault.domain.common_passwords import COMMON_PASSWORDS, DICTIONARY_WORDS

MIN_LENGTH = 8
REFUSE_BELOW_BITS = 40.0
WORD_BITS = 11.0  # a word drawn from a large list adds about 11 bits
_RUN = re.compile(r"(.)\1{2,}")
_WORD_SEPARATORS = re.compile(r"[\s\-_.,;:/+]+")
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_LOOK_ALIKES = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "3": "e", "$": "s",
                              "5": "s", "7": "t", "!": "i"})  # fmt: skip
_KEYBOARD_ROWS = (
    "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ",
    "ячсмитьбю", "qwertzuiop", "azertyuiop", "0987654321",
)  # fmt: skip
_PENALISED = tuple(word for word in COMMON_PASSWORDS if len(word) >= 5)


class PassphraseProblem(StrEnum):
    """Why a passphrase is refused (the edge turns each into a sentence)."""

    TOO_SHORT = "too-short"
    COMMON = "common"
    SINGLE_WORD = "single-word"
    PATTERN = "pattern"
    GUESSABLE = "guessable"


class Strength(IntEnum):
    """From refused to strong; the app's meter shows one of these."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def _pool_size(passphrase: str) -> int:
    pool = 0
    for pattern, size in (
        (r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[а-яё]", 33), (r"[А-ЯЁ]", 33),
        (r"[^a-zA-Z0-9а-яёА-ЯЁ]", 33),
    ):  # fmt: skip
        if re.search(pattern, passphrase):
            pool += size
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
    if any(word in lowered for word in _PENALISED):
        bits *= 0.4
    words = {w.lower() for w in _WORD_SEPARATORS.split(passphrase) if len(w) >= 3}
    if len(words) >= 4:
        bits = max(bits, WORD_BITS * len(words))
    return bits


def _is_keyboard_pattern(text: str) -> bool:
    """A stretch of a keyboard row or of the digits, either way round (`qwertyuiop`, `4321`)."""
    if len(text) < 4:
        return False
    return any(text in row or text in row[::-1] for row in _KEYBOARD_ROWS) or len(set(text)) <= 2


def passphrase_problem(passphrase: str) -> PassphraseProblem | None:
    """Why `passphrase` must be refused, or None if it may protect a vault."""
    if len(passphrase) < MIN_LENGTH:
        return PassphraseProblem.TOO_SHORT
    lowered = passphrase.lower().strip()
    squeezed = _WORD_SEPARATORS.sub("", lowered)
    core = _EDGES.sub("", lowered)  # the word inside `Password1!` or `пароль12345`
    undone = lowered.translate(_LOOK_ALIKES)  # p@ssw0rd -> password
    candidates = {lowered, squeezed, core, undone, core.translate(_LOOK_ALIKES)}
    candidates.add(_EDGES.sub("", undone))
    if candidates & COMMON_PASSWORDS or candidates & DICTIONARY_WORDS:
        return PassphraseProblem.COMMON
    if _is_keyboard_pattern(squeezed) or (core and _is_keyboard_pattern(core)) or not core:
        return PassphraseProblem.PATTERN
    if core.isalpha() and len(core) < 16:
        # One word, whatever the word: dictionaries of every language are tried first.
        return PassphraseProblem.SINGLE_WORD
    if estimate_bits(passphrase) < REFUSE_BELOW_BITS:
        return PassphraseProblem.GUESSABLE
    return None


def estimate(passphrase: str) -> Strength:
    """The meter's level for `passphrase`: TOO_SHORT or WEAK exactly when it is refused."""
    problem = passphrase_problem(passphrase)
    if problem is PassphraseProblem.TOO_SHORT:
        return Strength.TOO_SHORT
    if problem is not None:
        return Strength.WEAK
    bits = estimate_bits(passphrase)
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG
