"""Full-text search over cases (table case_fts: names, notes and timeline), bounded in cost
whatever the size of the vault (docs/performance.md, "Full-text search")."""

from __future__ import annotations

import re

from casevault.vault.connection import Connection
from casevault.vault.repos import fulltext_terms
from casevault.vault.repos.cases import MAX_PAGE, CaseSummary, summaries_by_rowid

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(untrusted_text: str) -> str | None:
    """Turn free text into a safe FTS5 query: every word must match as a prefix.

    Words are quoted, so FTS5 operators typed by a user (AND, NEAR, quotes, *) are just text.
    """
    words = _TOKEN.findall(untrusted_text)[:16]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


# bm25 ranks a query's matches only when there are at most this many. Scoring is the costly
# part of a full-text query: FTS5 first counts every match of each word for its weight (IDF),
# then decodes each match's positions and reads its column sizes, about ten times the cost of
# finding the match (docs/performance.md, "Full-text search"): 100,000 matches cost seconds.
# A word found in more cases than this is too common for bm25 to tell them apart usefully
# (its weight tends to zero as it nears half the cases), so those are listed newest first.
MAX_RANKED = 200


# A word of four letters or more matches as a prefix through the terms that start with it,
# listed from the index's vocabulary (vault/repos/fulltext_terms.py) and OR-ed: FTS5 streams
# an OR of terms, but answers a prefix query ("word"*) by merging every matching term's whole
# doclist first (measured: tens of milliseconds for a word in a few thousand cases, whatever
# the LIMIT). Shorter words use the prefix index of migration 0021. More terms than this, or
# none known: the prefix query after all.
MAX_PREFIX_TERMS = 32


def _word_query(conn: Connection, word: str) -> str:
    if len(word) < 4:
        return f'"{word}"*'
    prefix = fulltext_terms.folded(word)
    if prefix is None:
        return f'"{word}"*'
    terms = fulltext_terms.terms_with_prefix(conn, prefix, MAX_PREFIX_TERMS + 1)
    if not terms or len(terms) > MAX_PREFIX_TERMS:
        return f'"{word}"*'
    return "(" + " OR ".join(f'"{term}"' for term in terms) + ")"


def expanded_query(conn: Connection, untrusted_text: str) -> str | None:
    """`fts_query` with each word of four letters or more spelled out as the indexed terms it
    is a prefix of (the same matches, streamed by FTS5 instead of merged up front)."""
    words = _TOKEN.findall(untrusted_text)[:16]
    if not words:
        return None
    return " AND ".join(_word_query(conn, word) for word in words)


def search_rowids(conn: Connection, text: str, limit: int = 50) -> list[int]:
    """Rowids of the live cases matching `text` (every word as a prefix), best first.

    Guarantees: a query matching at most MAX_RANKED cases gets exactly the bm25 order over all
    of them (names weigh ten times notes and timeline; ties by rowid); a query matching more
    gets its newest matches (highest rowids) first, unscored, so the cost stays bounded
    whatever the size of the vault. Ranking and LIMIT run inside FTS5; no case row is read.
    """
    query = expanded_query(conn, text)
    if query is None:
        return []
    page = min(limit, MAX_PAGE)
    many = conn.execute(
        "SELECT 1 FROM case_fts WHERE case_fts MATCH ? LIMIT 1 OFFSET ?", (query, MAX_RANKED)
    ).fetchone()
    if many:
        return _newest_matches(conn, query, page)
    rows = conn.execute(
        "SELECT rowid FROM case_fts WHERE case_fts MATCH ?"
        " ORDER BY bm25(case_fts, 10.0, 1.0, 1.0), rowid LIMIT ?",
        (query, page),
    ).fetchall()
    return [int(row[0]) for row in rows]


def _newest_matches(conn: Connection, query: str, page: int) -> list[int]:
    """The `page` highest matching rowids, highest first. FTS5 walks a doclist backwards only
    by first loading it whole (measured: 100-200 ms for a word in 11,000 of 20,000 cases),
    so the newest rowids are read forwards, from a window below the highest rowid that
    grows fourfold until it holds a page."""
    top = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM cases").fetchone()[0])
    window = 1000
    while True:
        floor = top - window
        rows = conn.execute(
            "SELECT rowid FROM case_fts WHERE case_fts MATCH ? AND rowid > ?", (query, floor)
        ).fetchall()
        if len(rows) >= page or floor <= 0:
            return [int(row[0]) for row in rows[::-1][:page]]
        window *= 4


def search_cases(conn: Connection, text: str, limit: int = 50) -> list[CaseSummary]:
    """Full-text search over names, notes and timeline, best matches first (`search_rowids`),
    as summaries of live cases."""
    rowids = search_rowids(conn, text, limit)
    summaries = summaries_by_rowid(conn, rowids)
    return [summaries[rowid] for rowid in rowids if rowid in summaries]
