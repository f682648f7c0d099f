"""A case's timeline: the events so far (oldest first) and a row to add one.

Adding writes straight away (services.cases.add_timeline_event, audited); a case must be saved
before it has a timeline. The asylum steps are typed (domain/timeline_kinds.py): picking
"Summons" shows its channel and the date it was delivered, picking "Border crossing" the
countries, so the chronology of the asylum dossier is built from data, not typed twice.
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

from casevault.domain.case import TimelineEvent
from casevault.domain.errors import InvalidField
from casevault.domain.timeline_kinds import (
    AnyDetails,
    CrossingDetails,
    EventKind,
    SummonsChannel,
    SummonsDetails,
    make_details,
)
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.messages import describe, field_problem
from casevault.services import cases as case_service
from casevault.services.session import Session

EVENT_KINDS = {
    "note": QT_TRANSLATE_NOOP("TimelinePanel", "Note"),
    "call": QT_TRANSLATE_NOOP("TimelinePanel", "Call"),
    "meeting": QT_TRANSLATE_NOOP("TimelinePanel", "Meeting"),
    "document": QT_TRANSLATE_NOOP("TimelinePanel", "Document"),
    # The steps of the asylum path, in their usual order (typed: domain/timeline_kinds.py).
    "summons": QT_TRANSLATE_NOOP("TimelinePanel", "Summons"),
    "exit_ban": QT_TRANSLATE_NOOP("TimelinePanel", "Exit ban"),
    "desertion": QT_TRANSLATE_NOOP("TimelinePanel", "Desertion"),
    "refusal": QT_TRANSLATE_NOOP("TimelinePanel", "Refusal to serve"),
    "departure": QT_TRANSLATE_NOOP("TimelinePanel", "Departure"),
    "crossing": QT_TRANSLATE_NOOP("TimelinePanel", "Border crossing"),
    "travel": QT_TRANSLATE_NOOP("TimelinePanel", "Travel"),
    "arrival": QT_TRANSLATE_NOOP("TimelinePanel", "Arrival"),
    "asylum_filing": QT_TRANSLATE_NOOP("TimelinePanel", "Asylum application filed"),
    "interview": QT_TRANSLATE_NOOP("TimelinePanel", "Interview"),
    "decision": QT_TRANSLATE_NOOP("TimelinePanel", "Decision"),
}


CHANNELS = {
    SummonsChannel.PAPER: QT_TRANSLATE_NOOP("TimelinePanel", "Paper"),
    SummonsChannel.SMS: QT_TRANSLATE_NOOP("TimelinePanel", "SMS"),
    SummonsChannel.REGISTER: QT_TRANSLATE_NOOP("TimelinePanel", "Gosuslugi register"),
}


def channel_label(channel: SummonsChannel) -> str:
    """The translated name of a summons channel."""
    return QCoreApplication.translate("TimelinePanel", str(CHANNELS[channel]))


def kind_label(kind: str) -> str:
    """The translated name of an event kind (unknown kinds from partners shown as they are)."""
    return (
        QCoreApplication.translate("TimelinePanel", str(EVENT_KINDS[kind]))
        if kind in EVENT_KINDS
        else kind
    )


def event_label(event: TimelineEvent) -> str:
    """The kind of a stored event with its details, e.g. "Summons: SMS, delivered 2025-03-08";
    a free kind (an old one, or one from a newer partner) as it is."""
    details = event.details()
    if details is None:
        return kind_label(event.kind)
    name = kind_label(details.kind.value)
    if isinstance(details, SummonsDetails):
        return (
            QCoreApplication.translate("TimelinePanel", "%1: %2, delivered %3")
            .replace("%1", name)
            .replace("%2", channel_label(details.channel))
            .replace("%3", details.delivered_on(event.date).isoformat())
        )
    if isinstance(details, CrossingDetails) and (details.from_country or details.to_country):
        return (
            QCoreApplication.translate("TimelinePanel", "%1: %2 → %3")
            .replace("%1", name)
            .replace("%2", details.from_country or "?")
            .replace("%3", details.to_country or "?")
        )
    return name


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
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("How the summons came"))
        for channel in SummonsChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.delivered = QLineEdit(self)
        self.delivered.setPlaceholderText(self.tr("Delivered on (if known)"))
        self.delivered.setAccessibleName(self.tr("Date the summons was delivered"))
        self.delivered.setToolTip(
            self.tr(
                "Leave empty if unknown: a summons in the Gosuslugi register counts as "
                "delivered 7 days after it was placed; a paper or SMS summons on its date."
            )
        )
        self.from_country = QLineEdit(self)
        self.to_country = QLineEdit(self)
        for widget, placeholder, name in (
            (self.from_country, self.tr("From (e.g. RU)"), self.tr("Country left")),
            (self.to_country, self.tr("To (e.g. GE)"), self.tr("Country entered")),
        ):
            widget.setPlaceholderText(placeholder)
            widget.setAccessibleName(name)
            widget.setMaxLength(2)
            widget.setMaximumWidth(110)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What happened"))
        self.text.setAccessibleName(self.tr("Event text"))
        self.add_button = QPushButton(self.tr("&Add event"), self)
        self.add_button.setAccessibleName(self.tr("Add event"))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
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
        details = QHBoxLayout()
        for detail in (self.channel, self.delivered, self.from_country, self.to_country):
            details.addWidget(detail)
        details.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.events, 1)
        layout.addLayout(row)
        layout.addLayout(details)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add_event)
        self.text.returnPressed.connect(self.add_event)
        self.kind.currentIndexChanged.connect(self._show_details)
        self.show_case(None)
        self._show_details()

    def _show_details(self) -> None:
        """Only the fields of the chosen kind: channel and delivery for a summons, countries
        for a crossing."""
        kind = self.kind.currentData()
        for widget in (self.channel, self.delivered):
            widget.setVisible(kind == EventKind.SUMMONS.value)
        for widget in (self.from_country, self.to_country):
            widget.setVisible(kind == EventKind.CROSSING.value)

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show the timeline of `case_id` (None: a case not saved yet)."""
        self._case_id = case_id
        stored = case_id is not None
        self.hint.setVisible(not stored)
        for widget in (
            self.date,
            self.kind,
            self.text,
            self.add_button,
            self.channel,
            self.delivered,
            self.from_country,
            self.to_country,
        ):
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
            self.events.addItem(f"{event.date.isoformat()}  [{event_label(event)}]  {event.text}")

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
            kind = self._kind()
            case_service.add_timeline_event(
                self._session, self._case_id, date, self.text.text(), kind
            )
        except _BadDeliveryDate:
            self.error.setText(self.tr("The date must look like 2025-03-31."))
            self.delivered.setFocus()
            return
        except InvalidField as exc:
            if exc.field in ("kind.from_country", "kind.to_country"):
                self.error.setText(self.tr("Use the two-letter country code, e.g. RU, GE, KZ."))
            else:
                self.error.setText(field_problem(exc))
            return
        except Exception as exc:  # shown as a plain sentence; types mapped in messages.py
            self.error.setText(describe(exc))
            return
        self.text.clear()
        for field in (self.delivered, self.from_country, self.to_country):
            field.clear()
        self.refresh()
        self.event_added.emit()

    def _kind(self) -> str | AnyDetails:
        """The chosen kind: typed details for an asylum step, else the free word.

        Raises _BadDeliveryDate, or InvalidField for a bad country code."""
        kind = str(self.kind.currentData())
        if kind not in {k.value for k in EventKind}:
            return kind
        if kind == EventKind.SUMMONS.value:
            delivered_text = self.delivered.text().strip()
            try:
                delivered = dt.date.fromisoformat(delivered_text) if delivered_text else None
            except ValueError as exc:
                raise _BadDeliveryDate from exc
            return make_details(kind, channel=self.channel.currentData(), delivered=delivered)
        if kind == EventKind.CROSSING.value:
            return make_details(
                kind,
                from_country=self.from_country.text().strip() or None,
                to_country=self.to_country.text().strip() or None,
            )
        return make_details(kind)


class _BadDeliveryDate(ValueError):
    """The delivery date typed is not a date (shown next to the field)."""
