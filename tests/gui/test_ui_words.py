"""Every value the app shows is in the UI language: audit actions, record kinds and actors,
status/risk/service codes (also in "old → new" lists), redaction profile names, sizes with
their units, Qt's own buttons, and counted nouns in the plural form of each language."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import CaseFields
from casevault.gui.cases.field_values import size_text, value_text
from casevault.gui.exchange.exchange_messages import profile_label, profile_name
from casevault.gui.i18n import Translations, translations_dir
from casevault.gui.reports.audit_view import ACTIONS, RECORD_TYPES, AuditView, action_label
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "src" / "casevault" / "gui"


def test_every_audit_action_has_a_label() -> None:
    """Services can only record an AuditAction (Session.audit is typed so, mypy --strict checks
    every call): a label for each member is a label for every action ever written."""
    recorded = {action.value for action in AuditAction}
    assert len(recorded) > 50
    assert {"evaluation.finalise", "draft.discard", "case.merge", "consent.grant"} <= recorded
    assert sorted(recorded - set(ACTIONS)) == []
    assert action_label("evaluation.finalise") == "Evaluation signed"


def test_the_audit_log_shows_words_not_codes(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    case_service.create_case(session, CaseFields(city="Almaty"))
    view = AuditView(session)
    qtbot.addWidget(view)
    view.refresh()
    row = [view.table.text(0, column) for column in range(5)]
    assert row[2] == "Caseworker"  # the services' default actor, not "caseworker"
    assert row[3] == "Case created"
    assert row[4].startswith("Case ")
    assert "case" not in row[4]
    assert {"vault", "case", "evaluation", "partner", "node", "consent_override"} <= set(
        RECORD_TYPES
    )


def test_codes_of_fixed_lists_show_as_words_in_each_language(qapp) -> None:  # type: ignore[no-untyped-def]
    assert value_text("high", "risk") == "High"
    assert value_text("in_hiding", "status") == "In hiding"
    assert value_text("high", "notes") == "high"  # free text stays as written
    assert profile_name("standard") == "Standard"
    assert profile_name("our-own") == "our-own"
    assert profile_label("standard").startswith("Standard — everything except")
    translations = Translations()
    try:
        translations.install(qapp, "ru")
        assert value_text("critical", "risk") == "Критический"
        assert value_text("screening", "status") == "Проверка"
        assert size_text(1536) == "1,5 кБ"
        translations.install(qapp, "fr")
        assert size_text(5_000_000) == "4,8 Mo"
    finally:
        translations.remove(qapp)
    assert size_text(1536) == "1.5 kB"


@pytest.mark.parametrize(
    ("language", "cancel", "yes"), [("ru", "Отмена", "&Да"), ("fr", "Annuler", "&Oui")]
)
def test_qt_own_buttons_speak_the_language(qapp, language: str, cancel: str, yes: str) -> None:  # type: ignore[no-untyped-def]
    """PySide6-Essentials ships qtbase_ru.qm and qtbase_fr.qm; gui/i18n.py loads them."""
    translations = Translations()
    try:
        translations.install(qapp, language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        texts = {button.text() for button in buttons.buttons()}
        assert texts == {cancel, yes}
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.No).text() not in ("&No", "No")
    finally:
        translations.remove(qapp)


def test_counted_nouns_take_the_english_plural(qapp) -> None:  # type: ignore[no-untyped-def]
    def locked(n: int) -> str:
        return QCoreApplication.translate(
            "MainWindow", "The vault was locked after %n minute(s) without activity.", "", n
        )

    assert locked(1) == "The vault was locked after 1 minute without activity."
    assert locked(5) == "The vault was locked after 5 minutes without activity."


def _extracted(tmp_path: Path) -> ET.Element:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed beside PySide6")
        lupdate = Path(found)
    target = tmp_path / "code.ts"
    subprocess.run(
        [str(lupdate), *sorted(str(p) for p in GUI.rglob("*.py")), "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return ET.parse(target).getroot()  # noqa: S314 - made here from our code


def test_every_counted_text_is_a_plural_message_with_english_forms(tmp_path: Path) -> None:
    """No "(s)" a person would read: each counted text goes through tr(…, n) with %n, so that
    lupdate marks it numerus="yes" (ru gets three forms, fr two), and plurals_en.ts gives its
    two English forms."""
    messages = [
        (context.findtext("name"), message)
        for context in _extracted(tmp_path).iter("context")
        for message in context.iter("message")
    ]
    not_plural = sorted(
        str(m.findtext("source"))
        for _c, m in messages
        if "(s)" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    )
    assert not_plural == []
    plural = {(c, m.findtext("source")) for c, m in messages if m.get("numerus") == "yes"}
    assert len(plural) >= 30
    assert all("%n" in str(source) for _c, source in plural)
    english = ET.parse(translations_dir() / "plurals_en.ts").getroot()  # noqa: S314 - ours
    forms = {
        (context.findtext("name"), message.findtext("source")): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in english.iter("context")
        for message in context.iter("message")
    }
    missing = sorted(str(key) for key in plural if len(forms.get(key, [])) != 2)
    assert missing == []
    assert not [f for pair in forms.values() for f in pair if "(s)" in f or "%n" not in f]
