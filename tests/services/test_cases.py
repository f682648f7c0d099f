"""Case use cases on a real vault: every mutation is one transaction with one audit entry."""

from __future__ import annotations

import datetime as dt

import pytest

from casevault.domain.case import CaseFields, CaseStatus, PersonName, Risk
from casevault.domain.errors import InvalidField, TransitionNotAllowed
from casevault.services import cases as svc
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.errors import CaseDeleted, CaseNotFound
from casevault.services.session import Session


def _fields(surname: str = "Смирнов", **extra: object) -> CaseFields:
    return CaseFields(
        name_cyrillic=PersonName(surname=surname, given="Иван"),
        name_latin=PersonName(surname="Smirnov", given="Ivan"),
        **extra,  # type: ignore[arg-type]
    )


def test_create_show_edit(session: Session) -> None:
    case = svc.create_case(session, _fields(country="KZ", notes="met in Almaty"))
    assert svc.get_case(session, str(case.id)[:8]).fields == case.fields
    edited = svc.edit_case(session, case.id, {"status": "screening", "risk": "high"})
    assert edited.fields.status is CaseStatus.SCREENING
    assert edited.fields.risk is Risk.HIGH
    actions = [e.action for e in list_audit_entries(session, record_id=str(case.id))]
    assert actions == ["case.edit", "case.create"]
    details = list_audit_entries(session, record_id=str(case.id))[0].details
    assert details == {"fields": ["status", "risk"]}  # names, never values


def test_invalid_edits_change_nothing(session: Session) -> None:
    case = svc.create_case(session, _fields())
    with pytest.raises(TransitionNotAllowed):
        svc.edit_case(session, case.id, {"status": "asylum"})
    with pytest.raises(InvalidField):
        svc.edit_case(session, case.id, {"country": "Narnia"})
    assert svc.get_case(session, case.id) == case
    assert len(list_audit_entries(session, record_id=str(case.id))) == 1


def test_unknown_and_deleted_cases(session: Session) -> None:
    with pytest.raises(CaseNotFound):
        svc.get_case(session, "deadbeef")
    with pytest.raises(CaseNotFound):
        svc.get_case(session, "'; DROP TABLE cases; --")
    case = svc.create_case(session, _fields())
    svc.delete_case(session, case.id)
    with pytest.raises(CaseDeleted):
        svc.edit_case(session, case.id, {"notes": "x"})
    assert svc.list_cases(session) == []
    assert svc.search_cases(session, "Smirnov") == []
    svc.restore_case(session, case.id)
    assert [s.id for s in svc.list_cases(session)] == [case.id]
    assert [s.id for s in svc.search_cases(session, "Smirnov")] == [case.id]


def test_deletion_leaves_a_tombstone(session: Session) -> None:
    case = svc.create_case(session, _fields())
    svc.delete_case(session, case.id)
    with session.vault.reading() as conn:
        row = conn.execute(
            "SELECT record_type FROM tombstones WHERE record_id = ?", (str(case.id),)
        )
        assert row.fetchone() == ("case",)


def test_list_filters_sort_and_pages(session: Session) -> None:
    for i, (surname, country) in enumerate(
        [("Яковлев", "KZ"), ("Антонов", "AM"), ("Борисов", "KZ")]
    ):
        svc.create_case(session, _fields(surname, country=country, tags=["urgent"] if i else []))
    names = [s.display_name.split()[0] for s in svc.list_cases(session)]
    assert names == ["Антонов", "Борисов", "Яковлев"]
    kz = svc.list_cases(session, svc.CaseFilter(country="kz"))
    assert {s.display_name.split()[0] for s in kz} == {"Яковлев", "Борисов"}
    assert svc.count_cases(session, svc.CaseFilter(tag="URGENT")) == 2
    page = svc.list_cases(session, limit=1, offset=1)
    assert [s.display_name.split()[0] for s in page] == ["Борисов"]


def test_full_text_search_over_names_notes_and_timeline(session: Session) -> None:
    case = svc.create_case(session, _fields(notes="crossed at Верхний Ларс"))
    svc.add_timeline_event(session, case.id, dt.date(2026, 3, 1), "Lawyer consulted in Lyon")
    for query in ("Смирнов", "smirn", "Ларс", "lyon", "LAWYER consult"):
        assert [s.id for s in svc.search_cases(session, query)] == [case.id], query
    assert svc.search_cases(session, "Petrov") == []
    # FTS operators typed by a user are plain text, never a syntax error.
    for hostile in ('"', "AND OR NOT", "NEAR(", "*", "col:x", ""):
        svc.search_cases(session, hostile)


def test_timeline(session: Session) -> None:
    case = svc.create_case(session, _fields())
    svc.add_timeline_event(session, case.id, dt.date(2026, 2, 1), "second", "call")
    svc.add_timeline_event(session, case.id, dt.date(2026, 1, 1), "first")
    assert [e.text for e in svc.list_timeline(session, case.id)] == ["first", "second"]


def test_audit_chain_stays_intact_through_use(session: Session) -> None:
    case = svc.create_case(session, _fields())
    svc.edit_case(session, case.id, {"notes": "one"})
    svc.delete_case(session, case.id)
    count, problem = verify_audit_chain(session)
    assert problem is None
    assert count == 4  # vault.create + three
