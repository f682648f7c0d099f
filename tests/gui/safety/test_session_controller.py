"""One session controller owns unlock, lock, auto-lock and panic; the main window and the
safety actions ask it and never import each other (the lock and panic tests of
test_main_window.py, test_panic.py and test_kept_edits.py are the proof that behaviour stayed)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from casevault.gui.safety.session_controller import SessionController
from casevault.services.vaults import vault_exists

pytestmark = pytest.mark.gui
GUI = Path(__file__).resolve().parents[3] / "src" / "casevault" / "gui"


def _imports(module: str) -> set[str]:
    """The casevault.gui modules `module` (a dotted name under gui/) imports, by their last
    name (at run time or for type checking)."""
    tree = ast.parse((GUI / f"{module.replace('.', '/')}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("casevault.gui."):
            found.add(str(node.module).rsplit(".", 1)[-1])
    return found


def test_main_window_and_safety_actions_do_not_import_each_other() -> None:
    assert "main_window" not in _imports("safety.safety_actions")
    assert "safety_actions" in _imports("main_window")
    assert "session_controller" in _imports("safety.safety_actions")
    # The controller knows neither: it is asked, it does not reach out.
    assert {"main_window", "safety_actions"} & _imports("safety.session_controller") == set()


def test_only_the_controller_touches_the_page_stack() -> None:
    """No module but the controller adds, removes or switches the window's pages."""
    reaching = sorted(
        path.stem
        for path in GUI.rglob("*.py")
        if path.stem != "session_controller"
        and any(
            needle in path.read_text(encoding="utf-8")
            for needle in ("stack.addWidget", "stack.removeWidget", "stack.setCurrentWidget")
        )
    )
    assert reaching == []


def test_the_controller_locks_unlocks_and_reports_the_state(qtbot, unlocked_window) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    controller = window.controller
    assert isinstance(controller, SessionController)
    assert window.workspace is controller.workspace is not None
    states: list[bool] = []
    controller.state_changed.connect(states.append)
    session = controller.workspace.session
    controller.lock()
    assert states == [False]
    assert controller.stack.currentWidget() is controller.unlock_view
    assert session.vault._conn is None
    assert not window.new_action.isEnabled()
    assert window.safety.panic_action.isEnabled()  # panic needs no open vault
    qtbot.keyClicks(controller.unlock_view.passphrase, "correct horse battery staple")
    qtbot.mouseClick(controller.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=15_000)
    assert states == [False, True]
    assert window.new_action.isEnabled()
    assert controller.idle.timeout_ms > 0


def test_panic_goes_through_the_controller(qtbot, unlocked_window, locked_vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window
    dialog = window.safety.panic()
    assert dialog is not None
    qtbot.keyClicks(dialog.confirmation, dialog.word)
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert window.controller.is_destroyed
    assert window.stack.currentWidget() is window.controller.destroyed_view
    assert window.safety.destroyed_view is window.controller.destroyed_view
    assert not window.safety.panic_action.isEnabled()
    assert not vault_exists(locked_vault)
