"""Where the person types a document's provenance before adding it: from whom and how it was
received ("the man himself, by Signal") and the day (YYYY-MM-DD; empty means not recorded)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from casevault.domain.bounds import MAX_SHORT_TEXT


class ProvenanceInputs(QWidget):
    """Two fields for the next file added; `values()` reads them, `clear()` empties them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.received_from = QLineEdit(self)
        self.received_from.setMaxLength(MAX_SHORT_TEXT)
        self.received_from.setAccessibleName(self.tr("Received from"))
        self.received_from.setPlaceholderText(
            self.tr("Received from whom, and how (e.g. the man himself, by Signal)")
        )
        self.received_on = QLineEdit(self)
        self.received_on.setAccessibleName(self.tr("Received on"))
        self.received_on.setPlaceholderText(self.tr("Received on (YYYY-MM-DD)"))
        self.received_on.setMaximumWidth(200)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Next file:"), self))
        row.addWidget(self.received_from, 2)
        row.addWidget(self.received_on, 1)

    def values(self) -> tuple[str, dt.date | None]:
        """(received from, received on). Raises ValueError for a date not as YYYY-MM-DD."""
        text = self.received_on.text().strip()
        return self.received_from.text().strip(), dt.date.fromisoformat(text) if text else None

    def clear(self) -> None:
        """Empty both fields (each file gets its own provenance)."""
        self.received_from.clear()
        self.received_on.clear()
