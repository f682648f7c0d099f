"""vault/repos/cases.py, many cases at once: `update_cases` (an import merging into held cases)
leaves every table exactly as `update_case` one case at a time would (the row, tags, full-text
entry with the timeline's text, name keys and their vocabulary); an unknown case writes
nothing; the last of two versions of one case wins; `get_cases` reads only stored cases."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from casevault.domain.case import Case, PersonName, TimelineEvent
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import case_index, cases
from casevault.vault.repos import timeline as timeline_repo

from .conftest import make_case

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
NAMES = ["Чувиляев", "Bravo", "O'Brien", "Zhukov", "Ёлкин", "Quist", "Shevchuk"]


def _cases(conn: Any) -> list[Case]:
    made = [make_case(conn, name, tags=["urgent", name.casefold()]) for name in NAMES]
    timeline_repo.insert_event(
        conn,
        TimelineEvent(
            id=uuid.uuid4(),
            case_id=made[1].id,
            date=dt.date(2026, 2, 1),
            kind="note",
            text="crossed at Narva",
            created_at=AT,
        ),
        origin_org=made[1].origin_org,
    )
    case_index.reindex_timelines(conn, [made[1].id])
    return made


def _changed(made: list[Case]) -> list[Case]:
    """Notes on some, a new surname on others, one deleted, one untouched."""
    out = []
    for index, case in enumerate(made[:-1]):
        update: dict[str, Any] = {"notes": f"note {index} Ёж"}
        if index % 2:
            update["name_latin"] = PersonName(surname=f"Renamed{index}", given="Petr")
            update["tags"] = ["moved"]
        fields = case.fields.model_copy(update=update)
        out.append(
            case.model_copy(update={"fields": fields, "updated_at": AT, "deleted": index == 4})
        )
    return out


def _tables(conn: Any, made: list[Case]) -> dict[str, Any]:
    ids = [str(case.id) for case in made]
    marks = ", ".join("?" for _ in ids)
    rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM cases WHERE id IN ({marks})", ids)]
    rmarks = ", ".join("?" for _ in rowids)
    return {
        "cases": sorted(conn.execute(f"SELECT * FROM cases WHERE id IN ({marks})", ids)),
        "tags": sorted(conn.execute(f"SELECT * FROM case_tags WHERE case_id IN ({marks})", ids)),
        # The index keeps no text (contentless): its words, by case, column and position.
        "fts": sorted(
            conn.execute(
                f"SELECT doc, col, term, offset FROM temp.fts_words WHERE doc IN ({rmarks})",
                rowids,
            )
        ),
        "keys": sorted(
            conn.execute(f"SELECT * FROM name_keys WHERE case_rowid IN ({rmarks})", rowids)
        ),
        "vocab": sorted(conn.execute("SELECT * FROM name_key_vocab")),
        "terms": sorted(conn.execute("SELECT * FROM case_fts_terms")),
    }


def test_many_at_once_writes_what_one_at_a_time_writes(conn: Any) -> None:
    conn.execute("CREATE VIRTUAL TABLE temp.fts_words USING fts5vocab(main, case_fts, instance)")
    made = _cases(conn)
    changed = _changed(made)
    conn.execute("SAVEPOINT one_by_one")
    for case in changed:
        cases.update_case(conn, case)
    expected = _tables(conn, made)
    conn.execute("ROLLBACK TO one_by_one")
    before = _tables(conn, made)
    cases.update_cases(conn, changed)
    found = _tables(conn, made)
    assert found == expected
    assert found["cases"] != before["cases"]
    assert found["keys"] != before["keys"]
    assert cases.get_cases(conn, [c.id for c in made]) == {c.id: c for c in [*changed, made[-1]]}
    # The deleted case left the index and its tags; the timeline's words stayed in its entry.
    rowid_of = dict(conn.execute("SELECT id, rowid FROM cases"))
    assert not [t for t in found["tags"] if t[1] == str(changed[4].id)]
    assert {doc for doc, *_ in found["fts"]} == {
        rowid_of[str(c.id)] for c in [*changed, made[-1]] if not c.deleted
    }
    assert ("narva", "timeline") in {(t, c) for doc, c, t, _ in found["fts"]}


def test_an_unknown_case_writes_nothing(conn: Any) -> None:
    conn.execute("CREATE VIRTUAL TABLE temp.fts_words USING fts5vocab(main, case_fts, instance)")
    made = _cases(conn)
    changed = _changed(made)
    stranger = changed[0].model_copy(update={"id": uuid.uuid4()})
    before = _tables(conn, made)
    with pytest.raises(RecordNotFound) as caught:
        cases.update_cases(conn, [*changed, stranger])
    assert caught.value.record_id == str(stranger.id)
    assert _tables(conn, made) == before


def test_the_last_of_two_versions_of_a_case_wins(conn: Any) -> None:
    case = _cases(conn)[0]
    first = case.model_copy(update={"fields": case.fields.model_copy(update={"notes": "one"})})
    second = case.model_copy(update={"fields": case.fields.model_copy(update={"notes": "two"})})
    cases.update_cases(conn, [first, second])
    assert cases.get_case(conn, case.id).fields.notes == "two"


def test_get_cases_reads_only_stored_cases(conn: Any) -> None:
    made = _cases(conn)[:3]
    found = cases.get_cases(conn, [*(c.id for c in made), uuid.uuid4()])
    assert found == {c.id: c for c in made}
    assert cases.get_cases(conn, []) == {}
