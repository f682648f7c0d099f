"""A simple passport-style Cyrillic-to-Latin transliteration, enough to make synthetic Latin names.

This is not the search method (that is domain/names); it only gives generated cases a Latin form
the way a Russian passport would print it.
"""

from __future__ import annotations

_TABLE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "ie",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}


def to_latin(text: str) -> str:
    """Transliterate Cyrillic letters (ICAO 9303 / Russian passport style); keep others."""
    out = []
    for ch in text:
        low = ch.lower()
        latin = _TABLE.get(low)
        if latin is None:
            out.append(ch)
        elif ch != low:
            out.append(latin.capitalize())
        else:
            out.append(latin)
    return "".join(out)
