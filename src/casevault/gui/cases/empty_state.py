"""What an empty new vault says in the case list: what to do next.

A label laid over the list's empty table (not a row of the model), shown only while the vault
holds no case at all; a search or a filter that finds nothing is the list's own business. It
is checked whenever the model is reset or rows come or go, with one count of the vault's cases
(cheap: only asked when the table is empty).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from casevault.services.cases import count_cases
from casevault.services.session import Session


class EmptyVaultHint(QObject):
    """Shows `hint` over `table` while `session_of()` is a vault with no case."""

    def __init__(self, table: QAbstractItemView, session_of: Callable[[], Session | None]) -> None:
        super().__init__(table)
        self._table = table
        self._session_of = session_of
        self.hint = QLabel(table.viewport())
        self.hint.setObjectName("empty-vault-hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAccessibleName(self.tr("No cases yet"))
        self.hint.setText(
            self.tr(
                "No cases yet.\n\nStart a new case with File → New case (Ctrl+N), or import a "
                "bundle from a partner with Partners → Import a bundle (Ctrl+I).\n\n"
                "Press F1 for a short guide to this screen."
            )
        )
        self.hint.setVisible(False)
        model = table.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        table.viewport().installEventFilter(self)
        self.update()

    def update(self, *_args: object) -> None:
        """Show or hide the hint for the current contents."""
        empty = self._table.model().rowCount() == 0 and self._vault_is_empty()
        self.hint.setVisible(empty)
        if empty:
            self._place()

    def _vault_is_empty(self) -> bool:
        session = self._session_of()
        if session is None:
            return False
        try:
            return count_cases(session) == 0
        except Exception:  # a closing vault: say nothing rather than fail a repaint
            return False

    def _place(self) -> None:
        viewport = self._table.viewport()
        margin = 24
        self.hint.setGeometry(
            margin,
            margin,
            max(viewport.width() - 2 * margin, 0),
            max(viewport.height() - 2 * margin, 0),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the hint centred when the table is resized."""
        if event.type() == QEvent.Type.Resize and self.hint.isVisible():
            self._place()
        return False
