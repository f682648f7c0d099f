"""Choosing a file to attach, or where to put an exported copy, without leaving a trail.

Native file dialogs feed the desktop's "recent files" lists (GTK's recently-used.xbel, the
Windows recent-documents list, macOS recent items), which we cannot control, so we use Qt's own
dialog. That one remembers the folders it visited in QSettings ("QtProject.conf", written when
the dialog is destroyed, which no option turns off): before it goes we set its history and
folder back to the home folder, so what Qt stores names no folder of case data. We never store
a path in our own settings either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from casevault.domain.outside_names import safe_file_name

DialogRunner = Callable[[QFileDialog], int]


def _run_exec(dialog: QFileDialog) -> int:
    return dialog.exec()


def _forget(dialog: QFileDialog) -> None:
    """Leave nothing of where the person went for Qt to save."""
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.selectFile("")


def _choose(dialog: QFileDialog, run: DialogRunner) -> str | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontResolveSymlinks, True)
    dialog.setDirectory(QDir.homePath())
    try:
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
    finally:
        _forget(dialog)
        dialog.deleteLater()
    return files[0] if accepted and files else None


def choose_file_to_attach(parent: QWidget | None, run: DialogRunner = _run_exec) -> str | None:
    """The path of an existing file the person picked, or None."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("FileChoosers", "Choose a file to attach")
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setAccessibleName(QCoreApplication.translate("FileChoosers", "Choose a file to attach"))
    return _choose(dialog, run)


def choose_export_path(
    parent: QWidget | None, suggested_name: str, run: DialogRunner = _run_exec
) -> str | None:
    """Where to write an unencrypted copy (the dialog asks before replacing a file), or None."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("FileChoosers", "Save an unencrypted copy as")
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setAccessibleName(
        QCoreApplication.translate("FileChoosers", "Save an unencrypted copy as")
    )
    dialog.selectFile(
        safe_file_name(suggested_name)
    )  # a name, never a path (may come from outside)
    return _choose(dialog, run)


# (parent, title, name filter) -> chosen path, or "" if cancelled. Views that open or save
# bundles and cards take one of these, so tests pass a function returning a path instead.
FileChooser = Callable[[QWidget, str, str], str]


def choose_file_to_open(parent: QWidget, title: str, name_filter: str) -> str:
    """An "Open" dialog (Qt's own, leaving no trail); "" if cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setNameFilter(name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setAccessibleName(title)
    return _choose(dialog, _run_exec) or ""


def choose_save_path(
    parent: QWidget | None, title: str, suggested_name: str, name_filter: str
) -> str | None:
    """A "Save as" dialog that suggests `suggested_name` (a name, never a path) and leaves no
    folder history in Qt's settings (the PDF reports use it instead of Qt's static
    getSaveFileName, which stores the chosen folder in QtProject.conf). None if cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setNameFilter(name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setAccessibleName(title)
    dialog.selectFile(safe_file_name(suggested_name))
    return _choose(dialog, _run_exec)


def choose_file_to_save(parent: QWidget, title: str, name_filter: str) -> str:
    """A "Save as" dialog (it asks before replacing a file); "" if cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setNameFilter(name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setAccessibleName(title)
    return _choose(dialog, _run_exec) or ""


def choose_folder(parent: QWidget, title: str, name_filter: str = "") -> str:
    """A folder dialog (Qt's own, leaving no trail); "" if cancelled. Same shape as a
    FileChooser, so tests pass a function returning a folder instead."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAccessibleName(title)
    return _choose(dialog, _run_exec) or ""
