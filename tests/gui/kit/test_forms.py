"""Every Designer form in ui/forms builds, and every icon in ui/icons renders."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QLineEdit, QWidget

from casevault.gui.kit.forms import child, forms_dir, load_form
from casevault.gui.kit.icons import ACTION_ICONS, APP_ICON, icon, icons_dir
from casevault.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

FORMS = sorted(path.stem for path in forms_dir().glob("*.ui"))
ICONS = sorted(path.stem for path in icons_dir().glob("*.svg"))


def test_forms_and_icons_are_found() -> None:
    assert {"unlock", "recovery", "change_passphrase"} <= set(FORMS)
    assert {APP_ICON, *ACTION_ICONS} <= set(ICONS)


@pytest.mark.parametrize("name", FORMS)
def test_every_form_loads(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    form = load_form(name, parent)
    assert form.parent() is parent
    assert form.findChildren(QWidget), f"{name}.ui has no widgets"


@pytest.mark.parametrize("name", FORMS)
def test_forms_hold_no_visible_text(name: str) -> None:
    """Texts come from tr() in the controller, so a text in the .ui would escape translation:
    the only strings allowed are the ones marked notr="true" (style sheets)."""
    tree = ElementTree.parse(forms_dir() / f"{name}.ui")  # noqa: S314 - our own form files
    texts = [s.text for s in tree.iter("string") if s.get("notr") != "true" and s.text]
    assert texts == []


def test_missing_form_and_child_fail_loudly(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(FileNotFoundError):
        load_form("no_such_form", parent)
    form = load_form("unlock", parent)
    assert isinstance(child(form, QLineEdit, "passphrase"), QLineEdit)
    with pytest.raises(LookupError):
        child(form, QLineEdit, "no_such_field")


@pytest.mark.parametrize("name", ICONS)
def test_every_icon_renders(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    loaded = icon(name)
    assert not loaded.isNull()
    image = loaded.pixmap(32, 32).toImage()
    assert not image.isNull()
    painted = [image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32)]
    assert any(painted), f"{name}.svg renders as an empty picture"


def test_unknown_icon_is_empty() -> None:
    assert icon("no_such_icon").isNull()


def test_main_window_has_app_and_action_icons(qtbot, ui_settings, locked_vault: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(locked_vault, ui_settings)
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    for action in (
        window.lock_action,
        window.export_action,
        window.import_action,
        window.partners_action,
    ):
        assert not action.icon().isNull()
