"""GUI test set-up: offscreen Qt unless --onscreen, real vaults (Argon2id floor), no user settings.

On a CLI-only install (no PySide6) every test here is skipped.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from casevault.services import cases as case_service
from casevault.services.vaults import KdfChoice, init_vault

if importlib.util.find_spec("PySide6") is None:
    collect_ignore_glob = ["test_*.py"]

PASSPHRASE = "correct horse battery staple"
FLOOR_KDF = KdfChoice(floor=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--onscreen", action="store_true", default=False, help="show GUI test windows on screen"
    )


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen", default=False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture
def ui_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """UI settings in a file under tmp_path, so tests never touch the user's own."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings

    from casevault.gui.settings.ui_settings import UiSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def locked_vault(vault_dir: Path) -> Path:
    """A closed vault with three cases, ready for the unlock screen."""
    result = init_vault(vault_dir, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF)
    from casevault.domain.case import CaseFields, CaseStatus, PersonName

    with result.session as session:
        for surname, latin, status in (
            ("Чувиляев", "Chuviliaev", CaseStatus.INTAKE),
            ("Абрамов", "Abramov", CaseStatus.SCREENING),
            ("Белов", "Belov", CaseStatus.IN_HIDING),
        ):
            case_service.create_case(
                session,
                CaseFields(
                    name_cyrillic=PersonName(surname=surname, given="Иван"),
                    name_latin=PersonName(surname=latin, given="Ivan"),
                    status=status,
                    country="KZ",
                ),
            )
    return vault_dir


@pytest.fixture
def unlocked_window(qtbot, locked_vault: Path, ui_settings):  # type: ignore[no-untyped-def]
    """The main window, unlocked by typing the passphrase as a person would."""
    from PySide6.QtCore import Qt

    from casevault.gui.main_window import MainWindow

    window = MainWindow(locked_vault, ui_settings, kdf=FLOOR_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    yield window
    window.lock()


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into `widget` key by key, any script (QTest.keyClicks aborts on non-Latin-1)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def typist():  # type: ignore[no-untyped-def]
    """`type_text` as a fixture (test modules do not import conftest)."""
    return type_text


# Two organisations for the partner and exchange screens (tests/support/exchange_gui.py).
from tests.support.exchange_gui import strangers, two_orgs  # noqa: E402, F401


@pytest.fixture(autouse=True)
def english_as_the_app_speaks_it(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """English as the app installs it (gui/app.py): the source text plus its plural forms
    (ui/translations/plurals_en.ts), so that "%n case(s)" reads "1 case" as on screen. A test
    that installs another language on top gets that language; removing it comes back here."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from casevault.gui.i18n import Translations

    app = request.getfixturevalue("qapp")
    english = Translations()
    english.install(app, "en")
    yield
    english.remove(app)
