"""`check_vault` finds a damaged page, a tampered audit entry and an altered evaluation, says
which, and finds nothing in a sound vault."""

from __future__ import annotations

from pathlib import Path

from casevault.domain.case import CaseFields
from casevault.services import cases as case_service
from casevault.services import evaluations as ev
from casevault.services.check import Advice, CheckArea, FindingKind, check_vault
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.support.storage import damage_page, root_page

CLEARED = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "checked"}},
    "verdict": "cleared",
    "confidence": "high",
    "notes": "synthetic",
}


def _history(session: Session) -> str:
    case = case_service.create_case(session, CaseFields(notes="first"))
    for text in ("second", "third"):
        case_service.edit_case(session, case.id, {"notes": text})
    evaluator = ev.add_evaluator(session, "Evaluator A", "screener")
    draft = ev.create_draft(session, case.id, evaluator.id, CLEARED)
    return str(ev.finalise_evaluation(session, draft.evaluation.id).evaluation.id)


def test_a_sound_vault_has_no_findings(session: Session) -> None:
    _history(session)
    report = check_vault(session)
    assert report.sound
    assert report.findings == ()
    assert report.advice == ()
    assert report.evaluations == 1
    assert report.audit_entries >= 5


def test_a_damaged_page_is_found_by_number(session: Session, vault_dir: Path) -> None:
    for number in range(20):
        case_service.create_case(session, CaseFields(notes=f"case {number} " + "n" * 500))
    session.close()
    page = root_page(vault_dir, PASSPHRASE, "cases")
    damage_page(vault_dir, page)
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        report = check_vault(reopened)
    pages = [f for f in report.findings if f.kind is FindingKind.DAMAGED_PAGES]
    assert len(pages) == 1
    assert pages[0].pages == (page,)
    assert any(f.kind is FindingKind.BROKEN_STRUCTURE for f in report.findings)
    assert report.advice == (Advice.RESTORE_COPY, Advice.REIMPORT)


def test_a_tampered_audit_entry_is_found(session: Session) -> None:
    _history(session)
    with session.vault.transaction() as conn:  # an attacker with the key, behind the triggers
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3")
    report = check_vault(session)
    assert [(f.area, f.kind, f.audit_seq, f.audit_problem) for f in report.findings] == [
        (CheckArea.AUDIT, FindingKind.AUDIT_BROKEN, 3, "hash")
    ]
    assert Advice.RESTORE_COPY in report.advice


def test_an_altered_evaluation_is_found(session: Session) -> None:
    evaluation_id = _history(session)
    with session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER evaluations_finalised_no_update")
        conn.execute(
            "UPDATE evaluations SET verdict = 'not_cleared' WHERE id = ?", (evaluation_id,)
        )
    report = check_vault(session)
    assert [(f.kind, f.evaluation_ids) for f in report.findings] == [
        (FindingKind.EVALUATIONS_INVALID, (evaluation_id,))
    ]
    assert report.advice == (Advice.REIMPORT,)
