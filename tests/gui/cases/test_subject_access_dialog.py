"""The app's subject-access copy offers the CLI's two forms: a readable document by default
(the same facts as `casevault case access`, in the app's words), JSON for other programs
(`--json`)."""

from __future__ import annotations

import json
import re
import stat
import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case
from tests.support.screening import signed_evaluation

from casevault.cli.subject_access_text import render_markdown
from casevault.domain.consent import ConsentMethod
from casevault.gui.cases.subject_access_dialog import CopyForm, SubjectAccessDialog, copy_text
from casevault.gui.cases.subject_access_text import render_document
from casevault.gui.i18n import Translations
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services.subject_access import build_subject_access_report, report_json

pytestmark = pytest.mark.gui


ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _facts(document: str) -> list[str]:
    """The evidence a document carries whatever its language: ids, hashes and the number of
    lines of each part."""
    ids = sorted(
        set(re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", document))
    )
    hashes = sorted(set(re.findall(r"\b[0-9a-f]{64}\b", document)))
    counts = [
        str(sum(1 for line in part.splitlines() if line.startswith("- ")))
        for part in document.split("\n## ")
    ]
    return ids + hashes + counts


def test_the_readable_copy_is_the_default_and_has_the_clis_facts(
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
    # The CLI's facts (ids, hashes, how many of each), each front end in its own words.
    report = build_subject_access_report(berlin.session, case_id)
    cli_document = render_markdown(report)
    assert _facts(render_document(report)) == _facts(cli_document)
    assert case_id in cli_document
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [line for line in cli_document.splitlines() if line[:3] == "## "]


def test_the_copy_speaks_the_ui_language_not_codes(qapp, two_orgs) -> None:  # type: ignore[no-untyped-def]
    """He or his lawyer reads it: fields by their labels, words for codes, dates in his form."""
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    case_service.edit_case(
        berlin.session, case_id, {"date_of_birth": "1993-09-18", "risk": "critical"}
    )
    consent_service.record_consent(
        berlin.session,
        case_id,
        partner_ref=paris.org_id,
        method=ConsentMethod.ORAL_WITNESSED,
        witness="Anna K.",
    )
    evaluation_id = signed_evaluation(berlin, case_id, "Evaluator A")
    report = build_subject_access_report(berlin.session, case_id)
    translations = Translations()
    try:
        translations.install(qapp, "ru")
        text = render_document(report)
    finally:
        translations.remove(qapp)
    assert "Дата рождения" in text
    assert "18.09.1993" in text
    assert "Критический" in text
    assert "Смирнов Иван" in text
    for code in ("name_cyrillic", "date_of_birth", "finalised", "oral_witnessed", "grant"):
        assert code not in text, code
    # The case's own part: the risk in words (its received versions stay as stored: evidence).
    case_part = text.split("\n## ")[1]
    assert "Критический" in case_part
    assert "critical" not in case_part
    outside_signed_block = text[: text.find("```json")] + text[text.rfind("```") :]
    assert not ISO_TIME.search(outside_signed_block)
    # The facts stay: his ids, the evaluation's signed content, the witness.
    assert case_id in text
    assert str(evaluation_id) in text
    assert '"verdict": "cleared"' in text
    assert "Anna K." in text


def test_both_forms_come_from_the_same_report(two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, _paris = two_orgs
    report = build_subject_access_report(berlin.session, add_case(berlin))
    assert copy_text(report, CopyForm.JSON) == report_json(report)
    assert copy_text(report, CopyForm.DOCUMENT) == render_document(report)
