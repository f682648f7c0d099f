"""Every screen at 1366×768 with 125% scaling, in Russian and in French: nothing larger than
the screen, no key text cut short without a tooltip, no code or English word left.

The walk runs in a fresh process (tests/support/fit_walk.py): the screen and the scale factor
are fixed when Qt starts. A screen is added to it with one line in tests/support/screen_tour.py
(DIALOGS). The checks themselves are tested here on small widgets, so that a walk that finds
nothing is known to be able to find something.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from tests.support.fit_walk import LOGICAL, screen_env
from tests.support.screen_checks import raw_values, too_large, truncated

from casevault.gui.kit.screen_fit import fit_to_screen, install_screen_fit

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_every_screen_fits_a_1366x768_screen_at_125_percent(tmp_path: Path, language: str) -> None:
    report_file = tmp_path / "report.json"
    subprocess.run(
        [sys.executable, "-m", "tests.support.fit_walk", language, str(report_file)],
        cwd=ROOT,
        env=screen_env(tmp_path),
        check=True,
        capture_output=True,
        timeout=300,
    )
    report: dict[str, list[str]] = json.loads(report_file.read_text(encoding="utf-8"))
    assert len(report) >= 30  # the walk reached the screens
    assert {"empty-new-vault", "case-list", "dossier", "help-about", "export-wizard"} <= set(report)
    # Size and truncation first: they do not wait for a translator.
    geometry = ("window ", "layout ", "label: ", "button: ", "header: ", "cell: ")
    misfits = {s: [f for f in found if f.startswith(geometry)] for s, found in report.items()}
    assert {screen: found for screen, found in misfits.items() if found} == {}
    assert {screen: found for screen, found in report.items() if found} == {}


def test_the_checks_find_what_they_look_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Журнал")
    cut = QLabel("Отпечаток ключей партнёра полностью", dialog)
    cut.setFixedWidth(40)
    button = QPushButton("Сохранить", dialog)
    button.setFixedWidth(30)
    table = QTableWidget(2, 2, dialog)
    table.setHorizontalHeaderLabels(["Что", "Кто"])
    table.setItem(0, 0, QTableWidgetItem("evaluation.finalise"))
    table.setItem(0, 1, QTableWidgetItem("caseworker"))
    table.setItem(1, 0, QTableWidgetItem("Высокий → critical"))
    table.setItem(1, 1, QTableWidgetItem("36F1 93D3 …"))
    english = QLabel("Cases by status", dialog)
    row = QHBoxLayout()
    row.addWidget(cut)
    row.addWidget(button)
    layout = QVBoxLayout(dialog)
    layout.addLayout(row)
    layout.addWidget(table)
    layout.addWidget(english)
    dialog.show()
    dialog.resize(1200, 700)  # after Show: past the app's screen fit, if a test installed it
    assert too_large(dialog, *LOGICAL) == [f"window 1200×700 > {LOGICAL[0]}×{LOGICAL[1]}"]
    assert set(truncated(dialog)) >= {
        "label: Отпечаток ключей партнёра полностью",
        "button: Сохранить",
        "cell: 36F1 93D3 …",
    }
    found = raw_values(dialog, "ru")
    for expected in (
        "QTableWidget cell: evaluation.finalise",
        "QTableWidget cell: caseworker",
        "QTableWidget cell: Высокий → critical",
        "QLabel: Cases by status",
    ):
        assert expected in found
    assert "QTableWidget header: Что" not in found
    cut.setToolTip("Отпечаток ключей партнёра полностью")
    assert "label: Отпечаток ключей партнёра полностью" not in truncated(dialog)
    assert raw_values(dialog, "fr").count("QLabel: Cases by status") == 1


def test_every_window_is_fitted_to_the_screen_it_opens_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_screen_fit()
    install_screen_fit()  # once is enough; twice changes nothing
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 4000)
    dialog.move(-300, 2000)
    dialog.show()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width()
    assert dialog.height() <= area.height()
    assert area.contains(dialog.geometry().topLeft())
    small = QDialog()
    qtbot.addWidget(small)
    small.resize(300, 200)
    fit_to_screen(small)
    assert (small.width(), small.height()) == (300, 200)  # a window that fits is left alone
