"""The "Partners and exchange" tab: partners, conflicts, and the export and import wizards.

The wizards open without blocking and are kept in `export_wizard` / `import_wizard` while
open. After an import the tab emits `cases_changed`, so the workspace reloads the case list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from casevault.gui.exchange.conflicts_view import ConflictsView
from casevault.gui.exchange.export_wizard import ExportWizard
from casevault.gui.exchange.import_wizard import ImportWizard
from casevault.gui.exchange.inbox_panel import InboxPanel
from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_open, choose_file_to_save
from casevault.gui.partners.laptops_view import LaptopsView
from casevault.gui.partners.partners_view import PartnersView
from casevault.services import transport
from casevault.services.session import Session


class ExchangeTab(QWidget):
    """Partners and conflicts as sub-tabs, with Export and Import buttons above them."""

    cases_changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        selected_cases: Callable[[], Sequence[str]] = tuple,
        open_file: FileChooser = choose_file_to_open,
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._selected_cases = selected_cases
        self._open_file = open_file
        self._save_file = save_file
        self.export_wizard: ExportWizard | None = None
        self.import_wizard: ImportWizard | None = None
        self.setAccessibleName(self.tr("Partners and exchange"))
        self.export_button = QPushButton(self.tr("&Export a bundle…"), self)
        self.export_button.setAccessibleName(self.tr("Export a bundle"))
        self.import_button = QPushButton(self.tr("&Import a bundle…"), self)
        self.import_button.setAccessibleName(self.tr("Import a bundle"))
        self.partners = PartnersView(session, self, open_file, save_file)
        self.conflicts = ConflictsView(session, self)
        self.sections = QTabWidget(self)
        self.sections.setAccessibleName(self.tr("Exchange sections"))
        self.sections.addTab(self.partners, self.tr("Partners"))
        self.sections.addTab(self.conflicts, self.tr("Conflicts"))
        self.inbox = InboxPanel(session, self.start_import, self)
        self.sections.addTab(self.inbox, self.tr("Inbox"))
        self.laptops = LaptopsView(session, self, open_file, save_file)
        self.sections.addTab(self.laptops, self.tr("Our laptops and keys"))
        self.laptops.organisation_changed.connect(self.partners.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.sections, 1)
        self.export_button.clicked.connect(self.start_export)
        self.import_button.clicked.connect(self.start_import)
        self.conflicts.resolved.connect(self._resolved)
        self._update_conflict_title()
        self.inbox.waiting_changed.connect(self._update_inbox_title)
        self.inbox.cases_changed.connect(self._imported)
        self.partners.transport_changed.connect(self.inbox.start)
        self._update_inbox_title(len(self.inbox.waiting))
        if transport.list_folders(session):  # on unlock: a pass now, then on the timer
            self.inbox.start()

    def _update_inbox_title(self, waiting: int) -> None:
        title = (
            self.tr("Inbox (%1 waiting)").replace("%1", str(waiting))
            if waiting
            else self.tr("Inbox")
        )
        self.sections.setTabText(self.sections.indexOf(self.inbox), title)

    def _update_conflict_title(self) -> None:
        count = len(self.conflicts.conflicts)
        title = (
            self.tr("Conflicts (%1)").replace("%1", str(count)) if count else self.tr("Conflicts")
        )
        self.sections.setTabText(self.sections.indexOf(self.conflicts), title)

    def show_partners(self) -> None:
        """Bring the partner list to the front."""
        self.sections.setCurrentWidget(self.partners)

    def show_laptops(self) -> LaptopsView:
        """Bring our laptops and keys to the front."""
        self.sections.setCurrentWidget(self.laptops)
        return self.laptops

    def start_export(self) -> ExportWizard:
        """Open (or raise) the export wizard, starting with the cases selected in the list."""
        if self.export_wizard is None:
            wizard = ExportWizard(
                self._session, self, list(self._selected_cases()), self._save_file
            )
            wizard.finished.connect(lambda _result: self._export_closed(wizard))
            self.export_wizard = wizard
            wizard.open()
        self.export_wizard.raise_()
        return self.export_wizard

    def _export_closed(self, wizard: ExportWizard) -> None:
        if self.export_wizard is wizard:
            self.export_wizard = None
        wizard.deleteLater()

    def start_import(self) -> ImportWizard:
        """Open (or raise) the import wizard."""
        if self.import_wizard is None:
            wizard = ImportWizard(self._session, self, self._open_file)
            wizard.imported.connect(self._imported)
            wizard.finished.connect(lambda _result: self._import_closed(wizard))
            self.import_wizard = wizard
            wizard.open()
        self.import_wizard.raise_()
        return self.import_wizard

    def _resolved(self, _case_id: str) -> None:
        self._update_conflict_title()
        self.cases_changed.emit()

    def _imported(self, _result: object) -> None:
        self.partners.refresh()  # a bundle may carry a partner's key rotation or revocation
        self.laptops.refresh()  # … or our laptops' certificates and removals
        self.conflicts.refresh()
        self._update_conflict_title()
        self.cases_changed.emit()

    def _import_closed(self, wizard: ImportWizard) -> None:
        if self.import_wizard is wizard:
            self.import_wizard = None
        wizard.deleteLater()

    def close_all(self) -> None:
        """Locking: close the wizards without asking (a running import finishes or rolls back)."""
        self.inbox.stop()
        if self.export_wizard is not None:
            self.export_wizard.progress_page.cancel()  # the partial file is deleted
        for wizard in (self.export_wizard, self.import_wizard):
            if wizard is not None:
                wizard.hide()
        self.conflicts.clear()
        self.partners.clear()
        self.laptops.clear()
