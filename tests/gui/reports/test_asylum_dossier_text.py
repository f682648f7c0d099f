"""The dossier's own catalog: every dossier string has a French translation keeping its
placeholders, and the words follow the dossier's language, not the app's."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from casevault.gui.i18n import catalog_files, translations_dir
from casevault.gui.reports.asylum_dossier_text import DossierWords

pytestmark = pytest.mark.gui
GUI = Path(__file__).resolve().parents[3] / "src" / "casevault" / "gui" / "reports"


def _dossier_strings() -> set[str]:
    """Literals passed to D_() or to a DossierWords called `t`, in the dossier modules."""
    found = set()
    for name in ("asylum_dossier_text.py", "asylum_dossier_pdf.py"):
        for node in ast.walk(ast.parse((GUI / name).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"D_", "t"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_dossier_string_has_a_french_translation() -> None:
    catalog = translations_dir() / "asylum-dossier.fr.ts"
    translated = {
        m.findtext("source"): m.findtext("translation")
        for m in ET.parse(catalog).iter("message")  # noqa: S314 - our own file
    }
    strings = _dossier_strings()
    assert len(strings) > 80  # the scan saw the code
    assert sorted(s for s in strings if not translated.get(s)) == []
    wrong = [
        s
        for s in strings
        if sorted(re.findall(r"%\d", s)) != sorted(re.findall(r"%\d", translated[s] or ""))
    ]
    assert wrong == []
    # Not an app catalog: the app's translators never hold the dossier's words.
    assert catalog not in catalog_files("fr")


def test_words_follow_the_dossier_language_and_fill_placeholders_once(qapp) -> None:  # type: ignore[no-untyped-def]
    french, english = DossierWords("fr"), DossierWords("en")
    assert french.translated
    assert french("Summons") == "Convocation"
    assert english("Summons") == "Summons"
    # A value holding a placeholder (case data) is inserted as it is, never expanded again.
    assert english("Spelling: %1", "%2 and %1") == "Spelling: %2 and %1"
    assert DossierWords("de").translated is False  # no catalog: English words, said so
