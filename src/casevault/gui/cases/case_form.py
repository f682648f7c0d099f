"""The widgets for every field of a case (CaseFields), and the conversion both ways.

The form turns widgets into plain data in the shape of CaseFields' JSON (validation is the
domain's: validate_fields / apply_changes raise InvalidField naming the field), and shows each
problem in a label right under the field it concerns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.case import CaseFields, CaseStatus, Risk, ServiceType
from casevault.gui.cases.entry_fields import CodeEntry, DateEntry
from casevault.gui.cases.name_suggestions import NameSuggestions
from casevault.gui.cases.place_names import countries, languages
from casevault.gui.cases.status_choices import fill_status_combo
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.messages import risk_label, service_label, status_label

NAME_PARTS = ("surname", "given", "patronymic")
TEXT_FIELDS = (
    "place_of_birth", "unit", "rank", "callup_proof", "city", "contact_channel", "caseworker",
)  # fmt: skip
LIST_FIELDS = ("aliases", "tags")
DATE_FIELDS = ("date_of_birth", "callup_date")
CHOICE_FIELDS = ("status", "risk", "service_type")
# Every CaseFields field is one of these (tests/gui/cases/test_case_form.py fails on a new field
# without a widget): names, text, lists, dates, choices, country, languages and notes.
FORM_FIELDS = frozenset(
    {"name_cyrillic", "name_latin", *TEXT_FIELDS, *LIST_FIELDS, *DATE_FIELDS, *CHOICE_FIELDS,
     "country", "languages", "notes"}
)  # fmt: skip


def _split_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


class CaseForm(QTabWidget):
    """Every editable field, grouped on tabs; emits `edited` on any change by the person."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Case details"))
        self.locale_ = locale if locale is not None else QLocale()
        self.inputs: dict[str, QWidget] = {}
        self._lines: dict[str, QLineEdit] = {}
        self._combos: dict[str, QComboBox] = {}
        self.dates: dict[str, DateEntry] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        self.addTab(self._person_page(), self.tr("&Person"))
        self.addTab(self._service_page(), self.tr("&Military service"))
        self.addTab(self._situation_page(), self.tr("&Situation"))
        self.addTab(self._notes_page(), self.tr("N&otes"))

    # --- building --------------------------------------------------------------------
    def _line(self, key: str, accessible: str, placeholder: str = "") -> QWidget:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._on_edit)
        self.inputs[key] = edit
        self._lines[key] = edit
        return self._with_error(key, edit)

    def _combo(self, key: str, accessible: str, items: list[tuple[str, str]]) -> QWidget:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        for value, label in items:
            combo.addItem(label, value)
        combo.activated.connect(self._on_edit)
        self.inputs[key] = combo
        self._combos[key] = combo
        return self._with_error(key, combo)

    def _with_error(self, key: str, field: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        error = QLabel(box)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        error.setAccessibleName(self.tr("Problem: %1").replace("%1", field.accessibleName()))
        layout.addWidget(error)
        self.errors[key] = error
        return box

    def _name_group(
        self, prefix: str, title: str, labels: tuple[str, str, str], suggest: QPushButton
    ) -> QGroupBox:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        for part, label in zip(NAME_PARTS, labels, strict=True):
            form.addRow(label, self._line(f"{prefix}.{part}", f"{title}: {label.rstrip(':')}"))
        suggest.setParent(group)
        form.addRow("", suggest)
        return group

    def _date(self, key: str, accessible: str, picker: str) -> QWidget:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._on_edit)
        self.inputs[key] = edit
        self._lines[key] = edit
        entry = DateEntry(edit, self.locale_, picker)
        entry.picked.connect(self._on_edit)
        entry.widget.setAccessibleName(accessible)
        self.dates[key] = entry
        return self._with_error(key, entry.widget)

    def _choices_row(self) -> QHBoxLayout:
        """Status and risk, on the first tab: the two things a caseworker checks first."""
        statuses = [(s.value, status_label(s.value)) for s in CaseStatus]
        risks = [(r.value, risk_label(r.value)) for r in Risk]
        row = QHBoxLayout()
        for key, label, accessible, items in (
            ("status", self.tr("&Status:"), self.tr("Status"), statuses),
            ("risk", self.tr("&Risk:"), self.tr("Risk"), risks),
        ):
            text = QLabel(label, self)
            box = self._combo(key, accessible, items)
            text.setBuddy(self._combos[key])
            row.addWidget(text)
            row.addWidget(box, 1)
        return row

    def _person_page(self) -> QWidget:
        page = QWidget(self)
        parts = (self.tr("Surname:"), self.tr("Given name:"), self.tr("Patronymic:"))
        self.suggest_latin = QPushButton(self.tr("Use suggested Latin spelling"), self)
        self.suggest_latin.setAccessibleName(self.tr("Fill the Latin name from the Cyrillic"))
        self.suggest_cyrillic = QPushButton(self.tr("Use suggested Cyrillic spelling"), self)
        self.suggest_cyrillic.setAccessibleName(self.tr("Fill the Cyrillic name from the Latin"))
        names = QHBoxLayout()
        names.addWidget(
            self._name_group(
                "name_cyrillic", self.tr("Name in Cyrillic"), parts, self.suggest_cyrillic
            )
        )
        names.addWidget(
            self._name_group(
                "name_latin", self.tr("Name in Latin letters"), parts, self.suggest_latin
            )
        )
        self.suggestions = NameSuggestions(
            {p: self._lines[f"name_cyrillic.{p}"] for p in NAME_PARTS},
            {p: self._lines[f"name_latin.{p}"] for p in NAME_PARTS},
            self.suggest_latin,
            self.suggest_cyrillic,
        )
        self.suggestions.accepted.connect(self._on_edit)
        form = QFormLayout()
        form.addRow(
            self.tr("Aliases:"),
            self._line("aliases", self.tr("Aliases"), self.tr("separated by commas")),
        )
        form.addRow(
            self.tr("Date of birth:"),
            self._date(
                "date_of_birth", self.tr("Date of birth"), self.tr("Pick the date of birth")
            ),
        )
        form.addRow(
            self.tr("Place of birth:"), self._line("place_of_birth", self.tr("Place of birth"))
        )
        form.addRow(
            self.tr("Languages:"),
            self._line("languages", self.tr("Languages"), self.tr("type a name, e.g. Russian")),
        )
        self.language_entry = CodeEntry(
            self._lines["languages"], languages(self.locale_.language()), several=True
        )
        layout = QVBoxLayout(page)
        layout.addLayout(self._choices_row())
        layout.addLayout(names)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _service_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        services = [(s.value, service_label(s.value)) for s in ServiceType]
        form.addRow(self.tr("Service:"), self._combo("service_type", self.tr("Service"), services))
        form.addRow(self.tr("Unit:"), self._line("unit", self.tr("Unit")))
        form.addRow(self.tr("Rank:"), self._line("rank", self.tr("Rank")))
        form.addRow(
            self.tr("Call-up date:"),
            self._date("callup_date", self.tr("Call-up date"), self.tr("Pick the call-up date")),
        )
        form.addRow(
            self.tr("Proof of call-up:"),
            self._line("callup_proof", self.tr("Proof of call-up"), self.tr("e.g. summons, photo")),
        )
        return page

    def _situation_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.addRow(
            self.tr("Country now:"),
            self._line("country", self.tr("Country now"), self.tr("type a name, e.g. Kazakhstan")),
        )
        self.country_entry = CodeEntry(self._lines["country"], countries(self.locale_.language()))
        form.addRow(self.tr("City:"), self._line("city", self.tr("City")))
        form.addRow(
            self.tr("Contact channel:"),
            self._line(
                "contact_channel", self.tr("Contact channel"), self.tr("most sensitive field")
            ),
        )
        form.addRow(self.tr("Caseworker:"), self._line("caseworker", self.tr("Caseworker")))
        form.addRow(
            self.tr("Tags:"), self._line("tags", self.tr("Tags"), self.tr("separated by commas"))
        )
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget(self)
        self.notes = QPlainTextEdit(page)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._on_edit)
        self.inputs["notes"] = self.notes
        layout = QVBoxLayout(page)
        layout.addWidget(self._with_error("notes", self.notes))
        return page

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # --- data in and out -------------------------------------------------------------
    def load(self, fields: CaseFields, is_new: bool) -> None:
        """Show `fields`; for a stored case, offer only the statuses the workflow allows next."""
        self._loading = True
        try:
            data = fields.model_dump(mode="json")
            for prefix in ("name_cyrillic", "name_latin"):
                for part in NAME_PARTS:
                    self._edit(f"{prefix}.{part}").setText(data[prefix][part])
            for key in TEXT_FIELDS:
                self._edit(key).setText(data[key])
            for key in LIST_FIELDS:
                self._edit(key).setText(", ".join(data[key]))
            for key in DATE_FIELDS:
                self.dates[key].set_iso(data[key])
            self.country_entry.show_code(data["country"])
            self.language_entry.show_codes(data["languages"])
            self.notes.setPlainText(data["notes"])
            fill_status_combo(self._combo_of("status"), fields.status, is_new)
            for key in CHOICE_FIELDS:
                combo = self._combo_of(key)
                combo.setCurrentIndex(max(combo.findData(data[key]), 0))
            self.clear_errors()
        finally:
            self._loading = False

    def data(self) -> dict[str, Any]:
        """The form as CaseFields-shaped data (not yet validated)."""
        result: dict[str, Any] = {}
        for prefix in ("name_cyrillic", "name_latin"):
            result[prefix] = {part: self._edit(f"{prefix}.{part}").text() for part in NAME_PARTS}
        for key in TEXT_FIELDS:
            result[key] = self._edit(key).text()
        for key in LIST_FIELDS:
            result[key] = _split_list(self._edit(key).text())
        for key in DATE_FIELDS:
            result[key] = self.dates[key].iso()
        code = self.country_entry.code()
        result["country"] = code.upper() if code is not None and len(code) == 2 else code
        result["languages"] = self.language_entry.codes()
        result["notes"] = self.notes.toPlainText()
        for key in CHOICE_FIELDS:
            result[key] = self._combo_of(key).currentData()
        return result

    def put_data(self, data: dict[str, Any]) -> None:
        """Show values in the shape `data()` returns (kept unsaved edits put back after a lock).
        Missing or malformed keys leave their field as it is; a status the workflow no longer
        offers is left unchanged. Emits `edited` once, as if the person had typed them."""
        self._loading = True
        try:
            for prefix in ("name_cyrillic", "name_latin"):
                parts = data.get(prefix)
                for part in NAME_PARTS:
                    if isinstance(parts, dict) and isinstance(parts.get(part), str):
                        self._edit(f"{prefix}.{part}").setText(parts[part])
            for key in TEXT_FIELDS:
                if isinstance(data.get(key), str):
                    self._edit(key).setText(data[key])
            for key in DATE_FIELDS:
                if isinstance(data.get(key), str):
                    self.dates[key].set_iso(data[key])
            if isinstance(data.get("country"), str):
                self.country_entry.show_code(data["country"])
            if isinstance(data.get("languages"), list):
                self.language_entry.show_codes([str(item) for item in data["languages"]])
            for key in LIST_FIELDS:
                if isinstance(data.get(key), list):
                    self._edit(key).setText(", ".join(str(item) for item in data[key]))
            if isinstance(data.get("notes"), str):
                self.notes.setPlainText(data["notes"])
            for key in CHOICE_FIELDS:
                combo = self._combo_of(key)
                index = combo.findData(data.get(key))
                if index >= 0 and combo.model().flags(combo.model().index(index, 0)) & (
                    Qt.ItemFlag.ItemIsEnabled
                ):
                    combo.setCurrentIndex(index)
        finally:
            self._loading = False
        self.edited.emit()

    def show_error(self, field_path: str, message: str) -> None:
        """Show `message` under the field named by an InvalidField path (e.g. `tags.0`)."""
        parts = field_path.split(".")
        key = ".".join(parts[:2]) if ".".join(parts[:2]) in self.errors else parts[0]
        label = self.errors.get(key)
        if label is None:
            return
        label.setText(message)
        label.setVisible(True)
        widget = self.inputs[key]
        page: QWidget | None = widget
        while page is not None and self.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.setCurrentWidget(page)
        widget.setFocus()

    def clear_errors(self) -> None:
        """Hide every problem label."""
        for label in self.errors.values():
            label.setText("")
            label.setVisible(False)

    def visible_errors(self) -> dict[str, str]:
        """Field key -> problem currently shown (for tests and screen readers)."""
        return {key: label.text() for key, label in self.errors.items() if label.text()}

    def _edit(self, key: str) -> QLineEdit:
        return self._lines[key]

    def _combo_of(self, key: str) -> QComboBox:
        return self._combos[key]
