"""A yes-or-cancel question that does not block the event loop (QMessageBox.open, not exec).

The answer arrives when the person clicks; Cancel is the default and the Escape button, so a
stray Enter never confirms something that cannot be undone. Tests answer through the box the
caller keeps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    detail: str,
    yes: str,
    on_yes: Callable[[], None],
    on_done: Callable[[], None] | None = None,
) -> QMessageBox:
    """Open the question window-modally; `on_yes` runs only if the `yes` button was clicked,
    `on_done` runs after any answer. Returns the box (already open)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel)
    box.setParent(parent, box.windowFlags())
    box.setInformativeText(detail)
    box.setAccessibleName(title)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setAccessibleName(yes.replace("&", ""))
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Questions", "Cancel"))
    cancel.setAccessibleName(QCoreApplication.translate("Questions", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        confirmed = box.clickedButton() is yes_button
        if on_done is not None:
            on_done()
        if confirmed:
            on_yes()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box
