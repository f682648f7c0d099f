"""Find cases by name in any alphabet or spelling; spot and record possible duplicates.

Search: each query word is looked up in the name index three ways (same spelling, same phonetic
key, phonetic key within a few typos found through prefix/suffix blocking of the key
vocabulary), every query word must match some name word of a case, and results are ranked
exact before phonetic before fuzzy (docs/names.md). Only bounded index lookups reach Python.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from casevault.domain.case import Case, CaseFields
from casevault.domain.names import (
    NAME_PARTS,
    DuplicateReason,
    MatchTier,
    NameWord,
    allowed_typos,
    blocking_keys,
    case_name_forms,
    duplicate_reasons,
    query_words,
)
from casevault.services.case_refs import resolve_case
from casevault.services.errors import CaseDeleted, CaseLinkedToItself
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import name_index
from casevault.vault.repos.cases import CaseSummary
from casevault.vault.repos.name_index import Verdict

__all__ = ["DuplicateReason", "MatchTier", "Verdict"]
MAX_DUPLICATE_PAIRS = 1000


@dataclass(frozen=True)
class NameHit:
    """A case found by name, how well it matched (worst tier over the query words) and a score."""

    summary: CaseSummary
    tier: MatchTier
    score: float


@dataclass(frozen=True)
class PossibleDuplicate:
    """An existing case that may be the same man, and why."""

    summary: CaseSummary
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True)
class DuplicatePair:
    """Two cases that may be the same man; `verdict` is what a person decided, if anything."""

    first: CaseSummary
    second: CaseSummary
    reasons: tuple[DuplicateReason, ...]
    verdict: Verdict | None


def _fuzzy_keys(conn: Connection, word: NameWord) -> dict[str, float]:
    """Known keys within the allowed typos of one of the word's keys, with their scores."""
    found: dict[str, float] = {}
    for key in word.keys:
        limit = allowed_typos(key)
        if limit == 0:
            continue
        for candidate in name_index.vocabulary_near(conn, *blocking_keys(key)):
            if Levenshtein.distance(key, candidate, score_cutoff=limit) <= limit:
                found[candidate] = max(found.get(candidate, 0.0), ratio(key, candidate))
    return found


def _word_hits(
    conn: Connection, word: NameWord, fuzzy_tier: bool
) -> dict[int, tuple[MatchTier, float]]:
    """rowid -> best (tier, score) of the cases one query word matches."""
    hits: dict[int, tuple[MatchTier, float]] = {}

    def offer(rowid: int, tier: MatchTier, score: float) -> None:
        best = hits.get(rowid)
        if best is None or (tier, -score) < (best[0], -best[1]):
            hits[rowid] = (tier, score)

    for rowid, _ in name_index.rowids_by_value(conn, "t", [word.exact], NAME_PARTS):
        offer(rowid, MatchTier.EXACT, 100.0)
    for rowid, _ in name_index.rowids_by_value(conn, "k", list(word.keys), NAME_PARTS):
        offer(rowid, MatchTier.PHONETIC, 100.0)
    if not fuzzy_tier:
        return hits
    fuzzy = {key: score for key, score in _fuzzy_keys(conn, word).items() if key not in word.keys}
    if fuzzy:
        for rowid, key in name_index.rowids_by_value(conn, "k", sorted(fuzzy), NAME_PARTS):
            offer(rowid, MatchTier.FUZZY, fuzzy[key])
    return hits


def _combined_hits(
    conn: Connection, words: list[NameWord], fuzzy_tier: bool
) -> dict[int, tuple[MatchTier, float]]:
    """rowid -> (worst tier, summed score) of cases matching every word."""
    combined: dict[int, tuple[MatchTier, float]] = {}
    for index, word in enumerate(words):
        hits = _word_hits(conn, word, fuzzy_tier)
        if index == 0:
            combined = hits
        else:
            combined = {
                rowid: (max(tier, hits[rowid][0]), score + hits[rowid][1])
                for rowid, (tier, score) in combined.items()
                if rowid in hits
            }
        if not combined:
            break
    return combined


def search_names_in(conn: Connection, text: str, limit: int = 50) -> list[NameHit]:
    """Ranked name search inside an open read (used by search_cases to put names first).

    Fuzzy matches always rank after exact and phonetic ones, so the fuzzy tier is only computed
    when the first two tiers give fewer than `limit` cases.
    """
    words = query_words(text)
    if not words:
        return []
    limit = min(limit, case_repo.MAX_PAGE)
    combined = _combined_hits(conn, words, fuzzy_tier=False)
    if len(combined) < limit:
        combined = _combined_hits(conn, words, fuzzy_tier=True)
    ranked = sorted(combined, key=lambda rowid: (combined[rowid][0], -combined[rowid][1], rowid))
    top = ranked[:limit]
    summaries = case_repo.summaries_by_rowid(conn, top)
    return [NameHit(summaries[rowid], *combined[rowid]) for rowid in top if rowid in summaries]


def search_names(session: Session, text: str, limit: int = 50) -> list[NameHit]:
    """Cases whose names match every word of `text` in any alphabet or spelling, best first."""
    with session.vault.reading() as conn:
        return search_names_in(conn, text, limit)


def _name_keys(fields: CaseFields, part: str) -> list[str]:
    forms = case_name_forms(fields)[part]  # type: ignore[index]  # part is one of NAME_PARTS
    return sorted({key for words in forms for word in words for key in word.keys})


def _duplicates_in(
    conn: Connection, fields: CaseFields, exclude: uuid.UUID | None
) -> list[PossibleDuplicate]:
    surname_keys = _name_keys(fields, "s")
    if not surname_keys:
        return []
    rowids = name_index.possible_duplicate_rowids(
        conn, surname_keys, _name_keys(fields, "g"), fields.date_of_birth
    )
    if not rowids:
        return []
    ids = name_index.case_ids_for_rowids(conn, rowids)
    summaries = case_repo.summaries_by_rowid(conn, rowids)
    found: list[PossibleDuplicate] = []
    for rowid, case_id in ids.items():
        if case_id == exclude:
            continue
        if exclude is not None and name_index.get_link(conn, exclude, case_id) == "distinct":
            continue
        other = case_repo.get_case(conn, case_id)
        reasons = duplicate_reasons(fields, other.fields)
        if reasons and rowid in summaries:
            found.append(PossibleDuplicate(summaries[rowid], reasons))
    return sorted(found, key=lambda dup: (dup.summary.display_name, str(dup.summary.id)))


def find_duplicates_for(
    session: Session, fields: CaseFields, exclude: uuid.UUID | None = None
) -> list[PossibleDuplicate]:
    """Existing live cases that may be the man described by `fields` (e.g. before or right after
    `case add`, or in an import preview). `exclude` is the case itself, when already stored;
    pairs a person marked "not the same man" are left out."""
    with session.vault.reading() as conn:
        return _duplicates_in(conn, fields, exclude)


def list_duplicate_pairs(
    session: Session, include_decided: bool = False, limit: int = MAX_DUPLICATE_PAIRS
) -> list[DuplicatePair]:
    """Probable duplicate pairs in the vault. Pairs marked "not the same man" are never listed;
    pairs already confirmed as duplicates only with include_decided."""
    with session.vault.reading() as conn:
        distinct = name_index.all_links(conn, "distinct")
        confirmed = name_index.all_links(conn, "duplicate")
        pairs: list[DuplicatePair] = []
        for first_id, second_id in name_index.candidate_duplicate_pairs(conn, limit * 4):
            pair = tuple(sorted((first_id, second_id)))
            if pair in distinct or (pair in confirmed and not include_decided):
                continue
            first = case_repo.get_case(conn, uuid.UUID(pair[0]))
            second = case_repo.get_case(conn, uuid.UUID(pair[1]))
            reasons = duplicate_reasons(first.fields, second.fields)
            if not reasons:
                continue
            verdict: Verdict | None = "duplicate" if pair in confirmed else None
            pairs.append(DuplicatePair(_summary(first), _summary(second), reasons, verdict))
            if len(pairs) >= limit:
                break
    return pairs


def _summary(case: Case) -> CaseSummary:
    fields = case.fields
    return CaseSummary(
        id=case.id,
        display_name=fields.display_name(),
        status=fields.status,
        risk=fields.risk,
        country=fields.country,
        date_of_birth=fields.date_of_birth,
        updated_at=case.updated_at,
    )


def link_cases(
    session: Session, first_ref: str | uuid.UUID, second_ref: str | uuid.UUID, verdict: Verdict
) -> tuple[uuid.UUID, uuid.UUID]:
    """Record that two cases are the same man ("duplicate") or not ("distinct"). Both histories
    stay untouched; the decision is audited and undone with unlink_cases. Raises CaseNotFound,
    AmbiguousCaseId, CaseDeleted, CaseLinkedToItself."""
    with session.vault.transaction() as conn:
        first, second = resolve_case(conn, first_ref), resolve_case(conn, second_ref)
        for case in (first, second):
            if case.deleted:
                raise CaseDeleted(str(case.id))
        if first.id == second.id:
            raise CaseLinkedToItself(str(first.id))
        previous = name_index.set_link(
            conn, first.id, second.id, verdict, session.clock(), session.actor
        )
        details: dict[str, object] = {"other": str(second.id), "verdict": verdict}
        if previous is not None:
            details["previous"] = previous
        session.audit(conn, "case.link", "case", str(first.id), details)
    return first.id, second.id


def unlink_cases(session: Session, first_ref: str | uuid.UUID, second_ref: str | uuid.UUID) -> bool:
    """Forget a person's verdict on two cases (audited); False if there was none."""
    with session.vault.transaction() as conn:
        first, second = resolve_case(conn, first_ref), resolve_case(conn, second_ref)
        previous = name_index.get_link(conn, first.id, second.id)
        if previous is None:
            return False
        name_index.remove_link(conn, first.id, second.id)
        session.audit(
            conn, "case.unlink", "case", str(first.id), {"other": str(second.id), "was": previous}
        )
    return True


def links_of_case(session: Session, case_ref: str | uuid.UUID) -> list[tuple[uuid.UUID, Verdict]]:
    """The verdicts recorded on a case: (other case id, verdict)."""
    with session.vault.reading() as conn:
        case = resolve_case(conn, case_ref)
        return name_index.links_of(conn, case.id)


def find_duplicates_in(
    conn: Connection, fields: CaseFields, exclude: uuid.UUID | None = None
) -> list[PossibleDuplicate]:
    """`find_duplicates_for` inside a caller's transaction (the import preview uses it)."""
    return _duplicates_in(conn, fields, exclude)
