"""Name matching across alphabets: words, match tiers, index rows and the duplicate rule.

Builds on domain/transliteration.py (one word -> phonetic keys). Everything here is pure, so the
vault can store exactly what this module computes and the services can rank with it.

Tiers, best first (docs/names.md):
* EXACT: the same spelling, ignoring case and accents (`Smirnov` = `smirnov`).
* PHONETIC: another spelling of the same sounds (`Смирнов` = `Smirnoff` = `Smirnow`).
* FUZZY: a query word with a typing slip: the word as meant after undoing a wrong keyboard
  layout, look-alike letters of the other alphabet or an OCR merge (`bdfyjd` = `иванов`), or a
  phonetic key within `allowed_typos` edits (`Smirmov`, `Smirnvo`), scored by the weighted
  slip distance of domain/slips.py so that likelier slips rank first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Literal

from rapidfuzz.distance import OSA
from rapidfuzz.fuzz import ratio

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.slips import layout_variant, ocr_variants, script_variant, slip_score
from casevault.domain.transliteration import exact_form, phonetic_keys

NamePart = Literal["s", "g", "p", "a"]  # surname, given name, patronymic, alias
NAME_PARTS: tuple[NamePart, ...] = ("s", "g", "p", "a")
# Bounds the work for one query or one case: nobody types more name words than this.
MAX_QUERY_WORDS = 8
MAX_WORDS_PER_PART = 8
_WORD = re.compile(r"[^\W\d_]+(?:['’ʹʺ][^\W\d_]+)*", re.UNICODE)
# A query word read back from a slip that rewrote the whole word (layout, look-alike letters,
# OCR merge) scores just under a true phonetic match and above every edit-distance match.
VARIANT_SCORE = 99.0
MAX_VARIANT_KEYS = 32


class MatchTier(IntEnum):
    """How a query word matched a stored name word; lower is better."""

    EXACT = 0
    PHONETIC = 1
    FUZZY = 2


@dataclass(frozen=True)
class NameWord:
    """One word of a name: its spelling (case/accent-blind) and its phonetic keys; for a query
    word, also `variants`: the keys of what the word reads as once a whole-word slip is undone
    (domain/slips.py), none of them among `keys`."""

    exact: str
    keys: tuple[str, ...]
    variants: tuple[str, ...] = ()

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
        exact = exact_form(token)
        if len(exact) < 2 or not keys:
            continue
        words.append(NameWord(exact, keys))
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
    if set(query.variants) & set(stored.keys):
        return MatchTier.FUZZY, VARIANT_SCORE
    best: float | None = None
    for q_key in query.keys:
        for s_key in stored.keys:
            if within_typos(q_key, s_key):
                score = slip_score(q_key, s_key)
                best = score if best is None else max(best, score)
    return None if best is None else (MatchTier.FUZZY, best)


def within_typos(typed_key: str, stored_key: str) -> bool:
    """Whether two keys are within the typos allowed for the typed one, counting a swap of two
    neighbouring symbols as one typo (optimal string alignment, as Damerau-Levenshtein). A
    three-symbol key tolerates only the letter it lost (`Тиых` for `Титых`): another letter in
    its place is another short name (`ivan`/`ian`)."""
    limit = allowed_typos(typed_key)
    if limit == 0:
        return (
            len(typed_key) == 3
            and len(stored_key) == 4
            and OSA.distance(typed_key, stored_key, score_cutoff=1) <= 1
        )
    return OSA.distance(typed_key, stored_key, score_cutoff=limit) <= limit


def blocking_keys(key: str) -> tuple[tuple[str, ...], str]:
    """(prefixes, reversed suffix) of a key: its first half and its last half, which do not
    overlap, so one typo (a letter changed, added or dropped) leaves one of them intact and
    fuzzy candidates are found through indexed range scans. A swap of the two symbols where
    the halves meet touches both, so the prefix with that swap undone is scanned as well."""
    half = max(2, (len(key) + 1) // 2)
    prefixes = [key[:half]]
    if half < len(key):
        prefixes.append(key[: half - 1] + key[half] + key[half - 1])
    return tuple(dict.fromkeys(prefixes)), key[::-1][: max(2, len(key) // 2)]


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
    """The name words of a search query (bounded, so a pasted essay costs no more than a name),
    each with the keys of its whole-word slip variants (`NameWord.variants`)."""
    words: list[NameWord] = []
    for typed in text.split()[: MAX_QUERY_WORDS * 2]:
        # Look-alike letters of the other alphabet are invisible on screen: the word is read
        # as the person sees it (`Cидоров` with a Latin C is Сидоров).
        token = script_variant(typed) or typed
        found = name_words(token, limit=MAX_QUERY_WORDS)
        layout = layout_variant(token)
        if len(found) != 1 and layout is not None and len(name_words(layout)) == 1:
            # `ib;jd` (Шижов on QWERTY: ж is the ; key) is one word typed, not two: it stands
            # only for what it reads as in the other layout.
            found = [NameWord(exact_form(token), (), _variant_keys(token))]
        elif len(found) == 1:
            word = found[0]
            extra = tuple(key for key in _variant_keys(token) if key not in word.keys)
            found = [NameWord(word.exact, word.keys, extra)]
        words += found
        if len(words) >= MAX_QUERY_WORDS:
            break
    return words[:MAX_QUERY_WORDS]


def _variant_texts(token: str) -> list[str]:
    layout = layout_variant(token)
    return ([layout] if layout else []) + ocr_variants(token)


def _variant_keys(token: str) -> tuple[str, ...]:
    """The keys of a token's slip variants: each variant's two likeliest readings, at most
    MAX_VARIANT_KEYS in all (a long Latin word has many OCR places and readings)."""
    keys: dict[str, None] = {}
    for text in _variant_texts(token):
        for word in name_words(text, limit=1):
            keys.update(dict.fromkeys(word.keys[:2]))
    return tuple(keys)[:MAX_VARIANT_KEYS]
