"""A case's timeline: the events so far (oldest first) and a row to add one.

Adding writes straight away (services.cases.add_timeline_event, audited); a case must be saved
before it has a timeline.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.errors import InvalidField
from casevault.gui.messages import describe, field_problem
from casevault.services import cases as case_service
from casevault.services.session import Session

EVENT_KINDS = {
    "note": QT_TRANSLATE_NOOP("TimelinePanel", "Note"),
    "call": QT_TRANSLATE_NOOP("TimelinePanel", "Call"),
    "meeting": QT_TRANSLATE_NOOP("TimelinePanel", "Meeting"),
    "document": QT_TRANSLATE_NOOP("TimelinePanel", "Document"),
    "crossing": QT_TRANSLATE_NOOP("TimelinePanel", "Border crossing"),
    "travel": QT_TRANSLATE_NOOP("TimelinePanel", "Travel"),
}


def kind_label(kind: str) -> str:
    """The translated name of an event kind (unknown kinds from partners shown as they are)."""
    return (
        QCoreApplication.translate("TimelinePanel", str(EVENT_KINDS[kind]))
        if kind in EVENT_KINDS
        else kind
    )


class TimelinePanel(QWidget):
    """Lists and adds timeline events of one stored case; emits `event_added`."""

    event_added = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id: uuid.UUID | None = None
        self.setAccessibleName(self.tr("Timeline"))
        self.events = QListWidget(self)
        self.events.setAccessibleName(self.tr("Timeline events"))
        self.events.setWordWrap(True)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setMaximumWidth(120)
        self.date.setAccessibleName(self.tr("Event date"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Event kind"))
        for code in EVENT_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What happened"))
        self.text.setAccessibleName(self.tr("Event text"))
        self.add_button = QPushButton(self.tr("&Add event"), self)
        self.add_button.setAccessibleName(self.tr("Add event"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Timeline problem"))
        self.hint = QLabel(
            self.tr("Save the case first; then you can add events to its timeline."), self
        )
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.events, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add_event)
        self.text.returnPressed.connect(self.add_event)
        self.show_case(None)

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show the timeline of `case_id` (None: a case not saved yet)."""
        self._case_id = case_id
        stored = case_id is not None
        self.hint.setVisible(not stored)
        for widget in (self.date, self.kind, self.text, self.add_button):
            widget.setEnabled(stored)
        if not self.date.text():
            self.date.setText(dt.date.today().isoformat())
        self.refresh()

    def refresh(self) -> None:
        """Reload the events from the vault."""
        self.events.clear()
        if self._case_id is None:
            return
        for event in case_service.list_timeline(self._session, self._case_id):
            self.events.addItem(
                f"{event.date.isoformat()}  [{kind_label(event.kind)}]  {event.text}"
            )

    def add_event(self) -> None:
        """Validate the date and text, then store the event (audited by the service)."""
        if self._case_id is None:
            return
        self.error.setText("")
        try:
            date = dt.date.fromisoformat(self.date.text().strip())
        except ValueError:
            self.error.setText(self.tr("The date must look like 2025-03-31."))
            self.date.setFocus()
            return
        if not self.text.text().strip():
            self.error.setText(self.tr("Write what happened."))
            self.text.setFocus()
            return
        try:
            case_service.add_timeline_event(
                self._session, self._case_id, date, self.text.text(), self.kind.currentData()
            )
        except InvalidField as exc:
            self.error.setText(field_problem(exc))
            return
        except Exception as exc:  # shown as a plain sentence; types mapped in messages.py
            self.error.setText(describe(exc))
            return
        self.text.clear()
        self.refresh()
        self.event_added.emit()
