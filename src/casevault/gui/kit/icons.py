"""The app's icons: small hand-written SVGs in `ui/icons/` (nothing sensitive, no text in them).

They ship inside the package as `casevault/_ui/icons` (pyproject force-includes `ui`); from a
source checkout they are read from the repository's top, like the translations (gui/i18n.py).
`icon()` of a missing file is an empty QIcon, so a missing icon never stops the app;
tests/gui/kit/test_forms.py checks that every icon here renders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from casevault.gui.resources import ui_dir

APP_ICON = "casevault"
ACTION_ICONS = ("lock", "export", "import", "partners")


def icons_dir() -> Path:
    """Where the .svg files are: inside the installed package, else at the repository's top."""
    return ui_dir("icons")


def icon_path(name: str) -> Path:
    """The file of icon `name` (without `.svg`); it may not exist."""
    return icons_dir() / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The icon `name` (e.g. "lock"), or an empty QIcon if there is no such file."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()
