"""Merging two cases of the same man keeps both histories, is audited, and can be undone."""

from __future__ import annotations

import datetime as dt

import pytest

from casevault.domain.case import CaseFields, PersonName, fill_from
from casevault.services import cases as case_service
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.case_merge import merge_cases, merged_into, unmerge_cases
from casevault.services.errors import CaseDeleted, CaseLinkedToItself, CaseMerged, NotMerged
from casevault.services.session import Session


def test_fill_from_never_overwrites() -> None:
    kept = CaseFields(name_cyrillic=PersonName(surname="Смирнов"), city="Almaty", tags=["a"])
    absorbed = CaseFields(
        name_cyrillic=PersonName(surname="Smirnoff", given="Иван"),
        city="Astana",
        unit="в/ч 1",
        tags=["b", "a"],
    )
    changes = fill_from(kept, absorbed)
    assert changes == {"name_cyrillic": {"given": "Иван"}, "unit": "в/ч 1", "tags": ["a", "b"]}


def test_merge_and_unmerge(session: Session) -> None:
    kept = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Смирнов"), country="KZ")
    )
    absorbed = case_service.create_case(
        session, CaseFields(name_latin=PersonName(surname="Smirnoff"), unit="в/ч 55555")
    )
    case_service.add_timeline_event(
        session, absorbed.id, dt.date(2025, 1, 1), "from the other file"
    )
    result = merge_cases(session, str(kept.id), str(absorbed.id))
    assert set(result.filled_fields) == {"name_latin", "unit"}
    merged = case_service.get_case(session, kept.id)
    assert merged.fields.unit == "в/ч 55555"
    assert merged.fields.name_latin.surname == "Smirnoff"
    assert case_service.get_case(session, absorbed.id).deleted
    assert [e.text for e in case_service.list_timeline(session, kept.id)] == ["from the other file"]
    assert merged_into(session, kept.id) == [absorbed.id]
    assert [e.action for e in list_audit_entries(session, record_id=str(kept.id), limit=1)] == [
        "case.merge"
    ]
    with pytest.raises(CaseMerged):
        case_service.restore_case(session, absorbed.id)
    case_service.edit_case(session, kept.id, {"unit": "в/ч 12345"})  # changed since the merge
    undone = unmerge_cases(session, str(absorbed.id))
    assert undone.filled_fields == ("name_latin",)  # the unit was changed, so it stays
    after = case_service.get_case(session, kept.id)
    assert after.fields.name_latin.surname == ""
    assert after.fields.unit == "в/ч 12345"
    assert not case_service.get_case(session, absorbed.id).deleted
    assert case_service.list_timeline(session, kept.id) == []
    assert verify_audit_chain(session)[1] is None
    with pytest.raises(NotMerged):
        unmerge_cases(session, str(absorbed.id))


def test_refusals(session: Session) -> None:
    one = case_service.create_case(session, CaseFields(notes="a"))
    two = case_service.create_case(session, CaseFields(notes="b"))
    with pytest.raises(CaseLinkedToItself):
        merge_cases(session, str(one.id), str(one.id))
    case_service.delete_case(session, two.id)
    with pytest.raises(CaseDeleted):
        merge_cases(session, str(one.id), str(two.id))
