"""The case form: built for every model field, dates in the locale's format or from a calendar,
countries and languages by name, name spelling suggestions, status and risk on the first tab,
and the statuses the workflow does not offer explained."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, QLocale, Qt

from casevault.domain.case import CaseFields, CaseStatus, PersonName, validate_fields
from casevault.gui.cases.case_form import FORM_FIELDS, NAME_PARTS, CaseForm
from casevault.gui.cases.status_choices import offered

pytestmark = pytest.mark.gui
RU = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
FR = QLocale(QLocale.Language.French, QLocale.Country.France)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _form(qtbot, locale: QLocale = EN, fields: CaseFields | None = None) -> CaseForm:  # type: ignore[no-untyped-def]
    form = CaseForm(locale=locale)
    qtbot.addWidget(form)
    form.load(fields or CaseFields(), is_new=fields is None)
    form.show()
    return form


def test_every_model_field_has_a_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot)
    assert set(CaseFields.model_fields) == FORM_FIELDS
    assert {key.split(".")[0] for key in form.inputs} == set(CaseFields.model_fields)
    assert tuple(PersonName.model_fields) == NAME_PARTS
    assert validate_fields(form.data()) == CaseFields()  # an empty form is the empty case


@pytest.mark.parametrize(
    ("locale", "shown"), [(RU, "18.09.1993"), (FR, "18/09/1993"), (EN, "9/18/1993")]
)
def test_dates_in_the_locales_format(qtbot, typist, locale: QLocale, shown: str) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, locale, CaseFields(date_of_birth=dt.date(1993, 9, 18)))
    edit = form.inputs["date_of_birth"]
    assert edit.text() == shown
    assert edit.placeholderText() == shown  # the example date is 18.09.1993 too
    assert form.data()["date_of_birth"] == "1993-09-18"
    edit.clear()
    typist(edit, shown.replace("1993", "1990"))
    assert form.data()["date_of_birth"] == "1990-09-18"
    edit.setText("1991-02-03")  # ISO is understood in every language
    assert form.data()["date_of_birth"] == "1991-02-03"
    edit.clear()
    assert form.data()["date_of_birth"] is None  # a date can stay empty


def test_a_date_picked_from_the_calendar(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, RU)
    entry = form.dates["callup_date"]
    assert entry.button.accessibleName() == "Pick the call-up date"
    qtbot.mouseClick(entry.button, Qt.MouseButton.LeftButton)
    assert entry.calendar.isVisible()
    with qtbot.waitSignal(form.edited):
        entry.calendar.clicked.emit(QDate(2022, 9, 21))
    assert not entry.calendar.isVisible()
    assert form.inputs["callup_date"].text() == "21.09.2022"
    assert form.data()["callup_date"] == "2022-09-21"


def test_countries_and_languages_by_name_stored_as_codes(qtbot, typist) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, RU, CaseFields(country="KZ", languages=["ru", "en"]))
    assert form.inputs["country"].text() == "Казахстан (KZ)"  # named in the UI language
    assert form.data()["country"] == "KZ"
    form.inputs["country"].clear()
    typist(form.inputs["country"], "Беларусь")
    assert form.data()["country"] == "BY"
    form.inputs["country"].setText("Armenia")  # the English name and the code always work
    assert form.data()["country"] == "AM"
    assert form.data()["languages"] == ["ru", "en"]
    assert form.inputs["languages"].text().startswith("Русский (ru), ")
    english = _form(qtbot, EN)
    typist(english.inputs["languages"], "Russian, Uzbek")
    assert english.data()["languages"] == ["ru", "uz"]
    completer = english.country_entry.completer
    completer.setCompletionPrefix("kazak")
    assert completer.currentCompletion() == "Kazakhstan (KZ)"


def test_latin_spelling_suggested_never_overwriting(qtbot, typist) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot)
    latin_surname, latin_given = form.inputs["name_latin.surname"], form.inputs["name_latin.given"]
    assert not form.suggest_latin.isEnabled()
    typist(form.inputs["name_cyrillic.surname"], "Чувиляев")
    typist(form.inputs["name_cyrillic.given"], "Сергей")
    typist(latin_given, "Sergey")  # typed by the person: his spelling stays
    assert form.suggest_latin.toolTip() == "Chuviliaev"  # what the button would fill in
    assert latin_surname.text() == ""  # only offered, not written
    assert form.suggest_latin.isEnabled()
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(form.suggest_latin, Qt.MouseButton.LeftButton)
    assert (latin_surname.text(), latin_given.text()) == ("Chuviliaev", "Sergey")
    assert not form.suggest_latin.isEnabled()
    typist(form.inputs["name_latin.patronymic"], "Ivanovich")
    qtbot.mouseClick(form.suggest_cyrillic, Qt.MouseButton.LeftButton)
    assert form.inputs["name_cyrillic.patronymic"].text() == "Иванович"
    assert form.inputs["name_cyrillic.surname"].text() == "Чувиляев"


def test_status_and_risk_on_the_first_tab_with_reasons(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, EN, CaseFields(status=CaseStatus.IN_HIDING))
    first = form.widget(0)
    assert first.isAncestorOf(form.inputs["status"])
    assert first.isAncestorOf(form.inputs["risk"])
    status = form.inputs["status"]
    assert offered(status) == ["screening", "in_hiding", "in_transit", "closed"]
    arrived = status.findData("arrived")
    assert status.itemData(arrived, Qt.ItemDataRole.ToolTipRole) == (
        "Not offered: from “In hiding” a case can only move to “Screening”, “In transit”, “Closed”."
    )
    new = _form(qtbot)
    assert offered(new.inputs["status"]) == [s.value for s in CaseStatus]
