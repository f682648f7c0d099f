"""The Attachments tab: add (streamed in a worker), view images and PDFs from memory, export
after a warning, delete after a question; and no plaintext of an attachment left on disk."""

from __future__ import annotations

import io
import tempfile
import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.cases.attachments_panel import AttachmentsPanel
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service

pytestmark = pytest.mark.gui


def png_bytes(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def pdf_bytes() -> bytes:
    """A valid one-page PDF, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    painter.drawText(100, 100, "Повестка (synthetic)")
    painter.end()
    buffer.close()
    return bytes(data.data())


class Chooser:
    """Stands in for the file dialog: hands over the path a person would have picked."""

    def __init__(self) -> None:
        self.path: str | None = None
        self.asked = 0

    def __call__(self, _parent, *_args) -> str | None:  # type: ignore[no-untyped-def]
        self.asked += 1
        return self.path


@pytest.fixture
def case_id(session):  # type: ignore[no-untyped-def]
    fields = CaseFields(name_latin=PersonName(surname="Abramov"))
    return case_service.create_case(session, fields).id


@pytest.fixture
def choosers():  # type: ignore[no-untyped-def]
    return Chooser(), Chooser()


@pytest.fixture
def panel(qtbot, session, case_id, choosers):  # type: ignore[no-untyped-def]
    widget = AttachmentsPanel(session, choose_file=choosers[0], choose_save=choosers[1])
    qtbot.addWidget(widget)
    widget.show_case(case_id)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10_000)
    if widget.viewer is not None:
        widget.viewer.close()


def add(qtbot, panel, chooser: Chooser, path: Path) -> None:  # type: ignore[no-untyped-def]
    chooser.path = str(path)
    rows = panel.model.rowCount()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.model.rowCount() == rows + 1)
    assert panel.problem.text() == ""


def view(qtbot, panel, row: int):  # type: ignore[no-untyped-def]
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible())
    return panel.viewer


def test_add_png_and_pdf_and_view_both(qtbot, panel, session, case_id, choosers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "photo.png").write_bytes(png_bytes(64, 48))
    (outside / "повестка.pdf").write_bytes(pdf_bytes())
    add(qtbot, panel, choosers[0], outside / "photo.png")
    assert "The original file is still on this computer" in panel.notice.text()
    assert str(outside / "photo.png") in panel.notice.text()
    add(qtbot, panel, choosers[0], outside / "повестка.pdf")
    names = [panel.model.index(row, 0).data() for row in range(2)]
    kinds = [panel.model.index(row, 1).data() for row in range(2)]
    assert sorted(zip(names, kinds, strict=True)) == [
        ("photo.png", "Image"),
        ("повестка.pdf", "PDF document"),
    ]
    image_viewer = view(qtbot, panel, names.index("photo.png"))
    assert image_viewer.shown_image_size() == (64, 48)
    qtbot.mouseClick(image_viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert image_viewer.shown_image_size() == (80, 60)
    qtbot.mouseClick(image_viewer.close_button, Qt.MouseButton.LeftButton)
    assert panel.viewer is None
    pdf_viewer = view(qtbot, panel, names.index("повестка.pdf"))
    qtbot.waitUntil(lambda: pdf_viewer.page_count() == 1)
    assert pdf_viewer.pdf_view.document() is pdf_viewer.document
    assert len(attachment_service.list_attachments(session, case_id)) == 2


def test_damaged_image_gives_a_sentence(qtbot, panel, choosers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.png"
    broken.write_bytes(png_bytes(8, 8)[:40])
    add(qtbot, panel, choosers[0], broken)
    viewer = view(qtbot, panel, 0)
    assert viewer.problem.text() == "This image cannot be shown: the file may be damaged."


def test_export_warns_first_then_writes_where_chosen(qtbot, panel, choosers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "scan.png"
    source.write_bytes(png_bytes(10, 10))
    add(qtbot, panel, choosers[0], source)
    panel.table.selectRow(0)
    target = tmp_path / "exported" / "copy.png"
    target.parent.mkdir()
    choosers[1].path = str(target)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    box = panel.question
    assert box.text() == "The copy will not be encrypted."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert choosers[1].asked == 0
    assert not target.exists()
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    yes = next(b for b in panel.question.buttons() if b.accessibleName() == "Choose where to save…")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy() and target.exists())
    assert target.read_bytes() == source.read_bytes()
    assert "unencrypted copy was saved" in panel.notice.text()


def test_delete_asks_first(qtbot, panel, session, case_id, choosers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "scan.png"
    source.write_bytes(png_bytes(10, 10))
    add(qtbot, panel, choosers[0], source)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        panel.question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert len(attachment_service.list_attachments(session, case_id)) == 1
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    yes = next(b for b in panel.question.buttons() if b.accessibleName() == "Delete")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert attachment_service.list_attachments(session, case_id) == []
    assert panel.model.rowCount() == 0


def test_no_plaintext_of_a_viewed_attachment_on_disk(
    qtbot, session, case_id, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    canary = f"CANARY-{uuid.uuid4().hex}".encode()
    chooser = Chooser()
    panel = AttachmentsPanel(session, choose_file=chooser, choose_save=Chooser())
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    panel.show()
    outside = tmp_path / "outside"
    outside.mkdir()
    # Readers ignore bytes after the end of a PNG or PDF; the canary rides there, verbatim.
    (outside / "scan.pdf").write_bytes(pdf_bytes() + b"\n%" + canary + b"\n")
    (outside / "photo.png").write_bytes(png_bytes(20, 20) + canary)
    add(qtbot, panel, chooser, outside / "scan.pdf")
    add(qtbot, panel, chooser, outside / "photo.png")
    for original in outside.iterdir():
        original.unlink()  # as the panel advises
    for row in range(2):
        viewer = view(qtbot, panel, row)
        qtbot.waitUntil(lambda v=viewer: v.page_count() == 1 or v.shown_image_size() == (20, 20))
        viewer.close()
    _, data = attachment_service.read_attachment(
        session, attachment_service.list_attachments(session, case_id)[0].id
    )
    assert canary in data  # the canary really is in what was stored and viewed
    leaking = [
        path
        for root in (tmp_path, home, temp)
        for path in root.rglob("*")
        if path.is_file() and canary in path.read_bytes()
    ]
    assert leaking == []


class SaveNameRecorder(Chooser):
    """A save dialog stand-in that remembers the default name it was offered."""

    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[str] = []

    def __call__(self, _parent, *args) -> str | None:  # type: ignore[no-untyped-def]
        self.suggested.append(args[0])
        return None  # the person cancels: nothing is written


@pytest.mark.parametrize(
    ("stored", "offered"),
    [
        ("../../.bashrc", "bashrc"),
        ("/etc/cron.d/job", "job"),
        ("..\\..\\autorun.inf", "autorun.inf"),
    ],
)
def test_copy_out_offers_only_a_safe_base_name(qtbot, session, case_id, stored, offered) -> None:  # type: ignore[no-untyped-def]
    # A name as an older version or an older import may have stored it.
    attachment_service.add_attachment(session, case_id, io.BytesIO(png_bytes(4, 4)), stored)
    recorder = SaveNameRecorder()
    widget = AttachmentsPanel(session, choose_file=Chooser(), choose_save=recorder)
    qtbot.addWidget(widget)
    widget.show_case(case_id)
    widget.table.selectRow(0)
    qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    yes = next(
        b for b in widget.question.buttons() if b.accessibleName() == "Choose where to save…"
    )
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert recorder.suggested == [offered]
