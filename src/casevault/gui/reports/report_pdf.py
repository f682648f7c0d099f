"""Turn a report (HTML made by our own code, every value escaped) into PDF bytes in memory,
and write them only to a file the user picked, after a warning that the PDF is not encrypted.

Nothing is written anywhere else: no temp file, no cache, no "recent files" entry of ours,
and no folder history in Qt's settings (gui/kit/file_choosers.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from casevault.gui.kit.file_choosers import choose_save_path
from casevault.services.user_files import write_user_file


def render_pdf(html: str, title: str = "") -> bytes:
    """The PDF for `html` (A4, 15 mm margins), built in memory."""
    document = QTextDocument()
    document.setHtml(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("CaseVault")
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_pdf(path: Path, pdf: bytes) -> None:
    """Write `pdf` to the user's chosen `path` (services/user_files.py: user-only, complete or
    absent). Raises OSError."""
    write_user_file(path, pdf)


def plaintext_warning() -> str:
    """The sentence shown before any report leaves the vault."""
    return QCoreApplication.translate(
        "ReportPdf",
        "The PDF will NOT be encrypted: anyone who gets the file can read it. Save it only on "
        "an encrypted drive, send it only over a safe channel, and delete it when it is no "
        "longer needed.",
    )


def ask_pdf_path(parent: QWidget, suggested_name: str, warn: bool = True) -> Path | None:
    """Warn that the PDF is plaintext (unless the caller already shows the warning), then ask
    where to save it. None if the user cancels."""
    if warn and not _confirm_plaintext(parent):
        return None
    # Not QFileDialog.getSaveFileName: that one writes the chosen folder to QtProject.conf.
    name = choose_save_path(
        parent,
        QCoreApplication.translate("ReportPdf", "Save the report as PDF"),
        suggested_name,
        QCoreApplication.translate("ReportPdf", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def _confirm_plaintext(parent: QWidget) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ReportPdf", "Unencrypted file"),
        plaintext_warning(),
        parent=parent,
    )
    go_on = box.addButton(
        QCoreApplication.translate("ReportPdf", "Choose where to save…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("ReportPdf", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go_on
