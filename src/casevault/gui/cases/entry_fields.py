"""Entry helpers for the case form: dates in the locale's format with a calendar, and countries
and languages chosen by name (stored as codes).

Each helper decorates a plain QLineEdit (the form and its tests keep typing into a line edit)
and converts both ways. What the person typed is never lost: text that is not a date, country
or language is handed on as typed, so the domain's validation names the field that is wrong.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QObject, QPoint, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from casevault.gui.cases.place_names import NamedCode, find

ISO_FORMAT = "yyyy-MM-dd"


def date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (a birth year must be whole)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else re.sub(r"y+", "yyyy", pattern)


EXAMPLE_DATE = QDate(1993, 9, 18)


def date_hint(locale: QLocale, pattern: str) -> str:
    """An example date in the format to type (18.09.1993): digits read in every language,
    where "DD.MM.YYYY" would be English letters to a Russian reader."""
    return locale.toString(EXAMPLE_DATE, pattern)


class DateEntry(QObject):
    """A line edit for one date, in the locale's format or ISO, with a calendar button.

    `widget` is what the form lays out (the line edit and the button); `iso()` is the value to
    store: None when empty, ISO 8601 when it reads as a date, else the text as typed."""

    picked = Signal()

    def __init__(self, edit: QLineEdit, locale: QLocale, picker_name: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.locale = locale
        self.pattern = date_format(locale)
        edit.setPlaceholderText(date_hint(locale, self.pattern))
        edit.setMaxLength(20)
        self.widget = QWidget(edit.parentWidget())
        self.button = QToolButton(self.widget)
        self.button.setText("…")
        self.button.setAccessibleName(picker_name)
        self.button.setToolTip(picker_name)
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit, 1)
        layout.addWidget(self.button)
        self.calendar = QCalendarWidget(self.widget)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setLocale(locale)
        self.calendar.setAccessibleName(picker_name)
        self.calendar.setGridVisible(True)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def parse(self) -> dt.date | None:
        """The typed date, or None if empty or not a date."""
        text = self.edit.text().strip()
        for pattern in (self.pattern, ISO_FORMAT):
            found = self.locale.toDate(text, pattern)
            if found.isValid():
                return dt.date(found.year(), found.month(), found.day())
        return None

    def iso(self) -> str | None:
        """What to store: None (empty), "YYYY-MM-DD", or the text as typed (not a date)."""
        text = self.edit.text().strip()
        if not text:
            return None
        day = self.parse()
        return day.isoformat() if day is not None else text

    def set_iso(self, value: str | None) -> None:
        """Show a stored value (ISO) in the locale's format; anything else as it is."""
        try:
            day = dt.date.fromisoformat(value) if value else None
        except ValueError:
            self.edit.setText(value or "")
            return
        self.edit.setText(
            ""
            if day is None
            else self.locale.toString(QDate(day.year, day.month, day.day), self.pattern)
        )

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the typed date (or today)."""
        day = self.parse()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.edit.setText(self.locale.toString(day, self.pattern))
        self.edit.setFocus()
        self.picked.emit()


class _ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = str(super().pathFromIndex(index))  # type: ignore[arg-type]
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] if "," in typed else ""
        return f"{head}, {chosen}" if head else chosen


class CodeEntry:
    """A line edit where a country or language is chosen by name; the code is stored.

    With `several`, the field holds a comma-separated list (languages)."""

    def __init__(
        self, edit: QLineEdit, choices: tuple[NamedCode, ...], *, several: bool = False
    ) -> None:
        self.edit = edit
        self.choices = choices
        self.several = several
        completer = _ListCompleter(edit) if several else QCompleter(edit)
        completer.setModel(QStringListModel([c.label for c in choices], completer))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(completer)
        self.completer = completer

    def _code(self, text: str) -> str:
        found = find(self.choices, text)
        return found.code if found is not None else text.strip()

    def code(self) -> str | None:
        """The code of the chosen country (None if empty); text that names none, as typed."""
        text = self.edit.text().strip()
        return self._code(text) if text else None

    def codes(self) -> list[str]:
        """The codes of the listed languages; items that name none, as typed."""
        return [self._code(item) for item in self.edit.text().split(",") if item.strip()]

    def _label(self, code: str) -> str:
        found = next((c for c in self.choices if c.code.casefold() == code.casefold()), None)
        return found.label if found is not None else code

    def show_code(self, code: str | None) -> None:
        """Show a stored code by name."""
        self.edit.setText(self._label(code) if code else "")

    def show_codes(self, codes: list[str]) -> None:
        """Show stored codes by name, comma-separated."""
        self.edit.setText(", ".join(self._label(code) for code in codes))
