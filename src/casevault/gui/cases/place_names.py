"""Country and language names for the case form, from Qt's own locale data (CLDR), no table here.

A name is shown in the UI language where Qt knows it: a translation in our catalogs (contexts
"Territory" and "Language", keyed by the English name) first, else the name a locale of the UI
language gives itself (Russian names for the countries where Russian is spoken, French for the
French-speaking ones), else the English name. Codes are ISO 3166-1 alpha-2 and ISO 639 (two
letters where one exists), as the case model stores them. Typing the code or the English name
always finds the entry, whatever the UI language.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

_COUNTRY = QLocale.Country
_LANGUAGE = QLocale.Language
_SKIP_LANGUAGES = frozenset({_LANGUAGE.AnyLanguage, _LANGUAGE.C})


@dataclass(frozen=True)
class NamedCode:
    """One choice: the code stored, the name shown, and other words that find it."""

    code: str
    name: str
    also: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What the list and the field show: "Kazakhstan (KZ)"."""
        return f"{self.name} ({self.code})"


def _own_names(language: QLocale.Language) -> dict[QLocale.Country, str]:
    """Territory names as locales of `language` write them (e.g. ru_KZ: "Казахстан")."""
    found: dict[QLocale.Country, str] = {}
    for locale in QLocale.matchingLocales(language, QLocale.Script.AnyScript, _COUNTRY.AnyCountry):
        name = locale.nativeTerritoryName()
        if name:
            found.setdefault(locale.territory(), name[:1].upper() + name[1:])
    return found


@functools.cache
def countries(language: QLocale.Language) -> tuple[NamedCode, ...]:
    """Every territory with a two-letter code, named for a UI in `language`, by name."""
    own = _own_names(language)
    found: dict[str, NamedCode] = {}
    for territory in _COUNTRY:
        if territory == _COUNTRY.AnyCountry:
            continue
        code = QLocale.territoryToCode(territory)
        english = QLocale.territoryToString(territory)
        if len(code) != 2 or not code.isalpha() or code in found:
            continue
        translated = QCoreApplication.translate("Territory", english)
        name = translated if translated != english else own.get(territory, english)
        found[code] = NamedCode(code.upper(), name, (english,))
    return tuple(sorted(found.values(), key=lambda item: item.name.casefold()))


@functools.cache
def languages(language: QLocale.Language) -> tuple[NamedCode, ...]:
    """Every language with an ISO 639 code, named for a UI in `language`, by name."""
    found: dict[str, NamedCode] = {}
    for spoken in _LANGUAGE:
        if spoken in _SKIP_LANGUAGES:
            continue
        code = QLocale.languageToCode(spoken)
        english = QLocale.languageToString(spoken)
        if not code or not code.isalpha() or code in found:
            continue
        translated = QCoreApplication.translate("Language", english)
        if translated != english:
            name = translated
        elif spoken == language:
            native = QLocale(spoken).nativeLanguageName()
            name = native[:1].upper() + native[1:] if native else english
        else:
            name = english
        found[code] = NamedCode(code.lower(), name, (english,))
    return tuple(sorted(found.values(), key=lambda item: item.name.casefold()))


def find(choices: tuple[NamedCode, ...], text: str) -> NamedCode | None:
    """The choice `text` names: its label, its code, its name or its English name (any case)."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for item in choices:
        if wanted in (item.label.casefold(), item.code.casefold(), item.name.casefold()) or (
            wanted in (word.casefold() for word in item.also)
        ):
            return item
    return None
