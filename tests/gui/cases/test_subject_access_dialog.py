"""The app's subject-access copy offers the CLI's two forms: a readable document by default
(the same document as `casevault case access`), JSON for other programs (`--json`)."""

from __future__ import annotations

import json
import stat
import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case

from casevault.cli.subject_access_text import render_markdown
from casevault.domain.consent import ConsentMethod
from casevault.gui.cases.subject_access_dialog import CopyForm, SubjectAccessDialog, copy_text
from casevault.gui.cases.subject_access_text import render_document
from casevault.services import consent as consent_service
from casevault.services.subject_access import build_subject_access_report, report_json

pytestmark = pytest.mark.gui


def test_the_readable_copy_is_the_default_and_is_the_clis_document(
    qtbot, two_orgs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    consent_service.record_consent(
        berlin.session, case_id, partner_ref=paris.org_id, method=ConsentMethod.MESSAGE
    )
    chosen: list[str] = []

    def choose(_parent, suggested: str) -> str:  # type: ignore[no-untyped-def]
        chosen.append(suggested)
        return str(tmp_path / "for-him")

    dialog = SubjectAccessDialog(berlin.session, uuid.UUID(case_id), choose)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.as_document.isChecked()
    assert not dialog.as_json.isChecked()
    assert dialog.form is CopyForm.DOCUMENT
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    written = tmp_path / "for-him.md"
    assert dialog.written == written
    assert chosen == [f"case-{case_id[:8]}-copy.md"]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = written.read_text("utf-8")
    assert text.startswith(f"# Copy of the data held about case {case_id}")
    assert paris.org_id in text  # his consent for that partner is in it
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    # Word for word the CLI's document (both untranslated here).
    report = build_subject_access_report(berlin.session, case_id)
    assert render_document(report) == render_markdown(report)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [line for line in render_markdown(report).splitlines() if line[:3] == "## "]


def test_both_forms_come_from_the_same_report(two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, _paris = two_orgs
    report = build_subject_access_report(berlin.session, add_case(berlin))
    assert copy_text(report, CopyForm.JSON) == report_json(report)
    assert copy_text(report, CopyForm.DOCUMENT) == render_document(report)
