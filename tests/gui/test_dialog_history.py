"""The app's save dialogs (dossier PDF, statistics PDF, attachment copy-out), driven for real,
leave the chosen folder's name nowhere in Qt's settings (QtProject.conf keeps QFileDialog's
history and last visited folder)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.attachments_panel import AttachmentsPanel
from casevault.gui.reports.dashboard_view import DashboardView
from casevault.gui.reports.dossier_dialog import DossierDialog
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services.statistics import compute_statistics

pytestmark = pytest.mark.gui
FOLDER = "Zhuravlev-hideout-folder"  # the chosen folder's name: it must not reach Qt's settings


@pytest.fixture
def qt_settings_dir(qapp, tmp_path: Path) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Point Qt's user settings (QtProject.conf and every other QSettings file) at tmp_path."""
    scope = QSettings.Scope.UserScope
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    before = [Path(QSettings(fmt, scope, "QtProject").fileName()).parent for fmt in formats]
    target = tmp_path / "qt-settings"
    for fmt in formats:
        QSettings.setPath(fmt, scope, str(target))
    yield target
    for fmt, path in zip(formats, before, strict=True):
        QSettings.setPath(fmt, scope, str(path))


def _answer_dialogs(target: Path, click_first: str | None = None) -> Callable[[], None]:
    """Poll for the modal dialogs the save action opens and answer them like a person: press
    `click_first` on a warning box if asked, then go to `target`'s folder in the file dialog and
    save as `target`'s name. Returns a stopper."""
    timer = QTimer()
    timer.setInterval(20)

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and click_first is not None:
            button = next(b for b in modal.buttons() if b.text() == click_first)
            button.click()
        elif isinstance(modal, QFileDialog):
            modal.setDirectory(str(target.parent))
            modal.selectFile(str(target))
            modal.accept()
            timer.stop()

    timer.timeout.connect(step)
    timer.start()
    return timer.stop


def _saved_settings(qtbot, folder: Path) -> str:  # type: ignore[no-untyped-def]
    QSettings("QtProject").sync()
    qtbot.waitUntil(lambda: any(folder.rglob("*.conf")), timeout=5_000)  # Qt saves on deletion
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def case_id(session):  # type: ignore[no-untyped-def]
    fields = CaseFields(name_latin=PersonName(surname="Abramov"), caseworker="Our Caseworker")
    return case_service.create_case(session, fields).id


@pytest.fixture
def chosen(tmp_path: Path) -> Path:
    folder = tmp_path / FOLDER
    folder.mkdir()
    return folder


def test_dossier_pdf_dialog_leaves_no_folder_history(  # type: ignore[no-untyped-def]
    qtbot, session, case_id, chosen: Path, qt_settings_dir: Path
) -> None:
    dialog = DossierDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    stop = _answer_dialogs(chosen / "dossier.pdf")
    try:
        written = dialog.save_to()
    finally:
        stop()
    assert written == chosen / "dossier.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert FOLDER not in _saved_settings(qtbot, qt_settings_dir)


def test_statistics_pdf_dialog_leaves_no_folder_history(  # type: ignore[no-untyped-def]
    qtbot, session, case_id, chosen: Path, qt_settings_dir: Path
) -> None:
    view = DashboardView(session)
    qtbot.addWidget(view)
    view.show_statistics(compute_statistics(session))
    stop = _answer_dialogs(chosen / "statistics.pdf", click_first="Choose where to save…")
    try:
        written = view.save_report()
    finally:
        stop()
    assert written == chosen / "statistics.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert FOLDER not in _saved_settings(qtbot, qt_settings_dir)


def test_attachment_copy_out_dialog_leaves_no_folder_history(  # type: ignore[no-untyped-def]
    qtbot, session, case_id, chosen: Path, qt_settings_dir: Path
) -> None:
    attachment_service.add_attachment(session, case_id, io.BytesIO(b"scan bytes"), "scan.txt")
    panel = AttachmentsPanel(session)
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    target = chosen / "scan.txt"
    stop = _answer_dialogs(target)
    try:
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
        yes = next(
            b for b in panel.question.buttons() if b.accessibleName() == "Choose where to save…"
        )
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.is_busy() and target.exists(), timeout=10_000)
    finally:
        stop()
    assert target.read_bytes() == b"scan bytes"
    assert FOLDER not in _saved_settings(qtbot, qt_settings_dir)
