"""Open every screen of the desktop app, one after the other, on synthetic data.

Shared by tests/gui/test_translation_walk.py (checks every visible text) and
scripts/screenshots.py (saves a PNG of each). `tour()` yields (name, widget) with the widget
shown and settled; the caller looks at it before asking for the next one. Everything runs
under a temporary folder given by the caller; only invented people are in the vault.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from casevault.gui.main_window import MainWindow
from casevault.gui.safety.new_key_dialog import NewKeyKind
from casevault.gui.safety.recovery_dialog import RecoveryDialog
from casevault.gui.settings.ui_settings import UiSettings
from casevault.services import evaluations as eval_service
from casevault.services.cases import list_cases
from casevault.services.vaults import KdfChoice, open_vault
from casevault.synthetic.demo import DEMO_PASSPHRASE, build_demo_vault

WIZARD_PASSPHRASE = "violet tractor lantern seventeen"
SCREENING = {
    "date": "2024-05-01",
    "methods": ["interview", "documents"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "No sign of it."}},
    "verdict": "cleared",
    "confidence": "high",
    "notes": "The account matches the documents.",
}


def wait_for(condition: Callable[[], object], timeout: float = 20.0) -> None:
    """Let Qt run until `condition()` holds (workers report by queued signal)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        QTest.qWait(20)


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def build_screening_demo(path: Path, count: int = 40) -> None:
    """The demo vault plus a few signed evaluations (so clearance and dossiers show some)."""
    build_demo_vault(path, count, seed=20260101)
    with open_vault(path, DEMO_PASSPHRASE) as session:
        a = eval_service.add_evaluator(session, "Evaluator A", "screener")
        b = eval_service.add_evaluator(session, "Evaluator B", "lawyer")
        cases = list_cases(session, limit=12)
        for index, case in enumerate(cases):
            verdicts = (
                ["cleared", "cleared"],
                ["cleared"],
                ["cleared", "not_cleared"],
                ["cleared", "inconclusive"],
            )[index % 4]
            for evaluator, verdict in zip((a, b), verdicts, strict=False):
                draft = eval_service.create_draft(
                    session, case.id, evaluator.id, {**SCREENING, "verdict": verdict}
                )
                eval_service.finalise_evaluation(session, draft.evaluation.id)


# Every dialog reached from a menu of the open vault: (name, open it, ready when). Adding a
# screen to the tour (and so to the translation and screen-size walks) is one line here.
Opener = Callable[[MainWindow], QWidget | None]
DIALOGS: list[tuple[str, Opener, Callable[[Any], object] | None]] = [
    ("dossier", lambda w: w.open_dossier(), lambda d: d.dossier is not None),
    ("change-passphrase", lambda w: w.safety.change_passphrase(), None),
    ("wrong-passphrases-option", lambda w: w.safety.choose_guard(), None),
    ("duress-passphrase", lambda w: w.safety.choose_duress(), None),
    ("new-database-key", lambda w: w.safety.new_key(NewKeyKind.DATABASE_KEY), None),
    ("new-recovery-code", lambda w: w.safety.new_key(NewKeyKind.RECOVERY_CODE), None),
    ("check-vault", lambda w: w.safety.check_vault(), lambda d: d.report is not None),
    ("import-wizard", lambda w: w.workspace.show_exchange().start_import(), None),
    ("export-wizard", lambda w: w.workspace.show_exchange().start_export(), None),
    ("help-guide", lambda w: w.help.show_guide(), None),
    ("help-about", lambda w: w.help.show_about(), None),
]


def _close(widget: QWidget) -> None:
    reject = getattr(widget, "reject", None)
    if callable(reject):
        reject()
    else:
        widget.close()
    _settle()


def tour(
    workdir: Path, settings: UiSettings, cases: int = 40, size: tuple[int, int] = (1100, 720)
) -> Iterator[tuple[str, QWidget]]:
    """Yield every screen: wizard pages, the empty new vault, unlock, recovery, the workspace
    tabs, the case editor's tabs, and every dialog of the menus (DIALOGS). The main window is
    given `size` (the screen-size walk passes the whole screen)."""
    kdf = KdfChoice(floor=True)
    # --- first run -------------------------------------------------------------------
    window = MainWindow(workdir / "new-vault", settings, kdf=kdf)
    window.resize(*size)
    window.show()
    wizard = window.wizard
    assert wizard is not None  # a fresh folder always starts with the wizard
    QTest.keyClicks(wizard.passphrase_page.passphrase, WIZARD_PASSPHRASE)
    QTest.keyClicks(wizard.passphrase_page.confirm, WIZARD_PASSPHRASE)
    _settle()
    yield "wizard-1-passphrase", window
    wizard.next()
    QTest.keyClicks(wizard.organisation_page.name, "Demo Transit Network")
    _settle()
    yield "wizard-2-organisation", window
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    wait_for(lambda: wizard.currentPage() is wizard.code_page)
    yield "wizard-3-recovery-code", window
    wizard.next()
    _settle()
    yield "wizard-4-check-code", window
    code = wizard.result_value.recovery_code if wizard.result_value else ""
    wizard.confirm_page.group.setText(code.split("-")[2])
    QTest.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    wait_for(lambda: window.workspace is not None)
    _settle()
    yield "empty-new-vault", window
    window.close()
    window.deleteLater()

    # --- an existing vault -----------------------------------------------------------
    vault = workdir / "demo-vault"
    build_screening_demo(vault, cases)
    window = MainWindow(vault, settings, kdf=kdf)
    window.resize(*size)
    window.show()
    _settle()
    yield "unlock", window
    recovery = RecoveryDialog(vault, window)
    recovery.show()
    _settle()
    yield "recovery", recovery
    recovery.reject()
    QTest.keyClicks(window.unlock_view.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    wait_for(lambda: workspace.needs_action.result is not None)
    _settle()
    yield "needs-action", window
    workspace.tabs.setCurrentWidget(workspace.cases)
    wait_for(lambda: workspace.cases.model.rowCount() > 0)
    workspace.cases.table.selectRow(0)
    _settle()
    yield "case-list", window
    workspace.tabs.setCurrentWidget(workspace.audit)
    _settle()
    yield "audit-log", window
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    wait_for(lambda: workspace.dashboard.statistics is not None)
    _settle()
    yield "dashboard", window
    exchange = workspace.show_exchange()
    exchange.show_partners()
    _settle()
    yield "partners-and-exchange", window
    workspace.tabs.setCurrentWidget(workspace.cases)

    editor = workspace.open_editor(str(workspace.cases.selected_id()))
    assert editor is not None
    editor.resize(820, 600)
    for index in range(editor.form.count()):
        editor.form.setCurrentIndex(index)
        _settle()
        yield f"case-editor-{index + 1}", editor
    editor.force_close()
    new_case = workspace.new_case()
    assert new_case is not None
    _settle()
    yield "case-editor-new", new_case
    new_case.force_close()

    for name, open_dialog, ready in DIALOGS:
        dialog = open_dialog(window)
        assert dialog is not None, name
        if ready is not None:
            wait_for(lambda d=dialog, r=ready: r(d))
        _settle()
        yield name, dialog
        _close(dialog)
    window.lock()
    _settle()
    yield "locked", window
    QTest.keyClicks(window.unlock_view.passphrase, "not the passphrase")
    QTest.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: window.unlock_view.error.text() != "")
    yield "unlock-wrong-passphrase", window
    QTest.keyClicks(window.unlock_view.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: window.workspace is not None)
    panic = window.safety.panic()
    assert panic is not None
    _settle()
    yield "panic", panic
    panic.confirmation.setText(panic.word)
    QTest.mouseClick(panic.destroy_button, Qt.MouseButton.LeftButton)
    _settle()
    yield "destroyed", window
    window.close()
    window.deleteLater()
    QApplication.processEvents()
