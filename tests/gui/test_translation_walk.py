"""Walk every screen in English and in Russian and fail on visible text that stayed English.

The same tour (tests/support/screen_tour.py) runs twice on the same synthetic data; a text is
untranslated when the same widget shows the same text in both languages and that text still
has Latin letters once proper names and codes are taken out. This also catches text that was
never passed through tr() at all, which a catalog check cannot see.
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
from casevault.gui.ui_settings import UiSettings

pytestmark = pytest.mark.gui

# Proper names and codes that read the same in every language.
ALLOWED_WORDS = re.compile(
    r"CaseVault|PDF|QR|English|Demo Transit Network|Evaluator [AB]|\b[A-Z]{2}\b|X{4}"
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


def test_no_visible_text_stays_english_in_russian(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEVAULT_LANG", "ru")
    english = _walk(qapp, tmp_path, "en")
    russian = _walk(qapp, tmp_path, "ru")
    assert len(english) > 200  # the tour really reached the screens
    assert set(russian) == set(english)
    untranslated = sorted(
        {text for key, text in russian.items() if text == english[key] and _still_english(text)}
    )
    assert untranslated == []


def test_the_check_sees_untranslated_text() -> None:
    assert _still_english("&Save")
    assert _still_english("Cases by status")
    assert not _still_english("CaseVault — Demo Transit Network")
    assert not _still_english("KZ")
    assert not _still_english("&Сохранить")
    assert not _still_english("XXXX-XXXX-XXXX")
