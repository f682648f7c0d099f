"""One typing slip of each kind still finds the man, first, through the real search on a real vault.

Each query carries exactly one slip of the kind named in its id. The vault holds the man and,
stored BEFORE him (a smaller rowid, so a tie would list it first), a look-alike one plain edit
away from the slipped query: the man must rank above it on merit, not by insertion order.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.names import MatchTier, duplicate_reasons
from casevault.services import cases as case_service
from casevault.services import name_search
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault
from casevault.synthetic.transliterate import to_latin

PASSPHRASE = "correct horse battery staple"
FLOOR_KDF = KdfChoice(floor=True)  # Argon2id at its floor, passed explicitly (as in conftest.py)

# (query with one slip, the man's surname, a look-alike stored before him or "")
SLIPS = [
    pytest.param("Ивагов", "Иванов", "Иваков", id="neighbour-key-jcuken"),
    pytest.param("Otlov", "Орлов", "Оплов", id="neighbour-key-qwerty"),
    pytest.param("Ивнаов", "Иванов", "", id="swap-cyrillic"),
    pytest.param("Ilnin", "Ильин", "", id="swap-latin-short"),
    pytest.param("Иванав", "Иванов", "Иванах", id="vowel-o-a"),
    pytest.param("Смирнив", "Смирнов", "Смирнох", id="vowel-e-i"),
    pytest.param("Smimov", "Смирнов", "Смилов", id="ocr-rn-m"),
    pytest.param("Kuclrin", "Кудрин", "", id="ocr-cl-d"),
    pytest.param("Cидоров", "Сидоров", "Кидоров", id="latin-c-in-cyrillic"),
    pytest.param("Chеrnykh", "Черных", "", id="cyrillic-e-in-latin"),
    pytest.param("bdfyjd", "Иванов", "", id="cyrillic-typed-on-qwerty"),
    pytest.param(";erjd", "Жуков", "", id="cyrillic-typed-on-qwerty-punctuation"),
    pytest.param("Шмфтщм", "Иванов", "", id="latin-typed-on-jcuken"),
    pytest.param("Ивванов", "Иванов", "", id="doubled-letter"),
    pytest.param("Смрнов", "Смирнов", "", id="dropped-letter"),
    pytest.param("Семенов", "Семёнов", "", id="yo-as-e"),
]


@pytest.fixture(scope="module")
def vault(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Session, dict[str, uuid.UUID]]]:
    """Look-alikes first, then the men, each with a Cyrillic and a passport Latin surname."""
    path = tmp_path_factory.mktemp("slips") / "vault"
    session = init_vault(path, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF).session
    decoys = [param.values[2] for param in SLIPS if param.values[2]]
    men = [param.values[1] for param in SLIPS]
    ids: dict[str, uuid.UUID] = {}
    for surname in [*decoys, *dict.fromkeys(men), "Жданов"]:
        fields = CaseFields(
            name_cyrillic=PersonName(surname=surname),
            name_latin=PersonName(surname=to_latin(surname)),
        )
        ids[surname] = case_service.create_case(session, fields).id
    yield session, ids
    session.close()


@pytest.mark.parametrize(("query", "man", "look_alike"), SLIPS)
def test_one_slip_finds_the_man_first(
    vault: tuple[Session, dict[str, uuid.UUID]], query: str, man: str, look_alike: str
) -> None:
    session, ids = vault
    hits = name_search.search_names(session, query)
    assert hits, query
    assert hits[0].summary.id == ids[man]
    if look_alike:
        ranked = [hit.summary.id for hit in hits]
        assert ids[look_alike] not in ranked or ranked.index(ids[look_alike]) > 0


def test_a_transliteration_beats_an_edit(vault: tuple[Session, dict[str, uuid.UUID]]) -> None:
    """`Jdanov` is the French spelling of Жданов; Иванов is only one edit from it."""
    session, ids = vault
    hits = name_search.search_names(session, "Jdanov")
    assert hits[0].summary.id == ids["Жданов"]
    assert hits[0].tier is MatchTier.PHONETIC
    others = {hit.summary.id: hit.tier for hit in hits[1:]}
    assert others.get(ids["Иванов"], MatchTier.FUZZY) is MatchTier.FUZZY


def test_whole_word_slips_score_above_every_edit(
    vault: tuple[Session, dict[str, uuid.UUID]],
) -> None:
    session, _ = vault
    layout = name_search.search_names(session, "bdfyjd")[0]
    edit = name_search.search_names(session, "Ивагов")[0]
    assert layout.tier is edit.tier is MatchTier.FUZZY
    assert layout.score > edit.score


def test_slips_do_not_make_two_men_duplicates() -> None:
    """Search tolerates a slip; the duplicate rule does not (a slip is not the same man)."""
    first = CaseFields(name_cyrillic=PersonName(surname="Иванов", given="Пётр"))
    for other in ("Ивагов", "Ивнаов", "Иванав", "Cидоров", "bdfyjd"):
        second = CaseFields(name_cyrillic=PersonName(surname=other, given="Пётр"))
        assert duplicate_reasons(first, second) == ()


def test_search_still_needs_every_word(vault: tuple[Session, dict[str, uuid.UUID]]) -> None:
    session, _ = vault
    assert name_search.search_names(session, "bdfyjd Zzyzx") == []
