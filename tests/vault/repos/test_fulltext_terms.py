"""vault/repos/fulltext_terms.py: the list of indexed terms is cut exactly as the index's own
tokenizer cuts text, every index write adds to it, search reads it, erasure prunes it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.services.vaults import open_vault
from casevault.vault.repos import case_search, cases, erasure, fulltext_terms

from .conftest import make_case

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

# Characters a caseworker's notes hold, plus the ones a tokenizer copy would get wrong:
# combining marks, letters with several accents, ligatures, dotted capital I, micro sign,
# long s, digits of other scripts, punctuation, symbols, control and private-use characters.
_TRICKY = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЙЩЪ ЇЄІҐїєіґ"
    "aàáâãäåæçèéêëìíîïñòóôõöøœßùúûüýÿĀāǡǣǽǿİıſµﬁﬂ"
    "\u0301\u0305\u0308\u0306\u0327\u200b\u200d\u00ad"
    "0123456789٣४๓²½Ⅻ"
    " \t\n-_.,;:!?\"'()[]{}«»—–…@#$%&*/\\|~^`+=<>§©®™€₽"
    "\ue000\x01\x7f中文日本語한국어ΑΒΓαβγשלוםمرحبا🙂"
)


@pytest.fixture(scope="module")
def reference() -> Iterator[Any]:
    """A bare in-memory FTS5 table with the tokenizer the index declares."""
    db = sqlcipher3.connect(":memory:")
    db.execute(
        f"CREATE VIRTUAL TABLE ref USING fts5(x, content='', tokenize='{fulltext_terms.TOKENIZER}')"
    )
    db.execute("CREATE VIRTUAL TABLE ref_terms USING fts5vocab(ref, row)")
    yield db
    db.close()


def _sqlite_terms(db: Any, text: str) -> set[str]:
    db.execute("INSERT INTO ref (ref) VALUES ('delete-all')")
    db.execute("INSERT INTO ref (rowid, x) VALUES (1, ?)", (text,))
    return {str(row[0]) for row in db.execute("SELECT term FROM ref_terms")}


def test_the_tokenizer_is_the_one_the_index_declares(conn: Any) -> None:
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'case_fts'").fetchone()
    assert f"tokenize = '{fulltext_terms.TOKENIZER}'" in sql


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(st.sampled_from(_TRICKY), st.characters(blacklist_categories=("Cs",))),
        max_size=30,
    )
)
def test_terms_are_exactly_those_sqlite_makes(reference: Any, text: str) -> None:
    assert fulltext_terms.terms_of([text]) == _sqlite_terms(reference, text)


def test_a_written_case_adds_its_terms_and_search_spells_them_out(conn: Any) -> None:
    case = make_case(conn, "Zhdanovsky", notes="Déserteur, interprète à Vilnius")
    known = set(fulltext_terms.terms_with_prefix(conn, "", 100_000))
    assert {"zhdanovsky", "deserteur", "interprete", "vilnius", "ivan"} <= known
    assert '"zhdanovsky"' in (case_search.expanded_query(conn, "Zhdanovs") or "")
    assert [s.id for s in case_search.search_cases(conn, "Zhdanovs")] == [case.id]
    assert [s.id for s in case_search.search_cases(conn, "DÉSERT vilniu")] == [case.id]


def test_bulk_written_cases_add_their_terms(conn: Any) -> None:
    made = make_case(conn, "Placeholder")
    batch = [
        made.model_copy(
            update={
                "id": made.id.__class__(int=made.id.int + n),
                "fields": made.fields.model_copy(update={"notes": f"bulkword{n} общийтермин"}),
            }
        )
        for n in range(1, 4)
    ]
    cases.insert_new_cases(conn, batch, ["переходграницы", "", ""])
    known = set(fulltext_terms.terms_with_prefix(conn, "", 100_000))
    assert {"bulkword1", "bulkword2", "bulkword3", "общийтермин", "переходграницы"} <= known


def test_terms_with_prefix_lists_in_order_and_stops_at_the_limit(conn: Any) -> None:
    make_case(conn, "Prefixtest", notes="prefixtesta prefixtestb prefixtestc other")
    assert fulltext_terms.terms_with_prefix(conn, "prefixtest", 10) == [
        "prefixtest",
        "prefixtesta",
        "prefixtestb",
        "prefixtestc",
    ]
    assert fulltext_terms.terms_with_prefix(conn, "prefixtest", 2) == ["prefixtest", "prefixtesta"]


def test_erasure_leaves_none_of_the_erased_man_s_own_words(conn: Any) -> None:
    gone = make_case(conn, "Uniquesurnamezz", notes="secretword shared")
    kept = make_case(conn, "Keptsurname", notes="shared")
    erasure.begin_erasure(conn, str(gone.id))
    erasure.erase_case_rows(conn, str(gone.id), AT)
    erasure.end_erasure(conn, str(gone.id))
    erasure.purge_search_index(conn)
    known = set(fulltext_terms.terms_with_prefix(conn, "", 100_000))
    assert "uniquesurnamezz" not in known
    assert "secretword" not in known
    assert {"keptsurname", "shared"} <= known
    assert [s.id for s in case_search.search_cases(conn, "shared")] == [kept.id]


def test_closing_forgets_the_characters_seen() -> None:
    fulltext_terms.terms_of(["Ꙗ"])  # a rare letter, learnt now
    assert ord("Ꙗ") in fulltext_terms._CHARS._table
    fulltext_terms.forget_characters()
    assert fulltext_terms._CHARS._table == {}
    assert fulltext_terms.terms_of(["Ꙗбв"]) == {"ꙗбв"}  # learnt again on demand


def test_the_migration_fills_the_list_from_the_index_itself(tmp_path: Path) -> None:
    saved = Path(__file__).resolve().parents[2] / "data" / "vaults" / "schema-22"
    meta = json.loads((saved / "meta.json").read_text(encoding="utf-8"))
    shutil.copytree(saved / "vault", tmp_path / "vault")
    with (
        open_vault(tmp_path / "vault", meta["passphrase"]) as session,
        session.vault.reading() as conn,
    ):
        conn.execute("CREATE VIRTUAL TABLE temp.check_vocab USING fts5vocab(main, case_fts, row)")
        index = {str(row[0]) for row in conn.execute("SELECT term FROM temp.check_vocab")}
        listed = set(fulltext_terms.terms_with_prefix(conn, "", 1_000_000))
    assert listed == index
    assert len(index) > 10
