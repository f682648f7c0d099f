"""Help: F1 opens a short guide for the screen in front of the person, in the UI language;
About names the version, the licence and where the documentation is; an empty new vault says
what to do next."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casevault import __version__
from casevault.gui.help.help_texts import GUIDES, guide_for
from casevault.gui.i18n import Translations
from casevault.gui.main_window import MainWindow
from casevault.services import cases as case_service
from casevault.services.vaults import KdfChoice

pytestmark = pytest.mark.gui


def test_f1_gives_the_guide_of_the_screen_in_front(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    workspace = window.workspace
    for tab, key in (
        (workspace.cases, "cases"),
        (workspace.audit, "audit"),
        (workspace.dashboard, "dashboard"),
        (workspace.exchange, "exchange"),
    ):
        workspace.tabs.setCurrentWidget(tab)
        qtbot.keyClick(workspace.tabs, Qt.Key.Key_F1)
        box = window.help.box
        assert box is not None
        assert box.isVisible()
        assert box.objectName() == f"guide-{key}"
        assert (box.windowTitle(), box.text()) == guide_for(key)
        box.close()
    editor = workspace.new_case()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.form, Qt.Key.Key_F1)
    assert window.help.box.objectName() == "guide-case-editor"
    assert window.help.box.parent() is editor
    editor.force_close()
    window.lock()
    window.help.show_guide()
    assert window.help.box.objectName() == "guide-unlock"


def test_every_screen_has_a_guide_in_words() -> None:
    assert set(GUIDES) == {
        "wizard",
        "unlock",
        "cases",
        "audit",
        "dashboard",
        "exchange",
        "case-editor",
        "destroyed",
    }
    assert guide_for("no such screen") == guide_for("cases")


def test_the_guide_speaks_the_ui_language(qapp, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The guide is looked up through the catalogs when it is shown, not when it was marked."""
    translations = Translations()
    translations.install(qapp, "ru")
    monkeypatch.setattr(
        "casevault.gui.help.help_texts.QCoreApplication.translate",
        lambda context, text, *a: f"[{context}] {text}",
    )
    try:
        title, text = guide_for("cases")
        assert title == "[HelpTexts] The case list"
        assert text.startswith("[HelpTexts] Every case of this vault.")
    finally:
        translations.remove(qapp)


def test_about_names_version_licence_and_docs(qtbot, tmp_path: Path, ui_settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(tmp_path / "vault", ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == ["&Guide for this screen", "&About CaseVault"]
    assert window.help.guide_action.shortcut().toString() == "F1"
    box = window.help.show_about()
    text = box.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert "docs" in text
    assert "README.md" in text
    assert str(tmp_path) not in text
    assert "/home" not in text
    assert window.help.show_guide().objectName() == "guide-wizard"


def test_an_empty_vault_says_what_to_do_next(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    workspace = window.workspace
    hint = workspace.empty_hint.hint
    workspace.tabs.setCurrentWidget(workspace.cases)  # the hint lives on the case list
    assert not hint.isVisible()  # three cases
    for case in case_service.list_cases(workspace.session):
        case_service.delete_case(workspace.session, case.id)
    workspace.cases.refresh()
    assert hint.isVisible()
    assert "No cases yet" in hint.text()
    assert "Ctrl+N" in hint.text()
    assert "Import a bundle" in hint.text()
    workspace.cases.search.setText("Орлов")  # a search that finds nothing is not an empty vault
    case_service.restore_case(workspace.session, case.id)
    workspace.cases.refresh()
    assert not hint.isVisible()
