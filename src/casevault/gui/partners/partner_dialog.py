"""Two partner dialogs: add a partner from pasted card text, and verify a partner's keys.

Verifying is the step that makes a partner trusted, so the dialog shows what both sides compare
(the short authentication code, big and grouped; the full fingerprint; a QR code of it) and
marks the partner verified only when the service confirms that what the person typed matches.
A wrong code changes nothing and says so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.organisation import Partner, VerificationMethod
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.kit.one_job import OneJob
from casevault.gui.kit.qr_code import qr_pixmap
from casevault.gui.messages import describe
from casevault.services import partners as partner_service
from casevault.services.partners import PartnerDetails
from casevault.services.session import Session

MAX_CARD_TEXT = 64 * 1024  # a card is a few kilobytes; anything far larger is not one


def _is_fingerprint(untrusted_text: str) -> bool:
    """True if the person typed hex letters or more than the digits of a short code."""
    compact = [ch for ch in untrusted_text if ch.isalnum()]
    return len(compact) > partner_service.SHORT_CODE_LENGTH or any(
        ch.upper() in "ABCDEF" for ch in compact
    )


class AddPartnerDialog(QDialog):
    """Paste a partner's identity card text; emits `added(PartnerDetails)`."""

    added = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Add a partner from text"))
        self.setAccessibleName(self.tr("Add a partner from text"))
        intro = QLabel(
            self.tr(
                "Paste the identity card the partner sent you (one line of text). It holds only "
                "public keys. The partner stays unverified until you compare the short code "
                "with them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.card_text = QPlainTextEdit(self)
        self.card_text.setAccessibleName(self.tr("Identity card text"))
        self.card_text.setPlaceholderText(self.tr("Paste the card here"))
        self.card_text.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem with the card"))
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add partner"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add partner"))
        # checking the card and writing: off the GUI thread; the text stays readable meanwhile
        self._job = OneJob(self.add_button, on_change=self.card_text.setReadOnly)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.card_text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    @property
    def busy(self) -> bool:
        """True while the partner is being added (in a worker)."""
        return self._job.busy

    def add(self) -> bool:
        """Start adding the partner from the pasted text (unverified) in a worker; the button
        waits meanwhile. True if started; `added` is emitted when done."""
        if self.busy:
            return False
        untrusted_text = self.card_text.toPlainText().strip()
        if not untrusted_text:
            self.error.setText(self.tr("Paste the card text first."))
            return False
        session, untrusted_card = self._session, untrusted_text.encode("utf-8")[: MAX_CARD_TEXT + 1]
        self.error.clear()
        return self._job.start(
            lambda: partner_service.add_partner(session, untrusted_card), self._added, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        # known types have a sentence in messages.py
        self.error.setText(describe(exc))

    def _added(self, details: PartnerDetails) -> None:
        self.added.emit(details)
        self.accept()


def code_in_two_lines(short_code: str) -> str:
    """The ten groups of the short code on two lines of five, so it fits and reads in halves."""
    groups = short_code.split()
    middle = (len(groups) + 1) // 2
    return " ".join(groups[:middle]) + "\n" + " ".join(groups[middle:])


class VerifyPartnerDialog(QDialog):
    """Compare the short code (or fingerprint) with the partner; emits `verified(Partner)`."""

    verified = Signal(object)

    def __init__(
        self, session: Session, details: PartnerDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.details = details
        name = details.partner.name
        self.setWindowTitle(self.tr("Verify %1").replace("%1", name))
        self.setAccessibleName(self.tr("Verify partner"))
        intro = QLabel(
            self.tr(
                "Call %1 (or meet in person) and ask them to read the code their CaseVault "
                "shows for your organisation. Type what they read below. Do not read yours "
                "out first: if someone swapped a card on its way, the codes differ."
            ).replace("%1", name),
            self,
        )
        intro.setWordWrap(True)

        self.code = QLabel(code_in_two_lines(details.short_code), self)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSize(22)
        code_font.setWeight(QFont.Weight.Bold)
        self.code.setFont(code_font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Short authentication code"))
        # Screen readers read the groups one by one instead of a 50-digit number.
        self.code.setAccessibleDescription(", ".join(details.short_code.split()))

        self.fingerprint = QLabel(details.fingerprint_text, self)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Partner's key fingerprint"))

        self.qr = QLabel(self)
        self.qr.setPixmap(qr_pixmap(details.fingerprint_text, 4))
        self.qr.setAccessibleName(self.tr("QR code of the partner's fingerprint"))
        self.qr.setToolTip(
            self.tr("The partner can scan this and compare it with their own fingerprint.")
        )

        self.spoken = QLineEdit(self)
        self.spoken.setAccessibleName(self.tr("Code the partner reads"))
        self.spoken.setPlaceholderText(self.tr("e.g. 04129 98310 …"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Verification result"))

        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("The partner &reads:"), self.spoken)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        self.verify_button = QPushButton(self.tr("&Mark as verified"), self)
        self.verify_button.setAccessibleName(self.tr("Mark as verified"))
        self.verify_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Not &now"), self)
        self.close_button.setAccessibleName(self.tr("Close without verifying"))
        # comparing and writing: off the GUI thread; the code stays readable meanwhile
        self._job = OneJob(self.verify_button, on_change=self.spoken.setReadOnly)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setTabOrder(self.spoken, self.verify_button)
        self.setTabOrder(self.verify_button, self.close_button)
        self.verify_button.clicked.connect(self.verify)
        self.close_button.clicked.connect(self.reject)
        self.spoken.setFocus()

    @property
    def busy(self) -> bool:
        """True while the code is being compared and the result written (in a worker)."""
        return self._job.busy

    def verify(self) -> bool:
        """Ask the service (in a worker) to compare; only a match marks the partner verified.
        The button waits meanwhile. True if started; `verified` is emitted on a match."""
        if self.busy:
            return False
        untrusted_spoken = self.spoken.text()
        if not any(ch.isalnum() for ch in untrusted_spoken):
            self.error.setText(self.tr("Type the code the partner reads to you."))
            return False
        method = (
            VerificationMethod.FINGERPRINT
            if _is_fingerprint(untrusted_spoken)
            else VerificationMethod.SHORT_CODE
        )
        session, partner_id = self._session, self.details.partner.id
        self.error.clear()
        return self._job.start(
            lambda: partner_service.verify_partner(session, partner_id, method, untrusted_spoken),
            self._verified,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        # VerificationMismatch and others have a sentence
        self.error.setText(describe(exc))
        self.spoken.selectAll()

    def _verified(self, partner: Partner) -> None:
        self.verified.emit(partner)
        self.accept()
