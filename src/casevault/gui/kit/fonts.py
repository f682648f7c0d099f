"""Fonts shipped inside a packaged build (`casevault/_ui/fonts`), registered at start-up.

A bare Linux system may have no font with Cyrillic, or no font at all; Russian names and the
Russian translation would then show as empty boxes. The Linux build therefore bundles DejaVu
Sans (docs/packaging.md, with its licence). Fonts are only ever read from inside the package:
never downloaded (the app makes no network connection) and never installed system-wide.

From a source checkout there is no `_ui/fonts` folder and nothing happens: the system's fonts
are used, as before.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from casevault.gui.resources import packaged_dir

CYRILLIC_PROBE = "Жж"  # two letters every font with Cyrillic has
_log = logging.getLogger(__name__)


def fonts_dir() -> Path:
    """Where a packaged build keeps its fonts (may not exist)."""
    return packaged_dir("fonts")


def covers_cyrillic(font: QFont) -> bool:
    """True if `font` (after Qt's own fallback) has glyphs for Cyrillic letters."""
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(letter)) for letter in CYRILLIC_PROBE)


def register_bundled_fonts(app: QApplication, folder: Path | None = None) -> list[str]:
    """Add every .ttf/.otf in `folder` (default: `fonts_dir()`) to Qt's font database and
    return the families added. If the application's font cannot show Cyrillic, the first
    bundled family becomes the application font; otherwise the system's font is kept (on
    Windows and macOS, or a Linux desktop with good fonts, nothing visible changes).
    Never raises: a font that Qt refuses is logged and skipped."""
    folder = folder or fonts_dir()
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".ttf", ".otf"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            _log.warning("could not load the bundled font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families and not covers_cyrillic(app.font()):
        font = QFont(families[0])
        font.setPointSizeF(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0)
        app.setFont(font)
    return families
