"""Kept edits: stored inside SQLCipher with an audit entry, listed, taken or discarded once."""

from __future__ import annotations

from pathlib import Path

from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from casevault.services.audit_log import list_audit_entries
from casevault.services.session import Session
from casevault.services.unsaved_edits import (
    discard_kept_edit,
    keep_unsaved_edits,
    list_kept_edits,
    take_kept_edit,
)

CANARY = "kept-edit-canary-Жуков-4412"


def test_kept_edits_round_trip_and_are_audited(session: Session) -> None:
    case = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Orlov")))
    fields = {"notes": CANARY, "name_latin": {"surname": "Orlov", "given": "", "patronymic": ""}}
    ids = keep_unsaved_edits(session, [(case.id, fields), (None, {"notes": "new case text"})])
    kept = list_kept_edits(session)
    assert [edit.id for edit in kept] == ids
    assert kept[0].case_id == case.id
    assert kept[0].fields == fields
    assert kept[1].case_id is None
    assert take_kept_edit(session, ids[0]) is True
    assert take_kept_edit(session, ids[0]) is False  # once only
    assert discard_kept_edit(session, ids[1]) is True
    assert list_kept_edits(session) == []
    actions = [entry.action for entry in list_audit_entries(session)]
    assert actions.count("draft.keep") == 2
    assert "draft.restore" in actions
    assert "draft.discard" in actions
    # The stored case itself is untouched: a kept edit is not a change.
    assert case_service.get_case(session, case.id).fields.notes == ""


def test_kept_edits_are_encrypted_and_go_with_an_erased_case(
    session: Session, vault_dir: Path
) -> None:
    case = case_service.create_case(session, CaseFields(notes="x"))
    keep_unsaved_edits(session, [(case.id, {"notes": CANARY})])
    session.vault.compact()
    for path in vault_dir.iterdir():
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes()
    with session.vault.transaction() as conn:  # the row cascade, as erasure deletes the case
        conn.execute("DELETE FROM timeline_events WHERE case_id = ?", (str(case.id),))
        conn.execute("DELETE FROM cases WHERE id = ?", (str(case.id),))
    assert list_kept_edits(session) == []


def test_nothing_to_keep_writes_nothing(session: Session) -> None:
    before = len(list_audit_entries(session))
    assert keep_unsaved_edits(session, []) == []
    assert len(list_audit_entries(session)) == before
