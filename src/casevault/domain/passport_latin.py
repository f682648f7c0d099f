"""Passport transliteration of Russian names, both ways, for suggestions in the case form.

Cyrillic to Latin follows the table of Russian international passports since 2013 (ICAO Doc
9303: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ъ ie, ы y, ь dropped, ю iu, я ia, й i, ё e). The
way back is a best guess (a Latin spelling can come from several Cyrillic ones: "i" is и or й,
"e" is е or э or ё), good enough as a suggestion a person checks, never as a fact. Pure: no
storage, no Qt; the form only ever offers the result, it never writes over typed text.
"""

from __future__ import annotations

import re

from casevault.domain.romanisations import letter_table

# The passport table is the ICAO one the dossier prints too (one table, domain/romanisations.py).
_TO_LATIN: dict[str, str] = letter_table("ICAO")

# Longest first; "ie" is left to the vowel rules (ъе is rare, ие common).
_TO_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("iu", "ю"), ("ia", "я"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("y", "ы"), ("w", "в"),
    ("h", "х"), ("c", "к"), ("j", "й"), ("x", "кс"), ("q", "к"),
)  # fmt: skip
_VOWELS_CYRILLIC = "аеёиоуыэюя"


def _cased(source: str, result: str) -> str:
    if not result or not source[:1].isupper():
        return result
    if len(source) > 1 and source.isupper():
        return result.upper()
    return result[:1].upper() + result[1:]


def to_latin(text: str) -> str:
    """`text` with Russian letters in passport Latin; other characters kept. A word written
    in capitals stays in capitals (ЦОЙ -> TSOI, not TsOI)."""
    words = re.split(r"(\W+)", text)
    out = []
    for word in words:
        shouting = len(word) > 1 and word.isupper()
        for char in word:
            latin = _TO_LATIN.get(char.lower())
            if latin is None:
                out.append(char)
            else:
                out.append(latin.upper() if shouting else _cased(char, latin))
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """A best guess of the Cyrillic spelling behind a passport Latin `text`.

    Word-final "ii"/"iy"/"yi" after a consonant become -ий, "i" after a vowel becomes й
    (Sergei -> Сергей), and "e" at the start of a word becomes э only for "e" alone."""
    out: list[str] = []
    index = 0
    lower = text.lower()
    while index < len(text):
        for latin, cyrillic in _TO_CYRILLIC:
            if lower.startswith(latin, index):
                piece = text[index : index + len(latin)]
                previous = out[-1].lower()[-1:] if out else ""
                at_end = not lower[index + len(latin) : index + len(latin) + 1].isalpha()
                if latin in ("i", "y") and previous and previous in _VOWELS_CYRILLIC and at_end:
                    cyrillic = "й"  # Sergei, Dmitrii, Aleksei: -ей, -ий, -ей
                out.append(_cased(piece, cyrillic))
                index += len(latin)
                break
        else:
            out.append(text[index])
            index += 1
    return "".join(out)
