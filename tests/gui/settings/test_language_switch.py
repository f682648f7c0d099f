"""Settings → Language switches the app at once, without closing the vault or losing work,
marks the current language in the menu, and is remembered for the next start."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.i18n import Translations

pytestmark = pytest.mark.gui


def test_switching_keeps_the_session_the_open_case_and_unsaved_edits(
    qapp, qtbot, unlocked_window, ui_settings, typist
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    window.translations = Translations()
    workspace = window.workspace
    session = workspace.session
    workspace.cases.table.selectRow(1)
    selected = workspace.cases.selected_id()
    editor = workspace.open_editor(str(selected))
    typist(editor.form.inputs["city"], "Алматы")
    editor.form.setCurrentIndex(2)
    untouched = workspace.open_editor(str(workspace.cases.model.case_id(0)))
    workspace.tabs.setCurrentWidget(workspace.audit)
    assert window.language_actions["en"].isChecked()
    try:
        window.language_actions["ru"].trigger()
        # Everything that shows text was built again, in Russian, over the same open vault.
        assert window.menuBar().actions()[0].text() == "&Файл"
        assert window.unlock_view.unlock_button.text() == "&Разблокировать"
        assert window.workspace is not workspace
        assert window.workspace.session is session
        assert session.vault._conn is not None  # never closed: no passphrase asked
        assert window.language_actions["ru"].isChecked()
        assert not window.language_actions["en"].isChecked()
        assert ui_settings.language() == "ru"
        # …and what the person was doing is back.
        workspace = window.workspace
        assert workspace.tabs.currentWidget() is workspace.audit
        assert workspace.cases.selected_id() == selected
        assert len(workspace.editors) == 2
        reopened = next(e for e in workspace.editors if e.case_id == selected)
        assert reopened.form.inputs["city"].text() == "Алматы"
        assert reopened.is_dirty()
        assert reopened.windowTitle().startswith("* ")
        assert reopened.form.currentIndex() == 2
        other = next(e for e in workspace.editors if e is not reopened)
        assert other.case_id == untouched.case_id
        assert not other.is_dirty()
        # The old widgets hold no case data any more.
        assert editor.isHidden()
        # Lock and unlock keep working on the rebuilt window.
        qtbot.keyClick(workspace.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.workspace is None
        assert window.unlock_view.error.text() == "Хранилище заблокировано."
    finally:
        window.language_actions["en"].trigger()
        window.translations.remove(qapp)
    assert window.menuBar().actions()[0].text() == "&File"
    assert ui_settings.language() == "en"


def test_switching_on_the_lock_screen_and_choosing_the_same_language(
    qapp, tmp_path, ui_settings, qtbot, locked_vault
) -> None:  # type: ignore[no-untyped-def]
    from casevault.gui.main_window import MainWindow
    from casevault.services.vaults import KdfChoice

    window = MainWindow(locked_vault, ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(window)
    window.show()
    window.translations = Translations()
    try:
        window.choose_language("fr")
        assert window.stack.currentWidget() is window.unlock_view
        assert window.unlock_view.unlock_button.text() == "&Déverrouiller"
        assert window.language_actions["fr"].isChecked()
        menus = window.menuBar().actions()
        window.choose_language("fr")  # the same language again: nothing is rebuilt
        assert window.menuBar().actions() == menus
    finally:
        window.translations.remove(qapp)


def test_the_menu_marks_the_language_the_app_started_in(
    qtbot, tmp_path, ui_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from casevault.gui.main_window import MainWindow
    from casevault.services.vaults import KdfChoice

    monkeypatch.delenv("CASEVAULT_LANG", raising=False)
    ui_settings.set_language("fr")
    window = MainWindow(tmp_path / "vault", ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(window)
    checked = [code for code, action in window.language_actions.items() if action.isChecked()]
    assert checked == ["fr"]
    monkeypatch.setenv("CASEVAULT_LANG", "ru")  # the override wins at the start, as in gui/app.py
    other = MainWindow(tmp_path / "vault2", ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(other)
    assert other.language_actions["ru"].isChecked()
