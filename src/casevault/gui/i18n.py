"""Load the app's translations (Qt's QTranslator) for the chosen language.

Translations are kept as Qt Linguist sources (`ui/translations/casevault_<lang>.ts`). Compiled
`.qm` files are build products and not in the repository, so at start-up we use, in order:
a `.qm` beside the `.ts` (a packaged build ships one), or the `.ts` compiled in memory by the
`lrelease` that ships inside PySide6 (its output goes to a pipe, never to a file). Nothing
about translations is sensitive; a missing translation only means English text.

The language comes from `CASEVAULT_LANG`, else the saved UI setting, else the system locale.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casevault.gui.resources import ui_dir

LANG_ENV = "CASEVAULT_LANG"
# Each language by its own name (what a speaker looks for in the menu), in menu order.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "fr": "Français"}
SUPPORTED_LANGUAGES = tuple(LANGUAGE_NAMES)
_log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """Where the .ts files are: inside the installed package, else at the repository's top."""
    return ui_dir("translations")


def choose_language(saved: str | None = None) -> str:
    """The language code to use: CASEVAULT_LANG, then the saved setting, then the system's."""
    for candidate in (os.environ.get(LANG_ENV), saved, QLocale.system().name()):
        if candidate:
            code = candidate.split("_")[0].split("-")[0].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
    return "en"


def _lrelease() -> Path | None:
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    candidate = Path(PySide6.__file__).resolve().parent / name
    return candidate if candidate.is_file() else None


def catalog_files(language: str) -> list[Path]:
    """Every Linguist source for `language`: `casevault_<lang>.ts` and one per screen area
    (`<area>_<lang>.ts`), so that parts of the app can be translated side by side. A packaged
    build ships only the compiled `.qm` files: their `.ts` names are returned all the same
    (`compiled_catalog` reads the `.qm` when the `.ts` is absent)."""
    folder = translations_dir()
    stems = {path.stem for path in folder.glob(f"*_{language}.ts")}
    stems |= {path.stem for path in folder.glob(f"*_{language}.qm")}
    return [folder / f"{stem}.ts" for stem in sorted(stems)]


def compiled_catalogs(language: str) -> list[bytes]:
    """The .qm bytes of every catalog for `language` that could be loaded or compiled."""
    found = [compiled_catalog(language, ts_file) for ts_file in catalog_files(language)]
    return [data for data in found if data is not None]


def compiled_catalog(language: str, ts_file: Path | None = None) -> bytes | None:
    """The .qm bytes for one catalog (default: `casevault_<lang>.ts`), or None if it is missing
    or cannot be compiled."""
    ts_file = ts_file or translations_dir() / f"casevault_{language}.ts"
    qm_file = ts_file.with_suffix(".qm")
    if qm_file.is_file() and (
        not ts_file.is_file() or qm_file.stat().st_mtime >= ts_file.stat().st_mtime
    ):
        return qm_file.read_bytes()
    tool = _lrelease()
    if not ts_file.is_file() or tool is None or os.name != "posix":
        # Windows has no /dev/stdout: a packaged build ships the .qm instead (see docs).
        return None
    result = subprocess.run(  # noqa: S603 - fixed tool from the PySide6 package, our own file
        [str(tool), "-silent", "-nounfinished", str(ts_file), "-qm", "/dev/stdout"],
        capture_output=True,
        check=False,
        timeout=60,
    )
    if result.returncode != 0 or not result.stdout:
        _log.warning(
            "could not compile the %s translation (lrelease exit %s)", language, result.returncode
        )
        return None
    return result.stdout


class Translations:
    """The translators installed on the application (kept alive: Qt does not copy the data)."""

    def __init__(self) -> None:
        self.language = "en"
        self._translators: list[QTranslator] = []
        self._catalogs: list[bytes] = []

    def install(self, app: QCoreApplication, language: str) -> bool:
        """Install our catalog and Qt's own (button texts) for `language`; True if ours loaded.

        English is the source text and needs no catalog but its plural forms
        (`plurals_en.ts`: "%n case(s)" -> "1 case" / "2 cases"). The default QLocale becomes
        the language's, so numbers and sizes (gui/field_values.size_text) read as its
        speakers expect."""
        self.remove(app)
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            self._install_catalogs(app, language)
            return True
        qt_own = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_path):
            app.installTranslator(qt_own)
            self._translators.append(qt_own)
        return self._install_catalogs(app, language)

    def _install_catalogs(self, app: QCoreApplication, language: str) -> bool:
        catalogs = compiled_catalogs(language)
        for data in catalogs:
            ours = QTranslator(app)
            if not ours.load(data):
                return False
            self._catalogs.append(data)
            app.installTranslator(ours)
            self._translators.append(ours)
        return bool(catalogs)

    def remove(self, app: QCoreApplication) -> None:
        """Back to English."""
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self._catalogs.clear()
        self.language = "en"
        QLocale.setDefault(QLocale("en"))
