"""The file choosers use Qt's own dialog and leave no folder of case data in Qt's settings."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QFileDialog

from casevault.gui.kit.file_choosers import choose_export_path, choose_file_to_attach

pytestmark = pytest.mark.gui


@pytest.fixture
def qt_settings_dir(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Point Qt's user settings (where QFileDialog keeps its history) at tmp_path."""
    scope, fmt = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    before = Path(QSettings(fmt, scope, "QtProject").fileName()).parent
    target = tmp_path / "qt-settings"
    QSettings.setPath(fmt, scope, str(target))
    yield target
    QSettings.setPath(fmt, scope, str(before))


def test_attach_chooser_forgets_the_folder(qtbot, qt_settings_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret_dir = tmp_path / "Chuviliaev-documents"
    secret_dir.mkdir()
    picked = secret_dir / "passport.png"
    picked.write_bytes(b"\x89PNG\r\n\x1a\n")
    seen: list[bool] = []

    def run(dialog: QFileDialog) -> int:
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.setDirectory(str(secret_dir))
        dialog.selectFile(str(picked))
        dialog.accept()
        return dialog.result()

    assert choose_file_to_attach(None, run=run) == str(picked)
    assert seen == [True]
    qtbot.waitUntil(lambda: any(qt_settings_dir.rglob("*.conf")))  # Qt saves on deletion
    saved = "".join(p.read_text(errors="replace") for p in qt_settings_dir.rglob("*"))
    assert "Chuviliaev" not in saved
    assert QDir.homePath() in saved or "history" not in saved


def test_export_chooser_suggests_the_name_and_can_be_cancelled(qapp, qt_settings_dir) -> None:  # type: ignore[no-untyped-def]
    suggested: list[str] = []

    def run(dialog: QFileDialog) -> int:
        suggested.append(dialog.selectedFiles()[0])
        dialog.reject()
        return dialog.result()

    assert choose_export_path(None, "повестка.pdf", run=run) is None
    assert suggested[0].endswith("повестка.pdf")
