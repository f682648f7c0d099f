"""Importing into held cases writes them in batches (services/import_write.py): the result is
what the records say, case by case, also when one bundle names the same case more than once
(a new case and then a later state of it, or two states of a held one), and each written case
has its one audit entry."""

from __future__ import annotations

import pytest

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from casevault.services import import_write
from casevault.services.name_search import search_names
from casevault.vault.repos import audit as audit_repo
from tests.support.orgs import Org, export_bytes, import_bytes
from tests.support.resealed import Item, items_of, seal_items


def _case(org: Org, surname: str) -> str:
    fields = CaseFields(name_latin=PersonName(surname=surname, given="Ivan"), notes="first")
    return str(case_service.create_case(org.session, fields).id)


def _case_records(items: list[Item]) -> list[Item]:
    return [item for item in items if item[0] == "record" and item[1][0] == "case"]


def _notes(org: Org, case_id: str) -> str:
    return case_service.get_case(org.session, case_id).fields.notes


def _found(org: Org, name: str) -> set[str]:
    return {str(hit.summary.id) for hit in search_names(org.session, name)}


@pytest.mark.parametrize("batch", [None, 2])  # the default, and a batch every two cases
def test_many_held_cases_merge_in_one_import(
    orgs: tuple[Org, Org], batch: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    berlin, paris = orgs
    if batch is not None:
        monkeypatch.setattr(import_write, "_BATCH_CASES", batch)
    held = [_case(berlin, f"Held{n}") for n in range(12)]
    import_bytes(paris, export_bytes(berlin, paris))
    assert len(case_service.list_cases(paris.session)) == 12
    for n, case_id in enumerate(held[:9]):
        changes: dict[str, object] = {"notes": f"edited {n}"}
        if n % 3 == 0:
            changes["name_latin"] = {"surname": f"Renamed{n}", "given": "Ivan"}
        case_service.edit_case(berlin.session, case_id, changes)
    result = import_bytes(paris, export_bytes(berlin, paris))
    assert result.changed_cases == 9
    assert [_notes(paris, c) for c in held] == [f"edited {n}" for n in range(9)] + ["first"] * 3
    # The name index followed the new names (and forgot the old ones).
    assert held[3] in _found(paris, "Renamed3")
    assert held[3] not in _found(paris, "Held3")
    assert held[4] in _found(paris, "Held4")


def test_a_bundle_naming_a_case_twice_ends_in_its_later_state(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    held, other = _case(berlin, "Heldman"), _case(berlin, "Otherman")
    import_bytes(paris, export_bytes(berlin, paris))
    fresh = _case(berlin, "Freshman")
    case_service.edit_case(berlin.session, held, {"notes": "second"})
    earlier = items_of(paris, export_bytes(berlin, paris))
    case_service.edit_case(berlin.session, held, {"notes": "third"})
    case_service.edit_case(berlin.session, fresh, {"notes": "fresh later"})
    later = items_of(paris, export_bytes(berlin, paris))
    others = [item for item in later if item not in _case_records(later)]
    bundle = seal_items(berlin, paris, [*_case_records(earlier), *_case_records(later), *others])
    result = import_bytes(paris, bundle)
    assert (_notes(paris, held), _notes(paris, fresh), _notes(paris, other)) == (
        "third",
        "fresh later",
        "first",
    )
    assert result.new_cases == 1
    with paris.session.vault.reading() as conn:
        entries = [
            (e.action, e.record_id)
            for e in audit_repo.list_entries(conn)
            if e.action in (AuditAction.CASE_IMPORT, AuditAction.CASE_MERGE)
        ]
    # One entry per case record written (newest first; the first import's two come last).
    assert sorted(entries[:-2]) == sorted(
        [
            (AuditAction.CASE_IMPORT, fresh),
            (AuditAction.CASE_MERGE, held),
            (AuditAction.CASE_MERGE, held),
            (AuditAction.CASE_MERGE, fresh),
        ]
    )
