"""The asylum dossier's PDF without a window: the app's own renderer
(gui/reports/asylum_dossier_pdf.py)
on an offscreen Qt application, so that `casevault dossier asylum` (cli/dossier_commands.py)
writes the same document as the app. Imported by the CLI only when asked for, and only where
PySide6 is installed."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from casevault.gui.reports.asylum_dossier_pdf import attestation_sentence, render_asylum_pdf
from casevault.gui.reports.asylum_dossier_text import DossierWords
from casevault.services.asylum_dossier import collect_asylum_dossier
from casevault.services.attestation import attest_dossier
from casevault.services.session import Session

_app: QGuiApplication | None = None  # kept for the process: Qt allows one application


def _qt() -> None:
    global _app
    if QGuiApplication.instance() is None:
        # Offscreen: a PDF needs fonts and a paint device, never a window or a display.
        _app = QGuiApplication(["casevault", "-platform", "offscreen"])


def write_asylum_dossier(
    session: Session, case_ref: str, language: str, profile: str, file_name: str
) -> tuple[bytes, bytes]:
    """(PDF bytes, attestation bytes) of the case's dossier; `file_name` is printed in it.

    Raises the services' errors (CaseNotFound, ProfileNotFound, OrgKeysNotHeld, ...).
    """
    _qt()
    dossier = collect_asylum_dossier(session, case_ref, language, profile)
    pdf = render_asylum_pdf(dossier, file_name)
    sentence = attestation_sentence(dossier, DossierWords(language))
    return pdf, attest_dossier(session, dossier, pdf, sentence)
