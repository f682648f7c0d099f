"""The Latin spellings a Cyrillic name is likely to have on a man's documents.

A clerk at OFPRA matches a dossier against a passport (ICAO transliteration since 2013), an old
passport or visa (often a French or German spelling), and forms filled in by the man himself
(English spelling). The dossier lists the spelling under each common system, so that none of
his documents looks like somebody else's. Search does not need these (domain/transliteration.py
compares names through phonetic keys); they are for people.

Pure and deterministic. Only whole words are transliterated; letters outside the Russian
alphabet are kept as they are.
"""

from __future__ import annotations

import re

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "ы": "y", "э": "e", "ь": "", "ъ": "",
}  # fmt: skip

# Letters each system writes differently (the rest as _COMMON).
_SYSTEMS: dict[str, dict[str, str]] = {
    # ICAO Doc 9303, used in Russian passports since 2013.
    "ICAO": {
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "ie",
        "ы": "y",
        "ю": "iu",
        "я": "ia",
    },
    # English usage (BGN/PCGN, simplified as in the press).
    "English": {
        "е": "e",
        "ё": "yo",
        "ж": "zh",
        "й": "y",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ю": "yu",
        "я": "ya",
    },
    # French usage (older passports, French administration).
    "French": {
        "е": "e",
        "ё": "io",
        "ж": "j",
        "й": "ï",
        "х": "kh",
        "ц": "ts",
        "ч": "tch",
        "ш": "ch",
        "щ": "chtch",
        "у": "ou",
        "ю": "iou",
        "я": "ia",
        "в": "v",
        "с": "s",
    },
    # German usage (Duden).
    "German": {
        "е": "e",
        "ё": "jo",
        "ж": "sh",
        "з": "s",
        "й": "i",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "в": "w",
        "с": "s",
        "ю": "ju",
        "я": "ja",
        "ы": "y",
    },
}
SYSTEMS: tuple[str, ...] = tuple(_SYSTEMS)
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")


def _word(word: str, table: dict[str, str], system: str) -> str:
    out = []
    for index, letter in enumerate(word.lower()):
        previous = word[index - 1].lower() if index else ""
        latin = table.get(letter, _COMMON.get(letter, letter))
        if system == "French" and letter == "с" and previous in "аеёиоуыэюя" and index:
            nxt = word[index + 1].lower() if index + 1 < len(word) else ""
            latin = "ss" if nxt and nxt in "аеёиоуыэюя" else "s"  # s between vowels is 'ss'
        if (
            letter == "е"
            and system in ("English", "French", "German")
            and (index == 0 or previous in "аеёиоуыэюяъь")
        ):
            latin = {"English": "ye", "French": "ie", "German": "je"}[system]
        out.append(latin)
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def letter_table(system: str) -> dict[str, str]:
    """Lower-case Russian letter -> its Latin spelling in `system` (before the rules on
    context, e.g. word-initial е), for callers that spell letter by letter."""
    return {**_COMMON, **_SYSTEMS[system]}


def romanise(text: str, system: str) -> str:
    """`text` with each Cyrillic word written in `system` (one of SYSTEMS)."""
    table = _SYSTEMS[system]
    return _CYRILLIC_WORD.sub(lambda match: _word(match.group(0), table, system), text)


def romanisations(text: str) -> dict[str, str]:
    """System name -> spelling of `text`, for every system ({} if `text` has no Cyrillic)."""
    if not _CYRILLIC_WORD.search(text):
        return {}
    return {system: romanise(text, system) for system in SYSTEMS}
