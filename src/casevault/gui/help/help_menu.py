"""Help menu: a short guide for the screen in front of you (F1) and the About box.

F1 works everywhere in the app (an application shortcut): in the main window and in a case
editor. The guide is chosen by `help_context`, from what the session controller shows and which
window is active; its text is in gui/help/help_texts.py. About names the version, the licence and
where the documentation is — the `docs` folder and README of the installation, given relative
to it (this machine's paths are nobody's business on a screenshot).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from casevault import __version__
from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.help.help_texts import guide_for
from casevault.gui.safety.session_controller import SessionController

LICENCE = "GPL-3.0-or-later"
SCREEN_OF_TAB = ("cases", "audit", "dashboard", "exchange")


def help_context(controller: SessionController) -> str:
    """The key (gui/help_texts.GUIDES) of the screen the person is looking at."""
    active = QApplication.activeWindow()
    if isinstance(active, CaseEditor):
        return "case-editor"
    current = controller.stack.currentWidget()
    if controller.wizard is not None and current is controller.wizard:
        return "wizard"
    if controller.destroyed_view is not None and current is controller.destroyed_view:
        return "destroyed"
    workspace = controller.workspace
    if workspace is None or current is not workspace:
        return "unlock"
    tab = workspace.tabs.currentWidget()
    for key, widget in (
        ("cases", workspace.cases),
        ("audit", workspace.audit),
        ("dashboard", workspace.dashboard),
        ("exchange", workspace.exchange),
    ):
        if tab is widget:
            return key
    return "cases"


class HelpMenu(QObject):
    """Fills `menu` with "Guide for this screen" (F1) and "About CaseVault"."""

    def __init__(self, window: QMainWindow, menu: QMenu, context: Callable[[], str]) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.box: QMessageBox | None = None
        self.guide_action = QAction(self.tr("&Guide for this screen"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("&About CaseVault"), window)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.guide_action, self.about_action):
            window.addAction(action)
            menu.addAction(action)

    def _open(self, title: str, text: str, parent: QWidget) -> QMessageBox:
        if self.box is not None:
            self.box.close()
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(title)
        box.finished.connect(lambda _result, b=box: self._closed(b))
        box.open()
        self.box = box
        return box

    def _closed(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
        box.deleteLater()

    def show_guide(self) -> QMessageBox:
        """F1: the guide for the current screen (non-blocking)."""
        key = self._context()
        title, text = guide_for(key)
        parent = QApplication.activeWindow() or self._window
        box = self._open(title, text, parent)
        box.setObjectName(f"guide-{key}")
        return box

    def show_about(self) -> QMessageBox:
        """Version, licence, where the documentation is (non-blocking)."""
        text = (
            self.tr("CaseVault %1").replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "An encrypted case tracker that works offline, for organisations that help "
                "people leave the war."
            )
            + "\n\n"
            + self.tr("Licence: %1 (free software: you may share and change it).").replace(
                "%1", LICENCE
            )
            + "\n\n"
            + self.tr(
                "Documentation: the “docs” folder and README.md that come with CaseVault "
                "(in the installation folder, or at the top of the source)."
            )
        )
        return self._open(self.tr("About CaseVault"), text, self._window)
