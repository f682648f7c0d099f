"""Which file the person picked: the Qt file dialogs behind a plain function type.

Views take these as arguments so that tests pass a function returning a path under tmp_path
instead of driving a native dialog. An empty string means the person cancelled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QWidget

# (parent, title, name filter) -> chosen path, or "" if cancelled.
FileChooser = Callable[[QWidget, str, str], str]


def choose_file_to_open(parent: QWidget, title: str, name_filter: str) -> str:
    """A native "Open" dialog."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path


def choose_file_to_save(parent: QWidget, title: str, name_filter: str) -> str:
    """A native "Save as" dialog (it asks before replacing a file)."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, "", name_filter)
    return path
