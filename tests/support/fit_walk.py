"""Walk every screen of the app on a 1366×768 screen at 125% scaling, in one language.

Run in a fresh process (`python -m tests.support.fit_walk <lang> <report.json>`), because the
screen and the scale factor are fixed when Qt starts: the offscreen platform is given a
1366×768 screen (configfile) and QT_SCALE_FACTOR=1.25, which leaves 1093×614 logical pixels,
exactly what such a laptop gives the app (a task bar would take a little more: the limit
checked is the whole screen, and windows are fitted to the available area). `screen_env()` is
the environment for that process.

The report is {screen: [finding, …]} of tests/support/screen_checks.py for every screen of the
tour (tests/support/screen_tour.py).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1366, 768)
SCALE = 1.25
LOGICAL = (round(SCREEN[0] / SCALE), round(SCREEN[1] / SCALE))  # 1093×614


def screen_env(config_dir: Path) -> dict[str, str]:
    """The environment of a process whose only screen is 1366×768 at 125%."""
    config = config_dir / "screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": SCREEN[0],
                        "height": SCREEN[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(SCALE)
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return env


def walk(language: str) -> dict[str, list[str]]:
    """Findings per screen, for `language`."""
    from PySide6.QtCore import QSettings

    from casevault.gui.app import create_application
    from casevault.gui.i18n import Translations
    from casevault.gui.settings.ui_settings import UiSettings
    from tests.support.screen_checks import raw_values, too_large, truncated
    from tests.support.screen_tour import tour

    app = create_application([sys.argv[0]])
    screen = app.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == LOGICAL, screen
    translations = Translations()
    translations.install(app, language)
    report: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        for name, widget in tour(folder, settings, cases=8, size=LOGICAL):
            window = widget.window()
            report[name] = (
                too_large(window, *LOGICAL) + truncated(window) + raw_values(window, language)
            )
    translations.remove(app)
    return report


if __name__ == "__main__":
    result = walk(sys.argv[1])
    Path(sys.argv[2]).write_text(json.dumps(result, ensure_ascii=False, indent=1))
