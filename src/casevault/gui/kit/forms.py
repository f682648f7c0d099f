"""Load the Qt Designer forms in `ui/forms/` (layout only; texts are set in code).

A few small, fixed dialogs are drawn in Designer (docs/decisions/0001-forms-and-code.md lists
them); their Python module stays the controller. The .ui files hold no visible text: every text
is set with `self.tr()` by the controller, so translations stay in one Linguist context per
class. Forms ship inside the package as `casevault/_ui/forms` (pyproject force-includes `ui`).

Raises FileNotFoundError for a form that does not exist, RuntimeError if Qt cannot build it,
and LookupError when a controller asks for a child the form does not have (a renamed
objectName fails at once, not later with None).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from casevault.gui.resources import ui_dir
from casevault.gui.safety.passphrase_strength import StrengthMeter

_Child = TypeVar("_Child", bound=QObject)


def forms_dir() -> Path:
    """Where the .ui files are: inside the installed package, else at the repository's top."""
    return ui_dir("forms")


def _loader() -> QUiLoader:
    loader = QUiLoader()
    # Our own widgets that forms may use (declared under <customwidgets> in the .ui).
    loader.registerCustomWidget(StrengthMeter)
    return loader


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of `ui/forms/<name>.ui` as a child of `parent`."""
    path = forms_dir() / f"{name}.ui"
    if not path.is_file():
        raise FileNotFoundError(path)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open form {name}: {file.errorString()}")
    try:
        loader = _loader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot build form {name}: {loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[_Child], name: str) -> _Child:
    """The child of `form` called `name`, which must be a `kind`."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form {form.objectName()} has no {kind.__name__} named {name}")
    return found
