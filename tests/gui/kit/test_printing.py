"""Printing: the recovery code, the dossier and the statistics report reach a real QPrinter.

The printer here writes a PDF into tmp_path; it is read back with QPdfDocument (the text a
printed page would carry) and deleted. The print dialog itself is Qt's own and is not opened.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from casevault.domain.case import CaseFields, PersonName
from casevault.gui.reports.dashboard_view import DashboardView
from casevault.gui.reports.dossier_dialog import DossierDialog
from casevault.gui.safety.new_key_dialog import NewKeyDialog, NewKeyKind
from casevault.gui.safety.recovery_sheet import print_recovery_code, recovery_sheet_html
from casevault.services import cases as case_service
from casevault.services.statistics import compute_statistics

pytestmark = pytest.mark.gui
CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _printed_text(path: Path) -> str:
    """The text of every page of the PDF the printer wrote; the file is then deleted."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    path.unlink()
    return text


def test_the_recovery_code_prints_with_what_to_do_with_the_paper(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sheet.pdf"
    assert print_recovery_code(None, CODE, _pdf_printer(target))
    text = _printed_text(target)
    assert "ABCD-EFGH-JKLM-NPQR" in text
    assert "STUV-WXYZ-2345-6789" in text
    assert "hidden" in text
    assert not target.exists()
    assert not print_recovery_code(None, "", _pdf_printer(target))  # nothing to print
    assert not target.exists()


def test_the_sheet_says_nothing_about_whose_vault_it_opens() -> None:
    html = recovery_sheet_html(CODE)
    assert CODE.split("-")[0] in html
    assert "<script" not in recovery_sheet_html("<script>-x")


def test_the_first_run_wizard_offers_printing_and_safety_advice(
    qtbot, tmp_path: Path, ui_settings
) -> None:  # type: ignore[no-untyped-def]
    from casevault.gui.main_window import MainWindow
    from casevault.services.vaults import KdfChoice

    window = MainWindow(tmp_path / "vault", ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    assert wizard.code_page.print_button.text() == "&Print the code…"
    advice = wizard.confirm_page.advice.text()
    assert "Destroy the vault (panic" in advice
    assert "recovery code on paper" in advice
    assert wizard.code_page._code() == ""  # no vault yet: nothing to print


def test_a_new_recovery_code_can_be_printed(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = NewKeyDialog(session, NewKeyKind.RECOVERY_CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isVisible()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery staple")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.new_code), timeout=15_000)
    assert dialog.print_button.isVisible()


def test_the_dossier_prints(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Орлов", given="Иван"))
    )
    case_service.add_timeline_event(session, case.id, dt.date(2024, 3, 2), "Crossed into KZ")
    dialog = DossierDialog(session, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10_000)
    target = tmp_path / "dossier.pdf"
    assert dialog.print_to(_pdf_printer(target))
    text = _printed_text(target)
    assert "Орлов Иван" in text
    assert "Crossed into KZ" in text
    assert "not encrypted" in dialog.status.text()


def test_the_statistics_report_prints(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_service.create_case(
        session, CaseFields(name_cyrillic=PersonName(surname="Орлов", given="Иван"), country="KZ")
    )
    view = DashboardView(session)
    qtbot.addWidget(view)
    assert not view.print_report(_pdf_printer(tmp_path / "unused.pdf"))  # nothing counted yet
    view.show_statistics(compute_statistics(session))
    assert view.print_button.isEnabled()
    target = tmp_path / "stats.pdf"
    assert view.print_report(_pdf_printer(target))
    text = _printed_text(target)
    assert "KZ" in text
    assert "Орлов" not in text  # a report of counts, no names
