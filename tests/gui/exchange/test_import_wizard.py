"""Import wizard: the acceptance test (one organisation exports through the export wizard,
the other imports through the import wizard), pasted text, a tampered bundle refused in words
with the vault unchanged, and a replay refused."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from tests.support.exchange_gui import add_case
from tests.support.orgs import export_bytes, grant_consent, import_bytes, logical_dump

from casevault.gui.exchange.export_wizard import ExportWizard
from casevault.gui.exchange.import_wizard import ImportWizard
from casevault.gui.workspace import Workspace
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def _import(qtbot, session, path: Path | None = None, text: str = ""):  # type: ignore[no-untyped-def]
    wizard = ImportWizard(session, open_file=lambda *_a: str(path or ""))
    qtbot.addWidget(wizard)
    wizard.show()
    if path is not None:
        qtbot.mouseClick(wizard.source_page.browse, Qt.MouseButton.LeftButton)
    else:
        wizard.source_page.from_text.setChecked(True)
        wizard.source_page.text.setPlainText(text)
    assert wizard.source_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checks_page.worker is None, timeout=15_000)
    return wizard


def test_export_then_import_through_the_wizards(qtbot, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    case_id = add_case(berlin)
    grant_consent(berlin, paris)
    bundle = tmp_path / "berlin-to-paris.cvb"
    exporter = ExportWizard(berlin.session, save_file=lambda *_a: str(bundle))
    qtbot.addWidget(exporter)
    exporter.show()
    recipients = exporter.partners_page.partners
    recipients.item(0).setCheckState(Qt.CheckState.Checked)
    exporter.next()
    exporter.next()
    exporter.next()
    qtbot.mouseClick(exporter.destination_page.browse, Qt.MouseButton.LeftButton)
    exporter.next()
    qtbot.waitUntil(lambda: exporter.progress_page.outcome is not None, timeout=15_000)

    workspace = Workspace(paris.session)
    qtbot.addWidget(workspace)
    assert workspace.cases.model.total == 0
    wizard = workspace.show_exchange().start_import()
    wizard.source_page.path.setText(str(bundle))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checks_page.worker is None, timeout=15_000)
    checks = [
        wizard.checks_page.checks.item(i).text() for i in range(wizard.checks_page.checks.count())
    ]
    assert "passed every check" in wizard.checks_page.result.text()
    assert "✓ The sender's signatures are genuine." in checks
    assert "✓ It was never imported before." in checks
    assert "✓ No name in it can disguise text or point outside a folder." in checks
    assert len(checks) == 10
    wizard.next()
    preview = wizard.preview_page
    assert "1 new case;" in preview.summary.text()
    assert preview.tree.topLevelItem(0).child(0).text(0) == "Смирнов Иван"
    assert case_service.count_cases(paris.session) == 0  # nothing applied before "Apply"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.apply_page.outcome is not None, timeout=15_000)
    assert "1 new case;" in wizard.apply_page.result.text()
    received = case_service.get_case(paris.session, case_id)
    assert received.fields.city == "Almaty"
    assert received.fields.contact_channel == ""  # kept home by the standard profile
    qtbot.waitUntil(lambda: workspace.cases.model.total == 1, timeout=5_000)
    wizard.accept()


def test_tampered_bundle_shows_the_failed_check_and_changes_nothing(
    qtbot, two_orgs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    add_case(berlin)
    data = bytearray(export_bytes(berlin, paris))
    data[len(data) // 2] ^= 0x01
    bundle = tmp_path / "tampered.cvb"
    bundle.write_bytes(bytes(data))
    before = logical_dump(paris.session)
    wizard = _import(qtbot, paris.session, bundle)
    assert wizard.checks_page.result.text().startswith(
        "This bundle was changed, cut short or damaged after it was made."
    )
    assert "Your vault was not changed." in wizard.checks_page.result.text()
    assert wizard.checks_page.checks.count() == 0
    assert not wizard.checks_page.isComplete()
    assert logical_dump(paris.session) == before


def test_pasted_text_and_replay(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    berlin, paris = two_orgs
    add_case(berlin)
    text = export_bytes(berlin, paris, armor=True).decode("ascii")
    wizard = _import(qtbot, paris.session, text=text)
    assert wizard.checks_page.isComplete()
    wizard.reject()
    import_bytes(paris, text.encode())
    again = _import(qtbot, paris.session, text=text)
    qtbot.waitUntil(lambda: again.checks_page.worker is None)
    notice = again.checks_page.result
    # A calm notice with the date, not a red "replay" error; applying again stays refused.
    assert notice.text().startswith("You already imported this file on ")
    assert notice.text().endswith("; nothing to do.")
    assert notice.styleSheet() == ""
    assert not again.checks_page.isComplete()


def test_not_a_bundle(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    _berlin, paris = two_orgs
    wizard = _import(qtbot, paris.session, text="hello, this is not a bundle")
    assert wizard.checks_page.result.text().startswith("This file is not a CaseVault bundle.")


def test_unsafe_file_name_is_shown_made_safe_in_the_preview(
    qtbot, two_orgs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import io

    from tests.support.resealed import reseal

    from casevault.services import attachments as attachment_service

    berlin, paris = two_orgs
    case_id = add_case(berlin)
    attachment_service.add_attachment(berlin.session, case_id, io.BytesIO(b"%PDF-1.4"), "a.pdf")

    def as_path(kind: str, value: dict) -> dict:  # type: ignore[type-arg]
        # Our own add_attachment stores safe names; a hostile client sends whatever it likes.
        return {**value, "filename": "../.profile"} if kind == "attachment" else value

    bundle = tmp_path / "names.cvb"
    bundle.write_bytes(reseal(berlin, paris, export_bytes(berlin, paris), as_path))
    wizard = _import(qtbot, paris.session, bundle)
    wizard.next()
    tree = wizard.preview_page.tree
    groups = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    line = groups["File names made safe"].child(0).text(0)
    assert "it is a path to a folder or file, not a plain name" in line
    assert "“profile”" in line
    wizard.reject()


def test_unsafe_evaluator_name_is_refused_in_words(qtbot, two_orgs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.screening import hostile_evaluator

    from casevault.services import evaluations as ev

    berlin, paris = two_orgs
    case_id = add_case(berlin)
    person_id = hostile_evaluator(berlin, "Anna\u200bPetrova", "interviewer")
    draft = ev.create_draft(
        berlin.session,
        case_id,
        person_id,
        {
            "date": "2026-10-01",
            "methods": ["interview"],
            "checklist": {"civilian_harm": {"state": "checked", "note": "none found"}},
            "verdict": "not_cleared",
            "confidence": "high",
        },
    )
    ev.finalise_evaluation(berlin.session, draft.evaluation.id)
    bundle = tmp_path / "evaluator.cvb"
    bundle.write_bytes(export_bytes(berlin, paris))
    before = logical_dump(paris.session)
    wizard = _import(qtbot, paris.session, bundle)
    result = wizard.checks_page.result.text()
    assert "an evaluator's name in it cannot be shown safely" in result
    assert "invisible characters" in result
    assert "Your vault was not changed." in result
    assert not wizard.checks_page.isComplete()
    assert logical_dump(paris.session) == before


def test_preview_says_why_an_evaluation_is_not_taken(qtbot, two_orgs) -> None:  # type: ignore[no-untyped-def]
    import dataclasses
    import uuid

    from casevault.exchange.plan_types import EvaluationSkip, SkippedEvaluation
    from casevault.gui.exchange.import_notices import skipped_evaluation_lines

    berlin, paris = two_orgs
    add_case(berlin)
    text = export_bytes(berlin, paris, armor=True).decode("ascii")
    wizard = _import(qtbot, paris.session, text=text)
    qtbot.waitUntil(lambda: wizard.checks_page.isComplete(), timeout=15_000)
    preview = wizard.checks_page.preview
    assert skipped_evaluation_lines(preview) == []
    ids = [uuid.UUID(int=n) for n in (1, 2, 3, 4)]
    skipped = tuple(
        SkippedEvaluation(evaluation_id, ids[0], skip)
        for evaluation_id, skip in zip(
            ids,
            (EvaluationSkip.CASE_NOT_HELD, EvaluationSkip.SUPERSEDED_NOT_HELD,
             EvaluationSkip.ALREADY_CORRECTED, EvaluationSkip.ALREADY_HELD),
            strict=True,
        )
    )  # fmt: skip
    plan = dataclasses.replace(preview.plan, skipped_evaluations=skipped)
    wizard.checks_page.preview = dataclasses.replace(preview, plan=plan, skipped_evaluations=2)
    wizard.next()
    tree = wizard.preview_page.tree
    groups = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    lines = [groups["Evaluations not counted"].child(i).text(0) for i in range(4)]
    assert lines == [
        "Evaluation 00000000 is not taken: its case is not in your vault (it was not sent with "
        "it, or you erased it).",
        "Evaluation 00000000 is not taken: it corrects an evaluation you do not have. Ask the "
        "sender for the earlier one.",
        "Evaluation 00000000 is not taken: the evaluation it corrects was corrected already by "
        "the same organisation.",
        "2 evaluations signed by an organisation you hold no keys for: not taken.",
    ]
    wizard.reject()
