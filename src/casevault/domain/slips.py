"""Typing slips on name words: how to undo the ones that change the whole word, and how much a
slip costs when it changes one or two letters.

A tired caseworker makes slips of a few kinds (docs/names.md, "Slips"). Two kinds rewrite the
whole word and are undone here before any matching, as *variants* of the typed word:

* **wrong layout**: the word typed with the keyboard in the other layout (`bdfyjd` for `иванов`,
  `Cvbhyjd` for `Смирнов`, `шмфтщм` for `ivanov`): every key maps back to its letter on the
  other layout (ЙЦУКЕН <-> QWERTY, the standard Russian and US layouts);
* **look-alike letters**: Latin `a o e c p x y` (and upper-case `B H K M T`) inside a Cyrillic
  word, or the Cyrillic look-alikes inside a Latin word, mapped to the word's main alphabet;
* **OCR slips** that merge or split letters (`rn` read as `m`, `cl` as `d`) or confuse two
  letters whose difference the phonetic key blurs (`in` read as `iu`, Cyrillic `т` as `ш`)
  are undone the same way, both directions, one place at a time.

The other kinds change one or two symbols of the phonetic key and are scored by
`slip_distance`, a Damerau-Levenshtein distance (optimal string alignment) whose substitution
costs follow the slips people make: an unstressed vowel confused (о/а, е/и/я: vowel classes
a e i u), a neighbouring key on either layout, an OCR confusion of single letters (и/н/п,
т/ш, l/i, m/n), two neighbouring letters swapped. A doubled letter costs nothing (keys collapse
repeats) and a dropped or added letter costs one edit.

The costs come from the two keyboard layouts and a few rules of similarity, never from a list
of names, so they apply to names the product has never seen.
"""

from __future__ import annotations

import functools
import itertools

from casevault.domain.transliteration import letter_symbol

CHEAP = 0.5  # vowel class confused: the most common slip in unstressed syllables
NEAR = 0.6  # neighbouring key, single-letter OCR confusion, two letters swapped
FULL = 1.0  # any other substitution, a dropped or added letter

# Rows of the standard layouts, key for key (the Russian ЙЦУКЕН on a US QWERTY keyboard).
_CYRILLIC_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_LATIN_ROWS = ("qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,.")
_UPPER_LATIN_ROWS = ("QWERTYUIOP{}", 'ASDFGHJKL:"', "ZXCVBNM<>")
_LAYOUT_TO_CYRILLIC: dict[str, str] = {
    **dict(zip("".join(_LATIN_ROWS) + "`", "".join(_CYRILLIC_ROWS) + "ё", strict=True)),
    **dict(
        zip("".join(_UPPER_LATIN_ROWS) + "~", "".join(_CYRILLIC_ROWS).upper() + "Ё", strict=True)
    ),
}  # fmt: skip
_LAYOUT_TO_LATIN: dict[str, str] = {
    cyr: lat for lat, cyr in _LAYOUT_TO_CYRILLIC.items() if lat.isalpha() and cyr.isalpha()
}

# Letters that look the same in both alphabets (lower case, and upper case only where the
# lower-case letters differ: `H`/`Н` but not `h`/`н`).
_LOOK_ALIKES = dict(zip("aoecpxykABCEHKMOPTX", "аоесрхукАВСЕНКМОРТХ", strict=True))
_LOOK_ALIKES_BACK = {cyr: lat for lat, cyr in _LOOK_ALIKES.items()} | {"і": "i", "І": "I"}

# OCR slips that merge or split letters, both directions (Latin print and Cyrillic print).
_OCR_REWRITES = (
    ("rn", "m"), ("cl", "d"), ("ii", "u"), ("li", "h"), ("нн", "ш"), ("лл", "м"),
    ("u", "n"), ("h", "b"), ("l", "i"), ("и", "н"), ("п", "н"), ("т", "ш"), ("в", "б"),
)  # fmt: skip

# Single letters that print or write alike (OCR of typed or handwritten documents).
_OCR_PAIRS = ("ин", "ип", "нп", "тш", "вб", "зэ", "li", "mn", "ce", "un", "hb", "ao")

_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў")


def _is_cyrillic(ch: str) -> bool:
    return ch.lower() in _CYRILLIC


def _is_latin(ch: str) -> bool:
    return "a" <= ch.lower() <= "z"


def layout_variant(token: str) -> str | None:
    """The token as meant when typed with the keyboard in the other layout, or None when that
    reading has no letters (`bdfyjd` -> `иванов`, `;eravf` -> `жукова`, `шмфтщм` -> `ivanov`).

    A token with Cyrillic letters is read back to QWERTY; any other token to ЙЦУКЕН (the keys
    `[ ] ; ' , .` and the back-quote are Cyrillic letters there).
    """
    if any(_is_cyrillic(ch) for ch in token):
        mapped = "".join(_LAYOUT_TO_LATIN.get(ch, ch) for ch in token)
    else:
        mapped = "".join(_LAYOUT_TO_CYRILLIC.get(ch, ch) for ch in token)
    return mapped if mapped != token and any(ch.isalpha() for ch in mapped) else None


def script_variant(token: str) -> str | None:
    """The token with look-alike letters of the minority alphabet written in the majority one
    (`Cидоров` with a Latin C -> `Сидоров`), or None when the token is in one alphabet only.
    On a tie Cyrillic wins (these are Russian names)."""
    cyrillic = sum(_is_cyrillic(ch) for ch in token)
    latin = sum(_is_latin(ch) for ch in token)
    if not cyrillic or not latin:
        return None
    table = _LOOK_ALIKES if cyrillic >= latin else _LOOK_ALIKES_BACK
    mapped = "".join(table.get(ch, ch) for ch in token)
    return mapped if mapped != token else None


def ocr_variants(token: str) -> list[str]:
    """The token with one OCR merge or split undone (`Smimov` -> `Smirnov`), every place."""
    found: list[str] = []
    lowered = token.casefold()
    for a, b in _OCR_REWRITES:
        for old, new in ((a, b), (b, a)):
            start = lowered.find(old)
            while start >= 0:
                found.append(token[:start] + new + token[start + len(old) :])
                start = lowered.find(old, start + 1)
    return found


@functools.cache
def _near_pairs() -> frozenset[frozenset[str]]:
    """Pairs of key symbols one slip apart: neighbouring keys on either layout (same row, or
    the two keys touching it on the next row) and single-letter OCR confusions."""
    letters: list[tuple[str, str]] = []
    for rows in (_CYRILLIC_ROWS, _LATIN_ROWS):
        for row_index, row in enumerate(rows):
            for i, ch in enumerate(row):
                letters += [(ch, other) for other in row[i + 1 : i + 2]]
                if row_index + 1 < len(rows):
                    below = rows[row_index + 1]
                    letters += [(ch, other) for other in below[max(0, i - 1) : i + 1]]
    letters += [(pair[0], pair[1]) for pair in _OCR_PAIRS]
    pairs: set[frozenset[str]] = set()
    for a, b in letters:
        if not (a.isalpha() and b.isalpha()):
            continue
        sa, sb = letter_symbol(a), letter_symbol(b)
        if sa and sb and sa != sb:
            pairs.add(frozenset((sa, sb)))
    return frozenset(pairs)


_KEY_VOWELS = frozenset("aeiu")


def substitution_cost(a: str, b: str) -> float:
    """What replacing key symbol `a` with `b` costs: 0 when equal, CHEAP between vowel classes,
    NEAR between neighbouring keys or OCR look-alikes, FULL otherwise."""
    if a == b:
        return 0.0
    if a in _KEY_VOWELS and b in _KEY_VOWELS:
        return CHEAP
    return NEAR if frozenset((a, b)) in _near_pairs() else FULL


def slip_distance(typed: str, stored: str) -> float:
    """Weighted optimal-string-alignment distance between two phonetic keys: the cheapest
    sequence of slips (substitutions weighted by `substitution_cost`, adjacent swaps NEAR,
    drops and additions FULL) turning `stored` into `typed`. Symmetric; 0 only for equal keys.
    Quadratic in the key lengths: call it on candidates already filtered by a plain edit
    distance (rapidfuzz), not on a whole vocabulary."""
    rows, cols = len(typed) + 1, len(stored) + 1
    d = [[0.0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i * FULL
    for j in range(cols):
        d[0][j] = j * FULL
    for i, j in itertools.product(range(1, rows), range(1, cols)):
        best = min(
            d[i - 1][j] + FULL,
            d[i][j - 1] + FULL,
            d[i - 1][j - 1] + substitution_cost(typed[i - 1], stored[j - 1]),
        )
        if i > 1 and j > 1 and typed[i - 1] == stored[j - 2] and typed[i - 2] == stored[j - 1]:
            best = min(best, d[i - 2][j - 2] + NEAR)
        d[i][j] = best
    return d[-1][-1]


def slip_score(typed: str, stored: str) -> float:
    """A 0-100 score for a fuzzy match (higher is closer): 100 minus ten points per unit of
    slip_distance, so one cheap slip scores 95, a neighbouring key 94, a dropped letter 90."""
    return max(0.0, 100.0 - 10.0 * slip_distance(typed, stored))
