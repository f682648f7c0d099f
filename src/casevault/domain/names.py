"""Name matching across alphabets: words, match tiers, index rows and the duplicate rule.

Builds on domain/transliteration.py (one word -> phonetic keys). Everything here is pure, so the
vault can store exactly what this module computes and the services can rank with it.

Tiers, best first (docs/names.md):
* EXACT: the same spelling, ignoring case and accents (`Smirnov` = `smirnov`).
* PHONETIC: another spelling of the same sounds (`Смирнов` = `Smirnoff` = `Smirnow`).
* FUZZY: phonetic keys within `allowed_typos` edits (`Smirmov`, `Smirnvo`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Literal

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.transliteration import exact_form, phonetic_keys

NamePart = Literal["s", "g", "p", "a"]  # surname, given name, patronymic, alias
NAME_PARTS: tuple[NamePart, ...] = ("s", "g", "p", "a")
# Bounds the work for one query or one case: nobody types more name words than this.
MAX_QUERY_WORDS = 8
MAX_WORDS_PER_PART = 8
_WORD = re.compile(r"[^\W\d_]+(?:['’ʹʺ][^\W\d_]+)*", re.UNICODE)


class MatchTier(IntEnum):
    """How a query word matched a stored name word; lower is better."""

    EXACT = 0
    PHONETIC = 1
    FUZZY = 2


@dataclass(frozen=True)
class NameWord:
    """One word of a name: its spelling (case/accent-blind) and its phonetic keys."""

    exact: str
    keys: tuple[str, ...]

    @property
    def primary_key(self) -> str:
        """The key of the most common reading (used for blocking and fuzzy scoring)."""
        return self.keys[0]


def name_words(text: str, limit: int = MAX_WORDS_PER_PART) -> list[NameWord]:
    """The words of a name with at least two letters (initials such as `I.` carry no sound)."""
    words: list[NameWord] = []
    for match in _WORD.finditer(text):
        token = match.group(0)
        keys = phonetic_keys(token)
        if len(exact_form(token)) < 2 or not keys:
            continue
        words.append(NameWord(exact_form(token), keys))
        if len(words) >= limit:
            break
    return words


def allowed_typos(key: str) -> int:
    """Edits tolerated on a phonetic key: none for very short keys, where one edit is another
    name (`ivan`/`ian`), one up to five symbols, two beyond."""
    if len(key) <= 3:
        return 0
    return 1 if len(key) <= 5 else 2


def compare_words(query: NameWord, stored: NameWord) -> tuple[MatchTier, float] | None:
    """The tier and a 0-100 score of `stored` for `query`, or None when they do not match."""
    if query.exact == stored.exact:
        return MatchTier.EXACT, 100.0
    if set(query.keys) & set(stored.keys):
        return MatchTier.PHONETIC, ratio(query.exact, stored.exact) / 100.0 + 99.0
    best: float | None = None
    for q_key in query.keys:
        limit = allowed_typos(q_key)
        for s_key in stored.keys:
            if Levenshtein.distance(q_key, s_key, score_cutoff=limit) <= limit:
                score = ratio(q_key, s_key)
                best = score if best is None else max(best, score)
    return None if best is None else (MatchTier.FUZZY, best)


def blocking_keys(key: str) -> tuple[str, str]:
    """(prefix, reversed suffix) of a key, each about half of it. One typo leaves at least one
    half intact, so fuzzy candidates are found through two indexed range scans."""
    half = max(2, (len(key) + 1) // 2)
    return key[:half], key[::-1][:half]


def _part_texts(fields: CaseFields) -> dict[NamePart, list[str]]:
    def both(attr: str) -> list[str]:
        names: tuple[PersonName, ...] = (fields.name_cyrillic, fields.name_latin)
        return [text for text in (getattr(name, attr) for name in names) if text]

    return {
        "s": both("surname"),
        "g": both("given"),
        "p": both("patronymic"),
        "a": list(fields.aliases),
    }


def case_name_forms(fields: CaseFields) -> dict[NamePart, list[list[NameWord]]]:
    """Per name part, each written form (Cyrillic, Latin, each alias) as its list of words."""
    forms: dict[NamePart, list[list[NameWord]]] = {}
    for part, texts in _part_texts(fields).items():
        forms[part] = [words for words in (name_words(text) for text in texts) if words]
    return forms


def index_rows(fields: CaseFields) -> set[tuple[str, NamePart, str]]:
    """(kind, part, value) rows the vault stores for a case: kind 't' = exact spelling,
    'k' = phonetic key. Deterministic, so re-indexing an unchanged case writes the same rows."""
    rows: set[tuple[str, NamePart, str]] = set()
    for part, forms in case_name_forms(fields).items():
        for words in forms:
            for word in words:
                rows.add(("t", part, word.exact))
                rows.update(("k", part, key) for key in word.keys)
    return rows


def _forms_match(a: list[NameWord], b: list[NameWord]) -> tuple[bool, bool]:
    """(matches, same spelling): every word of the shorter form sounds like a word of the other."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    same = True
    for word in shorter:
        found = [compare_words(word, other) for other in longer]
        tiers = [hit[0] for hit in found if hit is not None and hit[0] <= MatchTier.PHONETIC]
        if not tiers:
            return False, False
        same = same and min(tiers) == MatchTier.EXACT
    return True, same


def _part_match(a: list[list[NameWord]], b: list[list[NameWord]]) -> tuple[bool, bool] | None:
    """None when a side lacks the part; else (matches, same spelling) over any pair of forms."""
    if not a or not b:
        return None
    best = (False, False)
    for form_a in a:
        for form_b in b:
            result = _forms_match(form_a, form_b)
            if result[1]:
                return result
            best = max(best, result)
    return best


class DuplicateReason(StrEnum):
    """Why two cases look like the same man (shown to a person, who decides)."""

    SAME_NAME = "same-name"
    SAME_NAME_OTHER_SPELLING = "same-name-other-spelling"
    SAME_DATE_OF_BIRTH = "same-date-of-birth"
    DATE_OF_BIRTH_MISSING = "date-of-birth-missing"


def _dates_agree(a: dt.date | None, b: dt.date | None) -> DuplicateReason | None:
    if a is None or b is None:
        return DuplicateReason.DATE_OF_BIRTH_MISSING
    return DuplicateReason.SAME_DATE_OF_BIRTH if a == b else None


def duplicate_reasons(a: CaseFields, b: CaseFields) -> tuple[DuplicateReason, ...]:
    """Why `a` and `b` may be the same man, or () when they are not.

    The rule: surnames sound alike (exact or phonetic, never fuzzy: typos are for search, not for
    merging people); given names sound alike, or one is missing and both dates of birth are
    known and equal; patronymics sound alike when both are known; dates of birth agree or one
    is missing.
    """
    dob = _dates_agree(a.date_of_birth, b.date_of_birth)
    if dob is None:
        return ()
    forms_a, forms_b = case_name_forms(a), case_name_forms(b)
    surname = _part_match(forms_a["s"], forms_b["s"])
    if surname is None or not surname[0]:
        return ()
    given = _part_match(forms_a["g"], forms_b["g"])
    if given is None:
        if dob is not DuplicateReason.SAME_DATE_OF_BIRTH:
            return ()
    elif not given[0]:
        return ()
    patronymic = _part_match(forms_a["p"], forms_b["p"])
    if patronymic is not None and not patronymic[0]:
        return ()
    same = all(result is None or result[1] for result in (surname, given, patronymic))
    name = DuplicateReason.SAME_NAME if same else DuplicateReason.SAME_NAME_OTHER_SPELLING
    return name, dob


def query_words(text: str) -> list[NameWord]:
    """The name words of a search query (bounded, so a pasted essay costs no more than a name)."""
    return name_words(text, limit=MAX_QUERY_WORDS)
