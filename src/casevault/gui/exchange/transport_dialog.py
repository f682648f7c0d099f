"""The "Transport folders" dialog of a partner: its outbox and inbox, automatic import, and
"Send now". Opened from the partner list (gui/partners/partners_view.py).

The folders are stored in the vault (services/transport.py), never in the app's settings.
Automatic import is off until the person turns it on; the dialog says what it does and does not
do. Nothing here touches files itself: the services write and read the folders. Saving and
"Send now" run in a worker (a bundle of a big vault takes a while); the buttons wait meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.file_choosers import FileChooser, choose_folder
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import transport
from casevault.services.session import Session
from casevault.services.transport import Peer, PeerFolders, SendResult


class TransportDialog(QDialog):
    """Set a peer's folders; "Send now" writes a bundle into the outbox. Emits `saved(PeerFolders)`
    once the folders are stored and `sent(SendResult)` once a bundle is written."""

    saved = Signal(object)
    sent = Signal(object)

    def __init__(
        self,
        session: Session,
        peer: Peer,
        peer_name: str,
        parent: QWidget | None = None,
        choose: FileChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._peer = peer
        self._choose = choose
        self._job = OneJob(  # saving or sending: off the GUI thread
            lambda: self.send_button,
            lambda: self.buttons.button(QDialogButtonBox.StandardButton.Save),
        )
        self.setWindowTitle(self.tr("Transport folders: %1").replace("%1", peer_name))
        self.setAccessibleName(self.tr("Transport folders"))
        intro = QLabel(
            self.tr(
                "CaseVault writes bundles for this partner into the outbox and picks up its "
                "bundles from the inbox. A USB stick, a shared drive or Syncthing moves the "
                "files. File names reveal nothing; the bundles stay encrypted."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.outbox = QLineEdit(self)
        self.outbox.setAccessibleName(self.tr("Outbox folder"))
        self.inbox = QLineEdit(self)
        self.inbox.setAccessibleName(self.tr("Inbox folder"))
        self.outbox_button = QPushButton(self.tr("C&hoose…"), self)
        self.outbox_button.setAccessibleName(self.tr("Choose the outbox folder"))
        self.inbox_button = QPushButton(self.tr("Ch&oose…"), self)
        self.inbox_button.setAccessibleName(self.tr("Choose the inbox folder"))
        self.auto_apply = QCheckBox(
            self.tr("&Import on their own the bundles that need no decision")
        )
        self.auto_apply.setAccessibleName(self.tr("Automatic import"))
        auto_help = QLabel(
            self.tr(
                "Off: every bundle waits for you in the list of bundles waiting. On: a bundle "
                "is applied on its own only if it brings no conflict, no possible duplicate, "
                "nothing refused, no erasure request and no key change; those always wait."
            ),
            self,
        )
        auto_help.setWordWrap(True)
        self.send_on_pass = QCheckBox(self.tr("Also &send a bundle whenever something changed"))
        self.send_on_pass.setAccessibleName(self.tr("Send on every inbox check"))
        self.send_button = QPushButton(self.tr("Send &now"), self)
        self.send_button.setAccessibleName(self.tr("Send a bundle into the outbox now"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Transport status message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )

        form = QFormLayout()
        for label, edit, button in (
            (self.tr("O&utbox:"), self.outbox, self.outbox_button),
            (self.tr("&Inbox:"), self.inbox, self.inbox_button),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.auto_apply)
        layout.addWidget(auto_help)
        layout.addWidget(self.send_on_pass)
        layout.addWidget(self.send_button)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.outbox_button.clicked.connect(lambda: self._pick(self.outbox))
        self.inbox_button.clicked.connect(lambda: self._pick(self.inbox))
        self.send_button.clicked.connect(self.send_now)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._load()

    def _load(self) -> None:
        current = transport.get_folders(self._session, self._peer)
        if current is None:
            return
        self.outbox.setText(str(current.outbox or ""))
        self.inbox.setText(str(current.inbox or ""))
        self.auto_apply.setChecked(current.auto_apply)
        self.send_on_pass.setChecked(current.send_on_pass)

    def _pick(self, edit: QLineEdit) -> None:
        chosen = self._choose(self, self.tr("Choose a folder"), "")
        if chosen:
            edit.setText(chosen)

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    @property
    def busy(self) -> bool:
        """True while the folders are being saved or a bundle written (in a worker)."""
        return self._job.busy

    def save(self) -> bool:
        """Start storing the folders and settings in a worker; True if started. `saved` is
        emitted and the dialog closes when done; a problem is said in the status line."""
        if self.busy:
            return False
        session, peer = self._session, self._peer
        outbox, inbox = self.outbox.text().strip(), self.inbox.text().strip()
        auto_apply, send_on_pass = self.auto_apply.isChecked(), self.send_on_pass.isChecked()
        self.status.clear()
        return self._job.start(
            lambda: transport.set_folders(
                session,
                peer,
                outbox=Path(outbox) if outbox else None,
                inbox=Path(inbox) if inbox else None,
                auto_apply=auto_apply,
                send_on_pass=send_on_pass,
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, folders: PeerFolders) -> None:
        self.saved.emit(folders)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        # known types have a sentence in messages.py
        self._say(describe(exc), ok=False)

    def send_now(self) -> bool:
        """Start writing a bundle for this partner into its outbox (saved folders first) in a
        worker; True if started. `sent` is emitted when the bundle is written."""
        if self.busy:
            return False
        session, peer = self._session, self._peer
        outbox = self.outbox.text().strip()

        def run() -> SendResult:
            if outbox:
                transport.set_folders(session, peer, outbox=Path(outbox))
            return transport.send(session, peer)

        self._say(self.tr("Writing the bundle…"), ok=True)
        return self._job.start(run, self._sent, self._failed)

    def _sent(self, sent: SendResult) -> None:
        self._say(
            self.tr("Sent: %n case(s), in the file %1.", "", sent.export.cases).replace(
                "%1", sent.file_name
            ),
            ok=True,
        )
        self.sent.emit(sent)
