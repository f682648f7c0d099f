"""vault/repos/case_search.py full-text search: bm25 order inside FTS5, bounded scoring for very
common words, short prefixes served by the prefix index, and the index rebuilt by migration 0020."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from casevault.services.vaults import open_vault
from casevault.vault.repos import case_search, cases

from .conftest import make_case

SAVED_19 = Path(__file__).resolve().parents[2] / "data" / "vaults" / "schema-19"


def _textbook(conn: Any, text: str) -> list[int]:
    """Plain FTS5: every match scored by bm25, sorted, no bound."""
    query = case_search.fts_query(text)
    rows = conn.execute(
        "SELECT rowid FROM case_fts WHERE case_fts MATCH ?"
        " ORDER BY bm25(case_fts, 10.0, 1.0, 1.0), rowid",
        (query,),
    ).fetchall()
    return [int(row[0]) for row in rows]


def _store(conn: Any, count: int) -> None:
    for i in range(count):
        # Different lengths and repeats, so bm25 tells the cases apart.
        make_case(conn, f"Searchcase{i}", notes="summons " * (1 + i % 4) + "filler " * (i % 7))


def test_search_ranks_like_plain_fts5_when_few_cases_match(conn: Any) -> None:
    _store(conn, 30)
    expected = _textbook(conn, "summons")
    assert len(expected) == 30
    for limit in (1, 7, 50):
        assert case_search.search_rowids(conn, "summons", limit) == expected[:limit]


def test_words_too_common_to_rank_list_the_newest_matches_first(
    conn: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(conn, 30)
    monkeypatch.setattr(case_search, "MAX_RANKED", 10)
    newest = sorted(_textbook(conn, "summons"), reverse=True)
    assert case_search.search_rowids(conn, "summons", 7) == newest[:7]
    rare = make_case(conn, "Rarecase", notes="summons deserter")
    expected = _textbook(conn, "summons deserter")
    assert (
        case_search.search_rowids(conn, "summons deserter", 50)
        == expected
        == [
            int(conn.execute("SELECT rowid FROM cases WHERE id = ?", (str(rare.id),)).fetchone()[0])
        ]
    )


def test_short_prefixes_use_the_prefix_index(conn: Any) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'case_fts'").fetchone()[0]
    assert "prefix" in sql
    case = make_case(conn, "Prefixcase", notes="повестка пришла")
    summaries = case_search.search_cases(conn, "по", 50)
    assert case.id in {summary.id for summary in summaries}


def test_deleted_cases_stay_out(conn: Any) -> None:
    case = make_case(conn, "Gonecase", notes="unique-wordzz")
    cases.update_case(conn, case.model_copy(update={"deleted": True}))
    assert case_search.search_cases(conn, "unique-wordzz", 50) == []


def test_migration_rebuilds_the_index_of_a_saved_vault(tmp_path: Path) -> None:
    """A vault saved by schema 19 finds every live case by its name, note and timeline words
    after migrating (the index is rebuilt from `cases` and `timeline_events`)."""
    meta = json.loads((SAVED_19 / "meta.json").read_text(encoding="utf-8"))
    target = tmp_path / "vault"
    shutil.copytree(SAVED_19 / "vault", target)
    with open_vault(target, meta["passphrase"]) as session, session.vault.reading() as conn:
        live = conn.execute(
            "SELECT rowid, id, fields ->> '$.name_latin.surname', fields ->> '$.notes'"
            " FROM cases WHERE deleted = 0"
        ).fetchall()
        assert conn.execute("SELECT count(*) FROM case_fts").fetchone()[0] == len(live) > 0
        checked = 0
        for rowid, case_id, surname, notes in live:
            events = conn.execute(
                "SELECT text FROM timeline_events WHERE case_id = ?", (case_id,)
            ).fetchall()
            for text in [surname, notes, *(event[0] for event in events)]:
                for word in case_search._TOKEN.findall(text or "")[:3]:
                    assert rowid in case_search.search_rowids(conn, word, 1000), word
                    checked += 1
        assert checked > len(live)


def test_search_finds_names_and_leaves_deleted_cases_out(conn: Any) -> None:
    kept = make_case(conn, "Shevchenko", notes="met at the border")
    gone = make_case(conn, "Shevchuk")
    cases.update_case(conn, gone.model_copy(update={"deleted": True}))
    assert [s.id for s in case_search.search_cases(conn, "shev")] == [kept.id]
    assert [s.id for s in case_search.search_cases(conn, "border")] == [kept.id]
    assert case_search.search_cases(conn, 'NEAR( " * ') == []  # operators are only text
    assert case_search.search_cases(conn, "") == []
    assert case_search.fts_query("a AND b*") == '"a"* "AND"* "b"*'
