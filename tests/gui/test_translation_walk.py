"""Walk every screen in English and in each translation and fail on visible text that stayed
English.

The same tour (tests/support/screen_tour.py) runs on the same synthetic data in English and in
the other language; a text is untranslated when the same widget shows the same text in both
languages and that text still has words once proper names and codes are taken out. Russian
text has no Latin letters, so any Latin word left is English. French shares the alphabet: there
the same text is untranslated unless every word of it is one that French spells the same way
(FRENCH_SAME_WORDS, kept short and exact). This also catches text that was never passed
through tr() at all, which a catalog check cannot see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from tests.support.screen_tour import tour

from casevault.gui.i18n import Translations
from casevault.gui.settings.ui_settings import UiSettings

pytestmark = pytest.mark.gui

# Proper names and codes that read the same in every language.
ALLOWED_WORDS = re.compile(
    r"CaseVault|PDF|QR|English|Français|Demo Transit Network|Evaluator [AB]|\b[A-Z]{2}\b|X{4}"
)
# Whole texts that French writes exactly as English does (checked one by one, not a pattern).
FRENCH_SAME_WORDS = frozenset(
    {
        "Date",
        "Document",
        "Documents",
        "Image",
        "Notes",
        "N&otes",
        "&Situation",
        "Signature",
        "Type",
        "Verdict",
    }
)


def _menu_texts(menu: QMenu, prefix: str) -> Iterator[tuple[str, str]]:
    for index, action in enumerate(menu.actions()):
        if action.isSeparator() or not action.isVisible():
            continue
        key = f"{prefix}/{index}"
        yield key, action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), key)


def visible_texts(window: QWidget) -> dict[str, str]:
    """{stable widget path: text} for every text a person can see on `window`."""
    texts: dict[str, str] = {"title": window.windowTitle()}
    if isinstance(window, QMainWindow):
        for index, action in enumerate(window.menuBar().actions()):
            texts[f"menu/{index}"] = action.text()
            if action.menu() is not None:
                texts.update(_menu_texts(action.menu(), f"menu/{index}"))

    def walk(widget: QWidget, path: str) -> None:
        for index, child in enumerate(
            widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        ):
            if not child.isVisibleTo(window):
                continue
            here = f"{path}/{type(child).__name__}{index}"
            if isinstance(child, (QLabel, QAbstractButton)):
                texts[here] = child.text()
            elif isinstance(child, QGroupBox):
                texts[here] = child.title()
            elif isinstance(child, QLineEdit):
                texts[here + "/placeholder"] = child.placeholderText()
            elif isinstance(child, QTabBar):
                for tab in range(child.count()):
                    texts[f"{here}/tab{tab}"] = child.tabText(tab)
            walk(child, here)

    walk(window, "")
    return {key: text for key, text in texts.items() if text}


def _still_english(text: str) -> bool:
    plain = re.sub(r"<[^>]+>", " ", text.replace("&", ""))  # mnemonics and rich-text tags
    return bool(re.search(r"[A-Za-z]", ALLOWED_WORDS.sub(" ", plain)))


def _walk(qapp, tmp_path: Path, language: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    translations = Translations()
    assert translations.install(qapp, language) or language == "en"
    work = tmp_path / language
    work.mkdir()
    settings = UiSettings(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
    seen: dict[str, str] = {}
    try:
        for screen, widget in tour(work, settings, cases=8):
            for key, text in visible_texts(widget.window()).items():
                seen[f"{screen}:{key}"] = text
    finally:
        translations.remove(qapp)
    return seen


def _still_english_in(language: str, text: str) -> bool:
    """`text`, shown identically in English and in `language`, was left untranslated."""
    if language == "fr":
        return text not in FRENCH_SAME_WORDS and _still_english(text)
    return _still_english(text)


def mnemonic_clashes(seen: dict[str, str]) -> list[str]:
    """Screens on which two visible widgets (buttons, labels, tabs) share an &-accelerator.

    Menus are left out here (test_i18n checks each menu on its own); so are rich-text labels.
    """
    by_key: dict[tuple[str, str], set[str]] = {}
    for key, text in seen.items():
        screen, _, path = key.partition(":")
        plain = text.replace("&&", "")
        if path.startswith("menu/") or path == "title" or path.endswith("/placeholder"):
            continue
        if plain.lstrip().startswith("<") or "&" not in plain[:-1]:
            continue
        letter = plain[plain.index("&") + 1].casefold()
        by_key.setdefault((screen, letter), set()).add(text)
    return sorted(f"{s} &{k}: {sorted(t)}" for (s, k), t in by_key.items() if len(t) > 1)


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_no_visible_text_stays_english(qapp, tmp_path: Path, monkeypatch, language: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEVAULT_LANG", language)
    english = _walk(qapp, tmp_path, "en")
    translated = _walk(qapp, tmp_path, language)
    assert len(english) > 200  # the tour really reached the screens
    assert set(translated) == set(english)
    untranslated = sorted(
        {
            text
            for key, text in translated.items()
            if text == english[key] and _still_english_in(language, text)
        }
    )
    assert untranslated == []
    if language == "fr":  # chosen so that no screen has two controls on one accelerator
        assert mnemonic_clashes(translated) == []


def test_the_check_sees_untranslated_text() -> None:
    assert _still_english("&Save")
    assert _still_english("Cases by status")
    assert not _still_english("CaseVault — Demo Transit Network")
    assert not _still_english("KZ")
    assert not _still_english("&Сохранить")
    assert not _still_english("XXXX-XXXX-XXXX")
    assert _still_english_in("fr", "&Save")
    assert _still_english_in("fr", "Cases by status")
    assert not _still_english_in("fr", "Notes")
    assert not _still_english_in("fr", "Français")
    clash = {"s:w/QPushButton1": "&Save", "s:w/QTabBar2/tab0": "&Situation", "s:menu/0": "&Sa"}
    assert mnemonic_clashes(clash) == ["s &s: ['&Save', '&Situation']"]
    assert mnemonic_clashes({**clash, "s:w/QPushButton1": "Sa&ve"}) == []
