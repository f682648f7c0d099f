"""The full-text index's vocabulary as a plain table (`case_fts_terms`), for prefix search.

A search word of four letters or more is spelt out as the indexed terms it is a prefix of
(vault/repos/case_search.py says why). FTS5's own vocabulary tables answer that in 0.5-3 ms
per statement at 100,000 cases (the `row` table counts the cases of every term it lists, the
`instance` table seeks through every segment), most of a search's time; a b-tree of terms
answers in microseconds.

The table holds every term of the index and, between compactions, also terms the index has
since dropped (an edited note): a stale term only adds a phrase that matches nothing. Terms
are cut and folded by SQLite's own tokenizer, never by a copy of its rules: each character a
text brings is classified once per process by tokenizing it in an in-memory FTS5 table with
the index's settings (the tokenizer works character by character: a character is a separator
or becomes its folded form), then whole texts are cut with `str.translate`. Erasure prunes the
table to the index's vocabulary after the index is optimised, so an erased man's words leave
both (`prune_to_index`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable

import sqlcipher3

from casevault.vault.connection import Connection

# Must match the tokenizer of `case_fts` (migrations/0021_fulltext_prefix.sql).
TOKENIZER = "unicode61 remove_diacritics 2"
_PROBE = "q"  # a token character on both sides shows what a character becomes between them


class _CharTable:
    """What the index's tokenizer makes of each character: a separator (" ") or its folded
    form, learnt from SQLite itself, once per character, in memory only."""

    def __init__(self) -> None:
        self._table: dict[int, str] = {}
        self._lock = threading.Lock()
        self._probe: sqlcipher3.Connection | None = None

    def _learn(self, chars: Iterable[str]) -> None:
        if self._probe is None:
            # No key and no file: an in-memory database holding one character at a time.
            self._probe = sqlcipher3.connect(":memory:", check_same_thread=False)
            self._probe.execute(
                f"CREATE VIRTUAL TABLE probe USING fts5(x, content='', tokenize='{TOKENIZER}')"
            )
            self._probe.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, row)")
        for ch in chars:
            self._probe.execute("INSERT INTO probe (probe) VALUES ('delete-all')")
            try:
                self._probe.execute(
                    "INSERT INTO probe (rowid, x) VALUES (1, ?)", (_PROBE + ch + _PROBE,)
                )
            except UnicodeEncodeError:  # a lone surrogate cannot reach SQLite at all
                self._table[ord(ch)] = " "
                continue
            terms = [str(row[0]) for row in self._probe.execute("SELECT term FROM probe_terms")]
            joined = terms[0] if len(terms) == 1 else ""
            if joined.startswith(_PROBE) and joined.endswith(_PROBE) and len(joined) >= 2:
                self._table[ord(ch)] = joined[1:-1]  # a token character, folded ("" if dropped)
            else:
                self._table[ord(ch)] = " "  # a separator
        self._probe.execute("INSERT INTO probe (probe) VALUES ('delete-all')")

    def terms(self, texts: Iterable[str]) -> set[str]:
        """The distinct terms the index's tokenizer cuts from `texts`."""
        found: set[str] = set()
        with self._lock:
            for text in texts:
                if not text:
                    continue
                unknown = {ch for ch in set(text) if ord(ch) not in self._table}
                if unknown:
                    self._learn(sorted(unknown))
                found.update(text.translate(self._table).split(" "))
        found.discard("")
        return found

    def fold(self, word: str) -> str | None:
        """`word` as the tokenizer stores it, or None if it cuts it into several terms."""
        terms = self.terms([word])
        return terms.pop() if len(terms) == 1 else None

    def forget(self) -> None:
        """Drop what was learnt (the characters of case texts) when a vault closes."""
        with self._lock:
            self._table.clear()
            if self._probe is not None:
                self._probe.close()
                self._probe = None


_CHARS = _CharTable()


def terms_of(texts: Iterable[str]) -> set[str]:
    """The distinct terms `case_fts` stores for `texts` (exactly as its tokenizer cuts them)."""
    return _CHARS.terms(texts)


def folded(word: str) -> str | None:
    """One typed word as the index stores it (lower case, Latin accents dropped), or None if
    the tokenizer would cut it into several terms (or none)."""
    return _CHARS.fold(word)


def forget_characters() -> None:
    """Empty the per-process table of characters seen in case texts (called on lock/close)."""
    _CHARS.forget()


def add_terms(conn: Connection, texts: Iterable[str]) -> None:
    """Record the terms of texts just written to the index (one statement)."""
    terms = terms_of(texts)
    if terms:
        conn.execute(
            "INSERT OR IGNORE INTO case_fts_terms (term) SELECT value FROM json_each(?)",
            (json.dumps(sorted(terms), ensure_ascii=False),),
        )


def terms_with_prefix(conn: Connection, prefix: str, limit: int) -> list[str]:
    """Up to `limit` terms starting with `prefix` (already folded), in order."""
    rows = conn.execute(
        "SELECT term FROM case_fts_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
        (prefix, prefix + "\U0010ffff", limit),
    ).fetchall()
    return [str(row[0]) for row in rows]


def prune_to_index(conn: Connection) -> None:
    """Keep only the terms the index still holds (after an optimise, so dropped rows' terms
    are really gone from it): one pass over the index's vocabulary."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_fts_vocabulary"
        " USING fts5vocab(main, case_fts, row)"
    )
    conn.execute(
        "DELETE FROM case_fts_terms WHERE term NOT IN (SELECT term FROM temp.case_fts_vocabulary)"
    )
