"""Reading the name index (tables name_keys, name_key_vocab); case links (table case_links).

Keys are computed by domain/names.py and stored inside the encrypted database. Every lookup
here seeks an index and returns a bounded number of rows (LIMIT), so search cost grows with the
number of cases sharing the query's keys, never with a scan of every case. Writing the index:
vault/repos/name_keys.py.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from casevault.vault.connection import Connection

Verdict = Literal["duplicate", "distinct"]
MAX_VOCAB_SCAN = 300
_MAX_PARAMS = 500  # SQLite allows more, but a query with more keys than this is a bug upstream


def _marks(values: Sequence[object]) -> str:
    if not values or len(values) > _MAX_PARAMS:
        raise ValueError("between 1 and 500 values")
    return ", ".join("?" for _ in values)


@dataclass(frozen=True)
class Term:
    """One stored value a query word may match: `word` is the word's position in the query,
    `tier` how well the value matches it (lower is better), `score` 0-100 within the tier."""

    word: int
    kind: Literal["t", "k"]
    value: str
    tier: int
    score: float


# Per (case, query word): the best tier and score of the word over the case's stored values
# (a lower tier always carries the higher score, so min and max pick the same match). Then per
# case: the worst tier and the summed score, kept only when every query word matched. Only the
# index entries of the query's own values are read (seeks on the primary key), the two
# groupings run in SQLite, and Python receives at most `limit` rows.
_RANKED_SQL = """
WITH q AS (
    SELECT value ->> 0 AS word, value ->> 1 AS kind, value ->> 2 AS value,
           value ->> 3 AS tier, value ->> 4 AS score
    FROM json_each(?)
), per_word AS (
    SELECT n.case_rowid AS case_rowid, min(q.tier) AS tier, max(q.score) AS score
    FROM q JOIN name_keys n ON n.kind = q.kind AND n.value = q.value
    GROUP BY n.case_rowid, q.word
)
SELECT case_rowid, max(tier), sum(score) FROM per_word
GROUP BY case_rowid HAVING count(*) = ?
ORDER BY 2, 3 DESC, 1 LIMIT ?
"""


def ranked_matches(
    conn: Connection, terms: Sequence[Term], word_count: int, limit: int
) -> list[tuple[int, int, float]]:
    """(case rowid, worst tier, summed score) of the cases matching every one of `word_count`
    query words through `terms`, best first (tier, then score, then rowid), at most `limit`."""
    if not terms or word_count < 1 or limit < 1:
        return []
    payload = json.dumps(
        [[term.word, term.kind, term.value, term.tier, term.score] for term in terms],
        ensure_ascii=False,
    )
    rows = conn.execute(_RANKED_SQL, (payload, word_count, limit)).fetchall()
    return [(int(row[0]), int(row[1]), float(row[2])) for row in rows]


Value = tuple[Literal["t", "k"], str]  # (kind, value) of a name_keys row


@dataclass(frozen=True)
class WordFilter:
    """A query word as a filter on cases: at least one of `required` and none of `excluded`."""

    required: tuple[Value, ...]
    excluded: tuple[Value, ...] = ()


def _values_json(values: Sequence[Value]) -> str:
    return json.dumps([[kind, value] for kind, value in values], ensure_ascii=False)


# The primary key (kind, value, case_rowid, part): "has case N value V" is then one seek into the
# few pages holding V, which stay cached. Left to itself SQLite picks name_keys_by_case, whose
# pages for thousands of candidate cases are spread over the whole index (each page read from
# disk is also decrypted): measured 5-10 times slower on the first query of a name.
_BY_VALUE = "INDEXED BY sqlite_autoindex_name_keys_1"


def rowids_matching(conn: Connection, filters: Sequence[WordFilter], limit: int) -> list[int]:
    """The `limit` smallest rowids of cases passing every filter, ascending.

    The first filter drives: its values are read by primary-key seeks, and every other
    condition is one primary-key seek per candidate case and value. Pass the most selective filter
    first (value_counts); the cost follows its row count, not the number of cases.
    """
    if not filters or not filters[0].required or limit < 1:
        return []
    # Only fixed SQL text is spliced in; every value is a bound JSON parameter. Joins over the
    # values, not row-value IN lists: SQLite compiles `(a, b) IN (SELECT ...)` by copying its
    # expressions many times, and with memory security and no statement cache
    # (vault/connection.py) that compilation cost more than running the query.
    sql = (
        "SELECT DISTINCT n.case_rowid FROM jsonb_each(?) q CROSS JOIN name_keys n"
        " WHERE n.kind = q.value ->> 0 AND n.value = q.value ->> 1"
    )
    params: list[object] = [_values_json(filters[0].required)]
    for index, word in enumerate(filters):
        for values, negate in ((word.required, ""), (word.excluded, "NOT ")):
            if not values or (index == 0 and not negate):
                continue
            sql += (
                f" AND {negate}EXISTS (SELECT 1 FROM jsonb_each(?) p"  # noqa: S608 - fixed text only
                f" CROSS JOIN name_keys o {_BY_VALUE} WHERE o.kind = p.value ->> 0"
                " AND o.value = p.value ->> 1 AND o.case_rowid = n.case_rowid)"
            )
            params.append(_values_json(values))
    rows = conn.execute(f"{sql} ORDER BY n.case_rowid LIMIT ?", (*params, limit)).fetchall()
    return [int(row[0]) for row in rows]


def value_counts(conn: Connection, values: Sequence[Value]) -> dict[Value, int]:
    """How many index rows each (kind, value) has: cheap counts over index ranges, used to
    pick the most selective word of a query."""
    if not values:
        return {}
    rows = conn.execute(
        "SELECT j.value ->> 0, j.value ->> 1, (SELECT count(*) FROM name_keys n"
        " WHERE n.kind = j.value ->> 0 AND n.value = j.value ->> 1) FROM jsonb_each(?) j",
        (_values_json(values),),
    ).fetchall()
    return {("t" if row[0] == "t" else "k", str(row[1])): int(row[2]) for row in rows}


def vocabulary_near(conn: Connection, prefix: str, reversed_suffix: str) -> list[str]:
    """Known keys starting with `prefix` or ending with the reverse of `reversed_suffix`."""
    found = conn.execute(
        "SELECT key FROM name_key_vocab WHERE key >= ? AND key < ? LIMIT ?",
        (prefix, prefix + "\uffff", MAX_VOCAB_SCAN),
    ).fetchall()
    found += conn.execute(
        "SELECT key FROM name_key_vocab WHERE reversed >= ? AND reversed < ? LIMIT ?",
        (reversed_suffix, reversed_suffix + "\uffff", MAX_VOCAB_SCAN),
    ).fetchall()
    return sorted({str(row[0]) for row in found})


def possible_duplicate_rowids(
    conn: Connection,
    surname_keys: Sequence[str],
    given_keys: Sequence[str],
    date_of_birth: dt.date | None,
    limit: int = 200,
) -> list[int]:
    """Live cases whose surname shares a key, whose given name shares a key or is missing, and
    whose date of birth is equal or missing. A superset: domain/names.py decides."""
    dob = date_of_birth.isoformat() if date_of_birth else None
    given_clause = "1"
    params: list[object] = ["s", *surname_keys, dob, dob]
    if given_keys:
        given_in = _marks(given_keys)
        given_clause = (
            "(EXISTS (SELECT 1 FROM name_keys g WHERE g.kind = 'k' AND g.part = 'g'"  # noqa: S608
            f" AND g.value IN ({given_in}) AND g.case_rowid = s.case_rowid)"
            " OR NOT EXISTS (SELECT 1 FROM name_keys g2 WHERE g2.case_rowid = s.case_rowid"
            " AND g2.part = 'g'))"
        )
        params += list(given_keys)
    rows = conn.execute(
        "SELECT DISTINCT s.case_rowid FROM name_keys s JOIN cases c ON c.rowid = s.case_rowid"  # noqa: S608 - placeholders only
        f" WHERE s.kind = 'k' AND s.part = ? AND s.value IN ({_marks(surname_keys)})"
        " AND c.deleted = 0"
        " AND (c.date_of_birth IS NULL OR ? IS NULL OR c.date_of_birth = ?)"
        f" AND {given_clause} LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [int(row[0]) for row in rows]


def candidate_duplicate_pairs(conn: Connection, limit: int) -> list[tuple[str, str]]:
    """Pairs of live case ids sharing a surname key and a given-name key, with dates of birth
    equal or missing. Indexed self-join; a superset that domain/names.py then checks."""
    rows = conn.execute(
        "SELECT DISTINCT ca.id, cb.id FROM name_keys a"
        " JOIN name_keys b ON b.kind = 'k' AND b.part = 's' AND b.value = a.value"
        "  AND b.case_rowid > a.case_rowid"
        " JOIN cases ca ON ca.rowid = a.case_rowid JOIN cases cb ON cb.rowid = b.case_rowid"
        " WHERE a.kind = 'k' AND a.part = 's' AND ca.deleted = 0 AND cb.deleted = 0"
        "  AND (ca.date_of_birth IS NULL OR cb.date_of_birth IS NULL"
        "       OR ca.date_of_birth = cb.date_of_birth)"
        "  AND EXISTS (SELECT 1 FROM name_keys ga JOIN name_keys gb ON gb.kind = 'k'"
        "   AND gb.part = 'g' AND gb.value = ga.value AND gb.case_rowid = b.case_rowid"
        "   WHERE ga.case_rowid = a.case_rowid AND ga.kind = 'k' AND ga.part = 'g')"
        " LIMIT ?",
        (limit,),
    ).fetchall()
    return [(str(row[0]), str(row[1])) for row in rows]


def spellings_of(conn: Connection, rowids: Sequence[int]) -> dict[int, list[str]]:
    """The stored spellings (kind 't' values) of each case's name words, by rowid."""
    if not rowids:
        return {}
    rows = conn.execute(
        "SELECT case_rowid, value FROM name_keys INDEXED BY name_keys_by_case"  # noqa: S608 - placeholders only
        f" WHERE case_rowid IN ({_marks(rowids)}) AND kind = 't'",
        tuple(rowids),
    ).fetchall()
    found: dict[int, list[str]] = {}
    for rowid, value in rows:
        found.setdefault(int(rowid), []).append(str(value))
    return found


def case_ids_for_rowids(conn: Connection, rowids: Sequence[int]) -> dict[int, uuid.UUID]:
    """The global ids of live cases, by rowid."""
    rows = conn.execute(
        # `+deleted`: keeps SQLite from choosing an index on `deleted` (a scan of every live
        # case) over seeking the rowids.
        f"SELECT rowid, id FROM cases WHERE +deleted = 0 AND rowid IN ({_marks(rowids)})",  # noqa: S608 - placeholders only
        tuple(rowids),
    ).fetchall()
    return {int(row[0]): uuid.UUID(row[1]) for row in rows}


def _ordered(a: uuid.UUID, b: uuid.UUID) -> tuple[str, str]:
    first, second = sorted((str(a), str(b)))
    return first, second


def set_link(
    conn: Connection, a: uuid.UUID, b: uuid.UUID, verdict: Verdict, at: dt.datetime, by: str
) -> Verdict | None:
    """Record a person's verdict on a pair; return the verdict it replaced, if any."""
    first, second = _ordered(a, b)
    previous = get_link(conn, a, b)
    conn.execute(
        "INSERT OR REPLACE INTO case_links (case_a, case_b, verdict, decided_at, decided_by)"
        " VALUES (?, ?, ?, ?, ?)",
        (first, second, verdict, at.isoformat(), by),
    )
    return previous


def get_link(conn: Connection, a: uuid.UUID, b: uuid.UUID) -> Verdict | None:
    """The recorded verdict on a pair, if any."""
    row = conn.execute(
        "SELECT verdict FROM case_links WHERE case_a = ? AND case_b = ?", _ordered(a, b)
    ).fetchone()
    if row is None:
        return None
    return "duplicate" if row[0] == "duplicate" else "distinct"


def remove_link(conn: Connection, a: uuid.UUID, b: uuid.UUID) -> bool:
    """Forget the verdict on a pair; False if there was none."""
    cursor = conn.execute("DELETE FROM case_links WHERE case_a = ? AND case_b = ?", _ordered(a, b))
    return bool(cursor.rowcount)


def links_of(conn: Connection, case_id: uuid.UUID) -> list[tuple[uuid.UUID, Verdict]]:
    """Every verdict involving a case: (the other case, verdict)."""
    rows = conn.execute(
        "SELECT case_b, verdict FROM case_links WHERE case_a = ?"
        " UNION ALL SELECT case_a, verdict FROM case_links WHERE case_b = ?",
        (str(case_id), str(case_id)),
    ).fetchall()
    return [
        (uuid.UUID(row[0]), "duplicate" if row[1] == "duplicate" else "distinct") for row in rows
    ]


def all_links(conn: Connection, verdict: Verdict) -> set[tuple[str, str]]:
    """Every pair (case_a < case_b) with this verdict."""
    rows = conn.execute(
        "SELECT case_a, case_b FROM case_links WHERE verdict = ?", (verdict,)
    ).fetchall()
    return {(str(row[0]), str(row[1])) for row in rows}


def surname_keys_present(conn: Connection, keys: Sequence[str]) -> set[str]:
    """The phonetic keys among `keys` that some case's surname has: a case whose surname keys
    are all absent cannot have a possible duplicate (`possible_duplicate_rowids` needs one), so
    a bulk import asks this once instead of one duplicate query per case."""
    present: set[str] = set()
    ordered = sorted(set(keys))
    for start in range(0, len(ordered), _MAX_PARAMS):
        block = ordered[start : start + _MAX_PARAMS]
        rows = conn.execute(
            "SELECT DISTINCT value FROM name_keys WHERE kind = 'k' AND part = 's'"  # noqa: S608 - placeholders only
            f" AND value IN ({_marks(block)})",
            block,
        ).fetchall()
        present.update(str(row[0]) for row in rows)
    return present
