"""The asylum dossier dialog: pick the dossier's language and redaction profile, preview it,
and save the PDF with the organisation's signed attestation beside it, to a place the user
picks, under the warning that a PDF is not encrypted (as gui/reports/dossier_dialog.py).

Reading the case (signature checks) runs in a worker; the preview lives in memory only and is
dropped when the dialog closes or the vault locks.
"""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casevault.exchange.attestation import SUFFIX
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.gui.reports.asylum_dossier_pdf import (
    asylum_dossier_html,
    attestation_sentence,
    render_asylum_pdf,
)
from casevault.gui.reports.asylum_dossier_text import DossierWords
from casevault.gui.reports.report_pdf import ask_pdf_path, plaintext_warning, save_pdf
from casevault.services.asylum_dossier import (
    DEFAULT_PROFILE,
    AsylumDossier,
    collect_asylum_dossier,
)
from casevault.services.attestation import attest_dossier
from casevault.services.profiles import list_profiles
from casevault.services.session import Session

# Each language by its own name, as in the app's language menu.
DOSSIER_LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class AsylumDossierDialog(QDialog):
    """Preview and save one case's dossier for an asylum application."""

    def __init__(self, session: Session, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._worker: Worker | None = None
        self.dossier: AsylumDossier | None = None
        self.setWindowTitle(self.tr("Dossier for an asylum application"))
        self.setAccessibleName(self.tr("Dossier for an asylum application"))
        self.resize(800, 680)
        warning = QLabel(plaintext_warning(), self)
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        warning.setAccessibleName(self.tr("Warning"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the dossier"))
        for code, name in DOSSIER_LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.profile = QComboBox(self)
        self.profile.setAccessibleName(self.tr("Fields to include (redaction profile)"))
        for profile in list_profiles(session):
            self.profile.addItem(profile.name, profile.name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(DEFAULT_PROFILE)))
        form = QFormLayout()
        form.addRow(self.tr("&Language of the dossier:"), self.language)
        form.addRow(self.tr("&Fields to include:"), self.profile)
        hint = QLabel(
            self.tr(
                "The dossier is written in the language chosen here, whatever the language of "
                "the app. The organisation signs it: a file ending in .attestation is saved "
                "beside the PDF; send both."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Preparing the dossier"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Dossier preview"))
        self.preview.setOpenLinks(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Dossier status"))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as signed PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save the dossier as a signed PDF"))
        self.save_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(lambda: self.save_to())
        close.clicked.connect(self.reject)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.profile.currentIndexChanged.connect(self._collect)
        self.finished.connect(self._forget)
        self._collect()

    def _collect(self) -> None:
        """Read the case again (the profile decides which fields are read at all)."""
        if self._worker is not None:
            return  # the running read picks up nothing stale: it is redone when it ends
        self.save_button.setEnabled(False)
        self.busy.setVisible(True)
        language, profile = self.language.currentData(), self.profile.currentData()
        self._worker = start_worker(
            lambda: collect_asylum_dossier(self._session, self._case_id, language, profile),
            self._collected,
            self._failed,
        )

    def _collected(self, dossier: Any) -> None:
        self._worker = None
        if dossier.profile != self.profile.currentData():
            self._collect()  # the profile changed while reading
            return
        self.busy.setVisible(False)
        self.dossier = dataclasses.replace(dossier, language=self.language.currentData())
        self.save_button.setEnabled(True)
        self._render()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.status.setText(describe(error))

    def _language_changed(self) -> None:
        if self.dossier is not None:
            self.dossier = dataclasses.replace(self.dossier, language=self.language.currentData())
            self._render()

    def html(self, file_name: str = "dossier.pdf") -> str:
        """The dossier as it would be saved now."""
        return "" if self.dossier is None else asylum_dossier_html(self.dossier, file_name)

    def _render(self) -> None:
        self.preview.setHtml(self.html())

    def save_to(self, path: Path | None = None) -> Path | None:
        """Write the PDF and its attestation (`<name>.pdf.attestation`) to `path`, or to a place
        the user picks; None if cancelled or if it could not be done (the reason is shown)."""
        dossier = self.dossier
        if dossier is None:
            return None
        if path is None:
            path = ask_pdf_path(self, self.tr("asylum-dossier.pdf"), warn=False)
            if path is None:
                return None
        pdf = render_asylum_pdf(dossier, path.name)
        try:
            attestation = attest_dossier(
                self._session,
                dossier,
                pdf,
                attestation_sentence(dossier, DossierWords(dossier.language)),
            )
        except Exception as exc:  # e.g. OrgKeysNotHeld: a plain sentence, nothing written
            self.status.setText(describe(exc))
            return None
        try:
            save_pdf(path, pdf)
            save_pdf(path.with_name(path.name + SUFFIX), attestation)
        except OSError:
            self.status.setText(self.tr("Could not write the PDF there. Choose another place."))
            return None
        self.status.setText(
            self.tr("Dossier and its attestation saved. Remember: the files are not encrypted.")
        )
        return path

    def _forget(self) -> None:
        """Closing drops the case data from the dialog."""
        self.dossier = None
        self.preview.clear()
