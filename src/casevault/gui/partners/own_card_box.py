"""Our organisation's identity card, for partners: save it to a file or copy its text form
(taken off the clipboard after a minute). It holds only public keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casevault.gui.kit.file_choosers import FileChooser
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.gui.safety.clipboard_guard import ClipboardGuard
from casevault.services import partners as partner_service
from casevault.services.partners import IdentityExport
from casevault.services.session import Session
from casevault.services.user_files import write_user_file

Say = Callable[[str, bool], None]  # (sentence, ok) shown in the screen's status line


def card_filter() -> str:
    """The file-dialog filter for identity cards."""
    return QCoreApplication.translate(
        "PartnersView", "CaseVault identity cards (*.card);;All files (*)"
    )


class OwnCardBox(QGroupBox):
    """The "Your organisation's identity card" box of the partners screen. Emits `saved` and
    `copied` when the card is written or on the clipboard."""

    saved = Signal()
    copied = Signal()

    def __init__(
        self, session: Session, save_file: FileChooser, say: Say, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PartnersView", "Your organisation's identity card"), parent
        )
        self._session = session
        self._save_file = save_file
        self._say = say
        self.clipboard = ClipboardGuard(self)
        intro = QLabel(
            QCoreApplication.translate(
                "PartnersView",
                "Send this card to a partner (it holds only public keys), then compare the short "
                "code with them by phone or in person.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.save_button = QPushButton(
            QCoreApplication.translate("PartnersView", "&Save card to a file…"), self
        )
        self.save_button.setAccessibleName(
            QCoreApplication.translate("PartnersView", "Save your identity card to a file")
        )
        self.copy_button = QPushButton(
            QCoreApplication.translate("PartnersView", "&Copy card as text"), self
        )
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("PartnersView", "Copy your identity card as text")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "PartnersView",
                "The clipboard is cleared after a minute unless you have copied something "
                "else since.",
            )
        )
        # signing and auditing the export: off the GUI thread
        self._job = OneJob(self.save_button, self.copy_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_card)
        self.copy_button.clicked.connect(self.copy_card)

    @property
    def busy(self) -> bool:
        """True while the card is being exported (in a worker)."""
        return self._job.busy

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._say(
                QCoreApplication.translate(
                    "PartnersView", "Could not write the card to this place."
                ),
                False,
            )
        else:  # known types have a sentence in messages.py
            self._say(describe(exc), False)

    def save_card(self) -> bool:
        """Write our identity card to a file the person chooses, in a worker (the buttons wait
        meanwhile). True if started; `saved` is emitted when done."""
        if self.busy:
            return False
        path = self._save_file(
            self,
            QCoreApplication.translate("PartnersView", "Save your identity card"),
            card_filter(),
        )
        if not path:
            return False
        session = self._session

        def save() -> IdentityExport:
            exported = partner_service.export_identity(session)
            write_user_file(Path(path), exported.card)  # public keys only, written carefully
            return exported

        return self._job.start(save, self._saved, self._failed)

    def _saved(self, exported: IdentityExport) -> None:
        self._say(
            QCoreApplication.translate("PartnersView", "Card saved. Your fingerprint: %1").replace(
                "%1", exported.fingerprint
            ),
            True,
        )
        self.saved.emit()

    def copy_card(self) -> bool:
        """Copy our card's text form (exported in a worker, the buttons waiting meanwhile); it
        is taken off the clipboard after a minute. True if started; `copied` when done."""
        if self.busy:
            return False
        session = self._session
        return self._job.start(
            lambda: partner_service.export_identity(session), self._copied, self._failed
        )

    def _copied(self, exported: IdentityExport) -> None:
        self.clipboard.copy(exported.text)
        self._say(
            QCoreApplication.translate(
                "PartnersView",
                "Card copied. Paste it into a message to the partner within a minute.",
            ),
            True,
        )
        self.copied.emit()
