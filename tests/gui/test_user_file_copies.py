"""The app's unencrypted copies go through the one careful writer (services/user_files.py): a
decrypted attachment's copy and a PDF report are user-only (0600), no partial file is left."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.attachments_panel import AttachmentsPanel
from casevault.gui.reports.report_pdf import render_pdf, save_pdf
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def test_attachment_copy_is_user_only(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = case_service.create_case(session, CaseFields(name_latin=PersonName(surname="Belov")))
    source = tmp_path / "scan.bin"
    source.write_bytes(b"synthetic scan " * 1000)
    with source.open("rb") as handle:
        attachment_service.add_attachment(session, case.id, handle, "scan.bin")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "copy.bin"
    panel = AttachmentsPanel(session, choose_save=lambda _parent, _name: str(target))
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    yes = next(b for b in panel.question.buttons() if b.accessibleName() == "Choose where to save…")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy() and target.exists())
    assert target.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["copy.bin"]


def test_pdf_report_is_user_only(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "report.pdf"
    save_pdf(target, render_pdf("<p>synthetic</p>"))
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
