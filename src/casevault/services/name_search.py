"""Find cases by name in any alphabet or spelling (possible duplicates: services/duplicates.py).

Search: each query word is looked up in the name index three ways (same spelling, same phonetic
key, phonetic key within a few typos found through prefix/suffix blocking of the key
vocabulary), every query word must match some name word of a case, and results are ranked
exact before phonetic before fuzzy (docs/names.md). The database intersects and ranks; only
the page of results reaches Python.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from casevault.domain.names import (
    VARIANT_SCORE,
    MatchTier,
    NameWord,
    allowed_typos,
    blocking_keys,
    query_words,
    within_typos,
)
from casevault.domain.slips import slip_score
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import name_index
from casevault.vault.repos.cases import CaseSummary
from casevault.vault.repos.name_index import Value, WordFilter

__all__ = ["MatchTier"]
# Fuzzy-tier score combinations tried one query each before ranking that tier in one pass.
MAX_SCORE_COMBINATIONS = 64


@dataclass(frozen=True)
class NameHit:
    """A case found by name, how well it matched (worst tier over the query words) and a score."""

    summary: CaseSummary
    tier: MatchTier
    score: float


def _fuzzy_keys(conn: Connection, word: NameWord) -> dict[str, float]:
    """What a word with a typing slip may have meant, with scores: the keys of its whole-word
    slip variants (VARIANT_SCORE), and the known keys within the allowed typos of one of its
    keys, scored by the weighted slip distance (domain/slips.py)."""
    found: dict[str, float] = dict.fromkeys(word.variants, VARIANT_SCORE)
    for key in word.keys:
        if allowed_typos(key) == 0:
            continue
        prefixes, reversed_suffix = blocking_keys(key)
        candidates = set(name_index.vocabulary_near(conn, prefixes[0], reversed_suffix))
        for prefix in prefixes[1:]:
            candidates.update(name_index.vocabulary_near(conn, prefix, reversed_suffix))
        for candidate in sorted(candidates):
            if not within_typos(key, candidate):
                continue
            found[candidate] = max(found.get(candidate, 0.0), slip_score(key, candidate))
    return found


def _terms(conn: Connection, words: list[NameWord], fuzzy_tier: bool) -> list[name_index.Term]:
    """What each query word may match: its spelling (exact), its keys (phonetic) and, with
    `fuzzy_tier`, the known keys within its allowed typos (fuzzy, scored)."""
    terms: list[name_index.Term] = []
    for index, word in enumerate(words):
        terms.append(name_index.Term(index, "t", word.exact, MatchTier.EXACT, 100.0))
        terms += [name_index.Term(index, "k", key, MatchTier.PHONETIC, 100.0) for key in word.keys]
        if fuzzy_tier:
            terms += [
                name_index.Term(index, "k", key, MatchTier.FUZZY, score)
                for key, score in sorted(_fuzzy_keys(conn, word).items())
                if key not in word.keys
            ]
    return terms


def _close_values(word: NameWord) -> tuple[Value, ...]:
    """What a word matches at the exact or phonetic tier."""
    return (("t", word.exact), *(("k", key) for key in word.keys))


def _matching(
    conn: Connection, filters: list[WordFilter], counts: dict[Value, int], limit: int
) -> list[int]:
    """Rowids passing every filter (ascending, at most `limit`), driven by the rarest word."""
    costs = [sum(counts[value] for value in word.required) for word in filters]
    if min(costs) == 0:
        return []
    order = sorted(range(len(filters)), key=costs.__getitem__)
    return name_index.rowids_matching(conn, [filters[i] for i in order], limit)


def _score_groups(levels: list[list[float]]) -> Iterator[tuple[float, list[tuple[int, ...]]]]:
    """Combinations of one level per word (indexes into each word's scores, best first),
    grouped by equal total, best total first; the all-best combination is left out.

    Moving one word to its next level never raises the total, so a heap yields the totals in
    order without listing every combination.
    """
    start = (0,) * len(levels)

    def total(vector: tuple[int, ...]) -> float:
        return sum(levels[word][level] for word, level in enumerate(vector))

    heap: list[tuple[float, tuple[int, ...]]] = [(-total(start), start)]
    seen = {start}
    group: list[tuple[int, ...]] = []
    group_total = 0.0
    while heap:
        negative, vector = heapq.heappop(heap)
        for word, level in enumerate(vector):
            after = (*vector[:word], level + 1, *vector[word + 1 :])
            if level + 1 < len(levels[word]) and after not in seen:
                seen.add(after)
                heapq.heappush(heap, (-total(after), after))
        if group and -negative != group_total:
            yield group_total, group
            group = []
        if vector != start:
            group_total = -negative
            group.append(vector)
    if group:
        yield group_total, group


def _fuzzy_page(
    conn: Connection, words: list[NameWord], counts: dict[Value, int], needed: int
) -> list[tuple[int, MatchTier, float]] | None:
    """The `needed` best cases of the fuzzy tier (every word matched, at least one only within
    typos), ranked by summed score then rowid; None when the score combinations to try exceed
    MAX_SCORE_COMBINATIONS (the caller then ranks the fuzzy tier in one pass).

    A word's best match in a case sets its score: 100 for exact or phonetic, else the best
    fuzzy key's score. Combinations of per-word scores are tried best total first, each as one
    indexed query (a case has exactly one best combination), until the page is full.
    """
    fuzzy = [
        {key: score for key, score in _fuzzy_keys(conn, word).items() if key not in word.keys}
        for word in words
    ]
    if not any(fuzzy):
        return []
    counts.update(name_index.value_counts(conn, sorted({("k", k) for f in fuzzy for k in f})))
    levels: list[list[tuple[float, tuple[Value, ...]]]] = []
    for word, keys in zip(words, fuzzy, strict=True):
        by_score: dict[float, list[Value]] = {}
        for key, score in keys.items():
            by_score.setdefault(score, []).append(("k", key))
        levels.append(
            [(100.0, _close_values(word))]
            + [(score, tuple(sorted(by_score[score]))) for score in sorted(by_score, reverse=True)]
        )
    found: list[tuple[int, MatchTier, float]] = []
    tried = 0
    for total, vectors in _score_groups([[score for score, _ in word] for word in levels]):
        group: list[int] = []
        for vector in vectors:
            tried += 1
            if tried > MAX_SCORE_COMBINATIONS:
                return None
            filters = [
                WordFilter(
                    levels[word][level][1],
                    tuple(value for _, values in levels[word][:level] for value in values),
                )
                for word, level in enumerate(vector)
            ]
            group += _matching(conn, filters, counts, needed - len(found))
        found += [(rowid, MatchTier.FUZZY, total) for rowid in sorted(group)[: needed - len(found)]]
        if len(found) >= needed:
            break
    return found


def _ranked(conn: Connection, words: list[NameWord], limit: int) -> list[tuple[int, int, float]]:
    """(rowid, tier, score) of the best `limit` cases: all-exact cases, then exact-or-phonetic,
    each by rowid (their scores are all equal), then the fuzzy tier by score. Each tier is only
    computed when the better ones leave the page unfilled."""
    full = float(sum(100.0 for _ in words))
    exact = [WordFilter((("t", word.exact),)) for word in words]
    close = [WordFilter(_close_values(word)) for word in words]
    counts = name_index.value_counts(conn, sorted({v for word in close for v in word.required}))
    tier0 = _matching(conn, exact, counts, limit)
    page: list[tuple[int, int, float]] = [(rowid, MatchTier.EXACT, full) for rowid in tier0]
    if len(page) < limit:
        seen = set(tier0)
        # The `limit` smallest rowids of tiers 0-1 hold at least limit - len(tier0) of tier 1.
        tier1 = _matching(conn, close, counts, limit)
        page += [(rowid, MatchTier.PHONETIC, full) for rowid in tier1 if rowid not in seen]
        page = page[:limit]
    if len(page) < limit:
        fuzzy = _fuzzy_page(conn, words, counts, limit - len(page))
        if fuzzy is None:
            return ranked_in_one_pass(conn, words, limit)
        page += fuzzy
    return page


def ranked_in_one_pass(
    conn: Connection, words: list[NameWord], limit: int
) -> list[tuple[int, int, float]]:
    """The same ranking as the tiered search, computed by grouping every index row of the
    query's values in SQL: slower with common names (it reads every case sharing a value),
    used when the fuzzy tier has too many score combinations, and as the reference in tests."""
    ranked = name_index.ranked_matches(conn, _terms(conn, words, False), len(words), limit)
    if len(ranked) < limit:
        ranked = name_index.ranked_matches(conn, _terms(conn, words, True), len(words), limit)
    return ranked


def search_names_in(conn: Connection, text: str, limit: int = 50) -> list[NameHit]:
    """Ranked name search inside an open read (used by search_cases to put names first).

    Tiers are computed best first and only while the page is not full; matching every word,
    the limit and the page's summaries all happen in the database, so only the page reaches
    Python (docs/names.md, "Storage and speed").
    """
    words = query_words(text)
    limit = min(limit, case_repo.MAX_PAGE)
    if not words or limit < 1:
        return []
    ranked = closest_spelling_first(conn, words, _ranked(conn, words, limit))
    summaries = case_repo.summaries_by_rowid(conn, [rowid for rowid, _, _ in ranked])
    return [
        NameHit(summaries[rowid], MatchTier(tier), score)
        for rowid, tier, score in ranked
        if rowid in summaries
    ]


def closest_spelling_first(
    conn: Connection, words: list[NameWord], ranked: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """The page with each run of equal (tier, score) ordered by how close the case's stored
    spellings are to the typed words (summed over words, the smallest Damerau-Levenshtein
    distance to any spelling of the case), then by rowid as before.

    Phonetic keys blur letters on purpose, so two cases can tie on keys while one is spelt
    exactly as typed but for one swapped pair: that one comes first. Only the page is
    reordered (its membership is unchanged); a tie cut by the page limit keeps rowid order.
    """
    spellings = name_index.spellings_of(conn, [rowid for rowid, _, _ in ranked])

    def closeness(rowid: int) -> int:
        stored = spellings.get(rowid) or [""]
        return sum(min(OSA.distance(word.exact, value) for value in stored) for word in words)

    order = sorted(
        range(len(ranked)),
        key=lambda i: (ranked[i][1], -ranked[i][2], closeness(ranked[i][0]), i),
    )
    return [ranked[i] for i in order]


def search_names(session: Session, text: str, limit: int = 50) -> list[NameHit]:
    """Cases whose names match every word of `text` in any alphabet or spelling, best first."""
    with session.vault.reading() as conn:
        return search_names_in(conn, text, limit)
