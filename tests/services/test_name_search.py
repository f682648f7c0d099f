"""Name search and duplicates through the real services on a real vault (dev set inserted once)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casevault.domain.case import Case, CaseFields, PersonName, new_case_id
from casevault.domain.names import DuplicateReason, MatchTier, query_words
from casevault.services import cases as case_service
from casevault.services import duplicates, name_search
from casevault.services.errors import CaseLinkedToItself
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault, open_vault
from casevault.synthetic.generator import generate_cases
from casevault.synthetic.transliterate import to_latin
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import organisation as org_repo

PASSPHRASE = "correct horse battery staple"
FLOOR_KDF = KdfChoice(floor=True)  # Argon2id at its floor, passed explicitly (as in conftest.py)

DATA = json.loads((Path(__file__).parents[1] / "data" / "name-variants.json").read_text("utf-8"))
GROUPS: list[list[str]] = DATA["groups"]
SURNAME_GROUPS = 35  # the first 35 groups are surnames, the rest given names


def _fields(form: str, index: int) -> CaseFields:
    """A case per spelling: surnames as surnames, given names as given names; Cyrillic or Latin."""
    is_surname = index < SURNAME_GROUPS
    name = PersonName(surname=form) if is_surname else PersonName(given=form)
    if any("\u0400" <= ch <= "\u04ff" for ch in form):
        return CaseFields(name_cyrillic=name)
    return CaseFields(name_latin=name)


@pytest.fixture(scope="module")
def dev_vault(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Session, dict[str, uuid.UUID]]]:
    """One vault holding one case per spelling of the development set."""
    path = tmp_path_factory.mktemp("names") / "vault"
    session = init_vault(path, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF).session
    ids: dict[str, uuid.UUID] = {}
    for index, group in enumerate(GROUPS):
        for form in group:
            ids[form] = case_service.create_case(session, _fields(form, index)).id
    yield session, ids
    session.close()


GROUP_PAIRS = [
    pytest.param(a, b, id=f"{a}->{b}")
    for group in GROUPS
    for a, b in itertools.permutations(group, 2)
]


@pytest.mark.parametrize(("query", "target"), GROUP_PAIRS)
def test_every_spelling_finds_every_other(
    dev_vault: tuple[Session, dict[str, uuid.UUID]], query: str, target: str
) -> None:
    session, ids = dev_vault
    hits = name_search.search_names(session, query, limit=200)
    found = {hit.summary.id: hit.tier for hit in hits}
    assert ids[target] in found
    assert found[ids[target]] <= MatchTier.PHONETIC


def test_results_are_ranked_exact_then_phonetic_then_fuzzy(
    dev_vault: tuple[Session, dict[str, uuid.UUID]],
) -> None:
    session, ids = dev_vault
    hits = name_search.search_names(session, "Kozlov", limit=200)
    tiers = [hit.tier for hit in hits]
    assert tiers == sorted(tiers)
    assert hits[0].summary.id == ids["Kozlov"]
    assert hits[0].tier is MatchTier.EXACT


def test_typos_are_found_as_fuzzy(dev_vault: tuple[Session, dict[str, uuid.UUID]]) -> None:
    session, ids = dev_vault
    hits = {hit.summary.id: hit.tier for hit in name_search.search_names(session, "Kudrjaftsev")}
    assert hits[ids["Кудрявцев"]] is MatchTier.FUZZY
    hits = {hit.summary.id: hit.tier for hit in name_search.search_names(session, "Lihacyov")}
    assert ids["Лихачёв"] in hits


def test_search_cases_puts_names_first_then_notes(session: Session) -> None:
    by_note = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Orlov"), notes="met Smirnoff's cousin")
    )
    by_name = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Смирнов"))
    )
    found = [summary.id for summary in case_service.search_cases(session, "Smirnoff")]
    assert found == [by_name.id, by_note.id]


def test_deleted_cases_leave_the_name_index(session: Session) -> None:
    case = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Чувиляев"))
    )
    assert name_search.search_names(session, "Tchouviliaev")
    case_service.delete_case(session, str(case.id))
    assert name_search.search_names(session, "Tchouviliaev") == []
    case_service.restore_case(session, str(case.id))
    assert [hit.summary.id for hit in name_search.search_names(session, "Tchouviliaev")] == [
        case.id
    ]


def test_multi_word_query_needs_every_word(session: Session) -> None:
    ivan = case_service.create_case(
        session,
        CaseFields(name_cyrillic=PersonName(surname="Щукин", given="Иван", patronymic="Петрович")),
    )
    case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Щукин", given="Олег"))
    )
    hits = name_search.search_names(session, "Ivan Shchukin")
    assert [hit.summary.id for hit in hits] == [ivan.id]
    assert [hit.summary.id for hit in name_search.search_names(session, "Petrovich")] == [ivan.id]


_PRINTABLE = st.characters(categories=("L", "N", "P", "Zs"))
_UNRELATED = st.fixed_dictionaries(
    {},
    optional={
        "notes": st.text(_PRINTABLE, max_size=40),
        "city": st.text(_PRINTABLE, max_size=20),
        "unit": st.text(_PRINTABLE, max_size=20),
        "tags": st.lists(st.sampled_from(["urgent", "lawyer", "visa"]), max_size=2),
    },
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=_UNRELATED)
def test_found_by_cyrillic_after_editing_an_unrelated_field(
    session: Session, changes: dict[str, object]
) -> None:
    case = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Kovaltchouk", given="Matvei"))
    )
    case_service.edit_case(session, case.id, changes)
    assert case.id in {
        hit.summary.id for hit in name_search.search_names(session, "Ковальчук Матвей")
    }


def test_possible_duplicates_found_with_reason(session: Session) -> None:
    born = dt.date(1990, 5, 17)
    first = case_service.create_case(
        session,
        CaseFields(name_cyrillic=PersonName(surname="Семёнов", given="Артём"), date_of_birth=born),
    )
    case_service.create_case(
        session,
        CaseFields(
            name_cyrillic=PersonName(surname="Семёнов", given="Артём"),
            date_of_birth=dt.date(1991, 1, 1),
        ),
    )
    new = CaseFields(name_latin=PersonName(surname="Semjonow", given="Artjom"), date_of_birth=born)
    found = duplicates.find_duplicates_for(session, new)
    assert [dup.summary.id for dup in found] == [first.id]
    assert found[0].reasons == (
        DuplicateReason.SAME_NAME_OTHER_SPELLING,
        DuplicateReason.SAME_DATE_OF_BIRTH,
    )


def test_duplicate_pairs_linking_and_not_the_same_man(session: Session) -> None:
    a = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Ёлкин", given="Егор"))
    )
    b = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Iolkine", given="Iegor"))
    )
    case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Iolkine", given="Igor"))
    )
    pairs = duplicates.list_duplicate_pairs(session)
    assert [{p.first.id, p.second.id} for p in pairs] == [{a.id, b.id}]
    duplicates.link_cases(session, a.id, b.id, "duplicate")
    assert duplicates.list_duplicate_pairs(session) == []
    assert duplicates.list_duplicate_pairs(session, include_decided=True)[0].verdict == "duplicate"
    duplicates.link_cases(session, str(b.id), str(a.id), "distinct")
    assert duplicates.links_of_case(session, a.id) == [(b.id, "distinct")]
    assert duplicates.find_duplicates_for(session, a.fields, exclude=a.id) == []
    assert duplicates.unlink_cases(session, a.id, b.id)
    assert not duplicates.unlink_cases(session, a.id, b.id)
    assert len(duplicates.list_duplicate_pairs(session)) == 1
    with pytest.raises(CaseLinkedToItself):
        duplicates.link_cases(session, a.id, a.id, "duplicate")


def test_index_is_rebuilt_for_cases_stored_before_the_migration(vault_dir: Path) -> None:
    session = init_vault(vault_dir, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF).session
    case = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Грязнов"))
    )
    with session.vault.transaction() as conn:  # simulate a vault indexed before 0002 existed
        conn.execute("DELETE FROM name_keys")
        conn.execute("UPDATE vault_meta SET value = 'rebuild' WHERE key = 'name_index'")
    session.close()
    reopened = open_vault(vault_dir, PASSPHRASE)
    try:
        assert [hit.summary.id for hit in name_search.search_names(reopened, "Grjasnow")] == [
            case.id
        ]
    finally:
        reopened.close()


@pytest.fixture(scope="module")
def crowded_vault(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Session, list[CaseFields]]]:
    """600 synthetic cases: names shared by many cases, many near-miss keys and score ties;
    stored first, 30 cases with only a German-style Latin name (`Iwanoff Iwan`), so that a
    query in that spelling has a few exact matches and many phonetic ones."""
    path = tmp_path_factory.mktemp("crowded") / "vault"
    session = init_vault(path, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF).session
    synthetic = [case.fields for case in generate_cases(600, seed=3, notes_chars=20)]
    respelt = [
        CaseFields(name_latin=PersonName(surname=_respell(f.name_cyrillic.surname), given="Iwan"))
        for f in synthetic[:30]
    ]
    now = session.clock()
    with session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        for fields in respelt + synthetic:
            case = Case(
                id=new_case_id(), origin_org=org.id, created_at=now, updated_at=now, fields=fields
            )
            case_repo.insert_case(conn, case)
    yield session, respelt + synthetic
    session.close()


def _respell(cyrillic: str | None) -> str:
    latin = to_latin(cyrillic or "Ivanov").replace("v", "w")
    return latin + "ff" if latin.endswith("ow") else latin


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + rng.choice("aeiknrst") + word[i + 1 :]


def _crowded_queries(stored: list[CaseFields]) -> list[str]:
    rng = random.Random(5)
    queries: list[str] = []
    for fields in rng.sample(stored, 12):
        name = fields.name_cyrillic
        surname, given = to_latin(name.surname or "Ivanov"), to_latin(name.given or "Ivan")
        patronymic = to_latin(name.patronymic or "Ivanovich")
        queries += [
            name.surname or surname,
            _respell(name.surname),
            f"{_respell(name.surname)} {given}",
            _typo(surname, rng),
            f"{surname} {given}",
            f"{given} {_typo(surname, rng)}",
            f"{_typo(surname, rng)} {_typo(given, rng)}",
            f"{surname} {given} {patronymic}",
        ]
    return queries


@pytest.mark.parametrize("combinations", [10**6, 0], ids=["tiered", "one-pass-fallback"])
def test_tiered_search_ranks_like_one_pass_over_every_row(
    crowded_vault: tuple[Session, list[CaseFields]],
    monkeypatch: pytest.MonkeyPatch,
    combinations: int,
) -> None:
    """Early stops, seeks and score combinations give exactly the ranking of the plain
    grouping of every matching row, at every page size (0: the fallback path itself)."""
    session, stored = crowded_vault
    monkeypatch.setattr(name_search, "MAX_SCORE_COMBINATIONS", combinations)
    tiers_seen: set[MatchTier] = set()
    with session.vault.reading() as conn:
        for query in _crowded_queries(stored):
            for limit in (1, 7, 50, 1000):
                hits = name_search.search_names_in(conn, query, limit)
                words = query_words(query)
                reference = name_search.closest_spelling_first(
                    conn, words, name_search.ranked_in_one_pass(conn, words, limit)
                )
                summaries = case_repo.summaries_by_rowid(conn, [row[0] for row in reference])
                expected = [(summaries[rowid].id, tier, score) for rowid, tier, score in reference]
                assert [(hit.summary.id, hit.tier, hit.score) for hit in hits] == expected
                tiers_seen |= {hit.tier for hit in hits}
    assert tiers_seen == set(MatchTier)


@settings(max_examples=200, deadline=None)
@given(
    levels=st.lists(
        st.lists(st.sampled_from([60.0, 75.0, 80.0, 90.0]), min_size=0, max_size=3, unique=True),
        min_size=1,
        max_size=3,
    )
)
def test_score_combinations_come_best_total_first(levels: list[list[float]]) -> None:
    scores = [[100.0, *sorted(word, reverse=True)] for word in levels]
    groups = list(name_search._score_groups(scores))
    every = [v for v in itertools.product(*(range(len(w)) for w in scores)) if any(v)]
    assert sorted(v for _, vectors in groups for v in vectors) == sorted(every)
    totals = [total for total, _ in groups]
    assert totals == sorted(set(totals), reverse=True)
    for total, vectors in groups:
        assert all(sum(scores[w][i] for w, i in enumerate(v)) == total for v in vectors)


def test_equal_fuzzy_totals_from_different_words_rank_by_case(session: Session) -> None:
    """Kotav Lotov and Kotov Lotav both score 100 + 95 for "Kotov Lotov": the one stored first
    ranks first, whichever word carries the typo."""
    typo_in_surname = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Kotav", given="Lotov"))
    )
    typo_in_given = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Kotov", given="Lotav"))
    )
    hits = name_search.search_names(session, "Kotov Lotov")
    assert [(hit.summary.id, hit.tier, hit.score) for hit in hits] == [
        (typo_in_surname.id, MatchTier.FUZZY, 195.0),
        (typo_in_given.id, MatchTier.FUZZY, 195.0),
    ]
