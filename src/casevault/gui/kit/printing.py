"""Print a report or the recovery code: Qt's print dialog, then the text straight to the printer.

Nothing is written by us: the document is laid out in memory (QTextDocument) and handed to the
QPrinter the person chose. A printer queue, or Qt's own "print to file" choice in the dialog,
is outside our control: the operating system's spooler may keep a copy until the page is out.
The dialogs that print say so once, as the PDF export does (gui/reports/report_pdf.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def print_warning() -> str:
    """The sentence shown before case data is printed."""
    return QCoreApplication.translate(
        "Printing",
        "Printed pages are not encrypted. Collect them from the printer at once, and keep or "
        "shred them like any paper with case data on it.",
    )


def print_html(
    parent: QWidget | None, html: str, title: str, printer: QPrinter | None = None
) -> bool:
    """Print `html`. Without `printer`, Qt's print dialog asks which printer (True if printed,
    False if cancelled); with one (tests: a PDF file printer), it prints there directly."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True
