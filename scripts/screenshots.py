"""Save a PNG of every main screen of the desktop app to docs/screenshots/ (a dev tool, not a
test). Builds a demo vault of invented people in a temporary folder, opens every screen
offscreen (tests/support/screen_tour.py), and grabs it. Nothing else is written.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python scripts/screenshots.py [--lang en ru]
        [--only dashboard unlock ...] [--out docs/screenshots/install]

English shots are named `<screen>.png`, other languages `<screen>.<lang>.png`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/support/screen_tour.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402 - after the platform is chosen
from tests.support.screen_tour import tour  # noqa: E402

from casevault.gui.app import create_application  # noqa: E402
from casevault.gui.i18n import Translations  # noqa: E402
from casevault.gui.settings.ui_settings import UiSettings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# Other languages: a sample is enough to show the translation (all screens with --only).
SAMPLE = {
    "wizard-1-passphrase",
    "unlock",
    "case-list",
    "case-editor-1",
    "dashboard",
    "dossier",
    "panic",
}


def shoot(language: str, only: set[str], out: Path = OUT) -> list[Path]:
    """Every screen in `language`; returns the files written."""
    app = create_application()
    translations = Translations()
    translations.install(app, language)
    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="casevault-shots-") as folder:
            work = Path(folder)
            settings = UiSettings(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
            settings.set_language(language)
            for name, widget in tour(work, settings):
                wanted = only or (set() if language == "en" else SAMPLE)
                if wanted and name not in wanted:
                    continue
                suffix = "" if language == "en" else f".{language}"
                target = out / f"{name}{suffix}.png"
                widget.window().grab().save(str(target))
                written.append(target)
    finally:
        translations.remove(app)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "ru"])
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for language in args.lang:
        for path in shoot(language, set(args.only), out):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
