"""What an unlocked vault shows: tabs for cases and the audit log, and the open editors.

The workspace owns the Session. `close_session()` closes every editor without asking, drops
every row held by the views and closes the vault: after it, nothing of the case data is left
in a widget.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from casevault.gui.cases.case_editor import CaseEditor
from casevault.gui.cases.case_list_view import CaseListView
from casevault.gui.cases.duplicate_warning import DuplicateWarning, warn_if_duplicates
from casevault.gui.cases.empty_state import EmptyVaultHint
from casevault.gui.cases.kept_edits import KeptEditsOffer, keep_open_edits, offer_kept_edits
from casevault.gui.cases.needs_action_view import NeedsActionView
from casevault.gui.exchange.exchange_tab import ExchangeTab
from casevault.gui.reports.audit_view import AuditView
from casevault.gui.reports.dashboard_view import DashboardView
from casevault.services.needs_action import Target
from casevault.services.organisation import show_organisation
from casevault.services.session import Session


class Workspace(QWidget):
    """Tabs over one open session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self.editors: list[CaseEditor] = []
        self.duplicate_warning: DuplicateWarning | None = None  # the last one shown
        self.setAccessibleName(self.tr("Workspace"))
        self.organisation = show_organisation(session)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.needs_action = NeedsActionView(session, self)
        self.tabs.addTab(self.needs_action, self.tr("Needs action"))
        self.cases = CaseListView(session, self)
        self.empty_hint = EmptyVaultHint(self.cases.table, lambda: self.session)
        self.audit = AuditView(session, self)
        self.tabs.addTab(self.cases, self.tr("Cases"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.dashboard = DashboardView(session, self)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.exchange = ExchangeTab(session, self, self._selected_case_ids)
        self.exchange.cases_changed.connect(self.cases.refresh)
        self.tabs.addTab(self.exchange, self.tr("Partners and exchange"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.cases.open_case.connect(self.open_editor)
        self.cases.new_case.connect(self.new_case)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.needs_action.open_case.connect(self.open_editor)
        self.needs_action.open_screen.connect(self._open_screen)
        self.needs_action.refresh()
        if self.cases.model.total == 0:
            # A new, empty vault opens on its case list, which says what to do next.
            self.tabs.setCurrentWidget(self.cases)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit and self.session is not None:
            self.audit.refresh()
        if self.tabs.widget(index) is self.dashboard and self.session is not None:
            self.dashboard.refresh()
        if self.tabs.widget(index) is self.needs_action and self.session is not None:
            self.needs_action.refresh()

    def _open_screen(self, target: Target) -> None:
        exchange = self.show_exchange()
        screens = {
            Target.CONFLICTS: exchange.conflicts,
            Target.INBOX: exchange.inbox,
            Target.PARTNERS: exchange.partners,
        }
        if target in screens:
            exchange.sections.setCurrentWidget(screens[target])

    def _selected_case_ids(self) -> list[str]:
        selected = self.cases.selected_id()
        return [str(selected)] if selected is not None else []

    def show_exchange(self) -> ExchangeTab:
        """The "Partners and exchange" tab, brought to the front."""
        self.tabs.setCurrentWidget(self.exchange)
        return self.exchange

    def new_case(self) -> CaseEditor | None:
        """Open an editor on a new, empty case."""
        return self.open_editor(None)

    def open_editor(self, case_id: str | None) -> CaseEditor | None:
        """Open (or raise) the editor of `case_id`; None opens a new case."""
        if self.session is None:
            return None
        wanted = uuid.UUID(case_id) if case_id else None
        for editor in self.editors:
            if wanted is not None and editor.case_id == wanted:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = CaseEditor(self.session, wanted, self)
        editor.saved.connect(self.cases.refresh)
        editor.new_case_saved.connect(lambda case_id, e=editor: self._check_duplicates(e, case_id))
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _check_duplicates(self, editor: CaseEditor, case_id: str) -> None:
        """A new case was saved: warn if it may be the same man as another one."""
        if self.session is None:
            return
        warning = warn_if_duplicates(self.session, case_id, editor)
        self.duplicate_warning = warning
        if warning is not None:
            warning.open_case.connect(self.open_editor)
            warning.merged.connect(lambda kept, e=editor: self._merged(e, kept))

    def _merged(self, absorbed_editor: CaseEditor, kept: str) -> None:
        # The new case now lives in the kept one: show that one instead.
        absorbed_editor.force_close()
        self.cases.refresh()
        self.open_editor(kept)

    def _editor_closed(self, editor: CaseEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()

    def focus_search(self) -> None:
        """Ctrl+F: show the case list and put the cursor in the search box."""
        self.tabs.setCurrentWidget(self.cases)
        self.cases.search.setFocus()
        self.cases.search.selectAll()

    def offer_kept_edits(self) -> KeptEditsOffer:
        """After unlock: offer back the edits that were unsaved when the vault last locked."""
        return offer_kept_edits(self)

    def close_session(self) -> None:
        """Keep unsaved edits in the vault (gui/cases/kept_edits.py), close editors, forget rows,
        close the vault. With no session (panic), unsaved edits are dropped."""
        if self.session is not None:
            keep_open_edits(self.session, self.editors)
        for editor in list(self.editors):
            if editor.guard is not None:
                editor.guard.reject()
            editor.force_close()
        self.editors.clear()
        self.exchange.close_all()
        for dialog in self.findChildren(QDialog):  # dossier, passphrase and option dialogs
            dialog.reject()
        self.cases.detach()
        self.audit.model.clear()
        self.dashboard.detach()
        self.needs_action.detach()
        if self.session is not None:
            self.session.close()
            self.session = None
