"""Settings → Language: switch the app's language now, without losing work.

Widgets built with tr() do not change their texts when another translator is installed, and
ours set most texts once, in their constructors. So the switch rebuilds what shows text — the
menus, the unlock screen and the workspace — over the SAME open session (the vault is not
closed, no passphrase is asked), and puts back what the person was doing: the tab, the case
selected in the list, every open case editor with its page and its unsaved values (in memory
only, as they were in the old editor; nothing is written anywhere). Dialogs open at that
moment are closed, as a lock would close them. The choice is remembered in the UI settings for
the next start (`CASEVAULT_LANG` still overrides it there).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from casevault.gui.i18n import SUPPORTED_LANGUAGES, Translations
from casevault.gui.safety.session_controller import SessionController
from casevault.gui.settings.ui_settings import UiSettings
from casevault.gui.workspace import Workspace


class SwitchableWindow(Protocol):
    """What the switch needs of the main window."""

    controller: SessionController
    settings: UiSettings
    translations: Translations | None

    def retranslate(self) -> None: ...


@dataclass(frozen=True)
class OpenEditor:
    """One open case editor: which case, which page, its unsaved values (None: none)."""

    case_id: uuid.UUID | None
    page: int
    unsaved: dict[str, Any] | None
    geometry: QByteArray


@dataclass(frozen=True)
class WorkState:
    """What the person was doing in the workspace."""

    tab: int
    selected: uuid.UUID | None
    editors: list[OpenEditor] = field(default_factory=list)


def capture(workspace: Workspace) -> WorkState:
    """The tab, selection and open editors of `workspace` (values stay in memory)."""
    editors = [
        OpenEditor(
            editor.case_id,
            editor.form.currentIndex(),
            editor.form.data() if editor.is_dirty() else None,
            editor.saveGeometry(),
        )
        for editor in workspace.editors
    ]
    return WorkState(workspace.tabs.currentIndex(), workspace.cases.selected_id(), editors)


def restore(workspace: Workspace, state: WorkState) -> None:
    """Put `state` back on a freshly built workspace of the same session."""
    workspace.tabs.setCurrentIndex(state.tab)
    if state.selected is not None:
        workspace.cases.refresh(select=str(state.selected))
    for kept in state.editors:
        editor = workspace.open_editor(str(kept.case_id) if kept.case_id else None)
        if editor is None:
            continue
        editor.restoreGeometry(kept.geometry)
        if kept.unsaved is not None:
            editor.form.put_data(kept.unsaved)
        editor.form.setCurrentIndex(kept.page)


def switch_language(window: SwitchableWindow, code: str) -> bool:
    """Install `code`'s catalogs, rebuild every text of `window` in it, keep the work open,
    and remember the choice. False (nothing changed) for an unknown or the current language."""
    if code not in SUPPORTED_LANGUAGES:
        return False
    window.settings.set_language(code)
    window.settings.sync()
    translations = window.translations
    if translations is None:
        translations = window.translations = Translations()
    if code == translations.language:
        return False
    app = QApplication.instance()
    if app is None:
        return False
    controller = window.controller
    state = capture(controller.workspace) if controller.workspace is not None else None
    translations.install(app, code)
    controller.replace_pages()
    window.retranslate()
    if state is not None and controller.workspace is not None:
        restore(controller.workspace, state)
    return True
