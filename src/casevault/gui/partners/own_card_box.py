"""Our organisation's identity card, for partners: save it to a file or copy its text form
(taken off the clipboard after a minute). It holds only public keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casevault.gui.kit.file_choosers import FileChooser
from casevault.gui.messages import describe
from casevault.gui.safety.clipboard_guard import ClipboardGuard
from casevault.services import partners as partner_service
from casevault.services.session import Session
from casevault.services.user_files import write_user_file

Say = Callable[[str, bool], None]  # (sentence, ok) shown in the screen's status line


def card_filter() -> str:
    """The file-dialog filter for identity cards."""
    return QCoreApplication.translate(
        "PartnersView", "CaseVault identity cards (*.card);;All files (*)"
    )


class OwnCardBox(QGroupBox):
    """The "Your organisation's identity card" box of the partners screen."""

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_card)
        self.copy_button.clicked.connect(self.copy_card)

    def save_card(self) -> None:
        """Write our identity card to a file the person chooses."""
        path = self._save_file(
            self,
            QCoreApplication.translate("PartnersView", "Save your identity card"),
            card_filter(),
        )
        if not path:
            return
        try:
            exported = partner_service.export_identity(self._session)
            write_user_file(Path(path), exported.card)  # public keys only, written carefully
        except OSError:
            self._say(
                QCoreApplication.translate(
                    "PartnersView", "Could not write the card to this place."
                ),
                False,
            )
            return
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), False)
            return
        self._say(
            QCoreApplication.translate("PartnersView", "Card saved. Your fingerprint: %1").replace(
                "%1", exported.fingerprint
            ),
            True,
        )

    def copy_card(self) -> None:
        """Copy our card's text form; it is taken off the clipboard after a minute."""
        try:
            exported = partner_service.export_identity(self._session)
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), False)
            return
        self.clipboard.copy(exported.text)
        self._say(
            QCoreApplication.translate(
                "PartnersView",
                "Card copied. Paste it into a message to the partner within a minute.",
            ),
            True,
        )
