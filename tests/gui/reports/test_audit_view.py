"""The audit log view lists entries and verifies the chain in a worker."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.domain.case import CaseFields
from casevault.gui.reports.audit_view import AuditView
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def test_lists_entries_and_verifies_chain(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    case = case_service.create_case(session, CaseFields(notes="secret canary"))
    case_service.edit_case(session, case.id, {"city": "Almaty"})
    view = AuditView(session)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    actions = [view.table.text(row, 3) for row in range(view.table.rowCount())]
    assert actions == ["Case edited", "Case created", "Vault created"]
    cells = [view.table.text(r, c) for r in range(3) for c in range(5)]
    assert not any("canary" in cell or "Almaty" in cell for cell in cells)
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.verify_button.isEnabled() and "intact" in view.result.text())
    assert view.result.text() == "The log is intact: 3 entries checked."


def test_every_audit_action_the_services_write_has_words() -> None:
    """Audit actions reach people as sentences, never as codes like "evaluation.finalise":
    every action services can record (the AuditAction enum) has a label."""
    from casevault.domain.audit_actions import AuditAction
    from casevault.gui.reports.audit_view import ACTIONS

    written = {action.value for action in AuditAction}
    assert sorted(written - set(ACTIONS)) == []
