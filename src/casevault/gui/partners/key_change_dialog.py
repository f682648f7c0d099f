"""Rotate or revoke our organisation's keys (services/key_events.py), with what partners will
see and what they and we must do next. Both make new keys; the announcement is exported next
(gui/partners/announce_keys_dialog.py).

Rotation: ordinary renewal; partners accept the new keys through the old ones, then compare the
new short code. Revocation: the keys (or an earlier key, when a copy may have been taken before
a rotation) may be in someone else's hands; confirmed by typing a word, as in the CLI."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from casevault.gui.kit.flow_dialog import FlowDialog, code_label
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import key_events
from casevault.services.key_events import KeyEvent
from casevault.services.session import Session


class KeyChangeDialog(FlowDialog):
    """`revoke` False: rotation; True: revocation. Emits `changed(KeyEvent)` and, from its
    "Export the announcement…" button, `announce_next`."""

    changed = Signal(object)
    announce_next = Signal()

    def __init__(self, session: Session, revoke: bool, parent: QWidget | None = None) -> None:
        if revoke:
            title = self.tr("Revoke our keys")
            intro = self.tr(
                "Do this if your organisation's keys may be in someone else's hands (a laptop "
                "that kept them was seized). New keys are made. Partners who import the "
                "announcement stop trusting the old keys at once and will not exchange with you "
                "until they have verified your new identity card with you by phone or in person. "
                "Your other laptops must be enrolled again.\n\n"
                "If you rotated your keys after a copy may have been taken, give the start of "
                "that earlier key's fingerprint: partners then revoke it and every key rotated "
                "from it, a thief's too."
            )
        else:
            title = self.tr("Rotate our keys")
            intro = self.tr(
                "Ordinary renewal of your organisation's keys. Partners who import the "
                "announcement accept the new keys through the old ones; they see “keys "
                "changed” next to your name and compare the new short code with you. Your other "
                "laptops must be enrolled again afterwards."
            )
        super().__init__(title, intro, parent)
        self._session = session
        self.revoke = revoke
        self.word = self.tr("REVOKE")
        self.earlier_key = QLineEdit(self)
        self.earlier_key.setAccessibleName(self.tr("Earlier key to revoke (optional)"))
        self.earlier_key.setPlaceholderText(self.tr("empty: the current keys"))
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Type the confirmation word"))
        if revoke:
            form = QFormLayout()
            form.addRow(self.tr("&Earlier key (first 8 digits or more):"), self.earlier_key)
            form.addRow(self.tr("Type %1 to confirm:").replace("%1", self.word), self.typed)
            self.body.addLayout(form)
        else:
            self.earlier_key.hide()
            self.typed.hide()
        self.change_button = QPushButton(
            self.tr("&Revoke and make new keys") if revoke else self.tr("&Make new keys"), self
        )
        self.change_button.setAccessibleName(title)
        self.change_button.setEnabled(not revoke)
        self.fingerprint = code_label(self, self.tr("New fingerprint"))
        self.announce_button = QPushButton(self.tr("E&xport the announcement…"), self)
        self.announce_button.setAccessibleName(self.tr("Export the key announcement"))
        self.announce_button.setEnabled(False)
        # making keys and signing: off the GUI thread
        self._job = OneJob(self.earlier_key, self.typed, on_change=self._wait)
        self.body.addWidget(self.change_button)
        self.body.addWidget(self.fingerprint)
        self.body.addWidget(self.announce_button)
        self.typed.textChanged.connect(
            lambda text: self.change_button.setEnabled(text.strip() == self.word)
        )
        self.change_button.clicked.connect(self.change)
        self.announce_button.clicked.connect(self._announce)

    @property
    def busy(self) -> bool:
        """True while the new keys are being made (in a worker)."""
        return self._job.busy

    def change(self) -> bool:
        """Start making the new keys in a worker (revocation: only if the word was typed); the
        buttons wait meanwhile. True if started; `changed` is emitted when done."""
        if not self.change_button.isEnabled() or self.busy:
            return False
        session, revoke = self._session, self.revoke
        earlier = self.earlier_key.text().strip() or None

        def make() -> KeyEvent:
            if revoke:
                return key_events.revoke_keys(session, earlier)
            return key_events.rotate_keys(session)

        self.say(self.tr("Making the new keys…"), ok=True)
        return self._job.start(make, self._changed, self._failed)

    def _wait(self, busy: bool) -> None:
        self.change_button.setEnabled(
            not busy and (not self.revoke or self.typed.text().strip() == self.word)
        )

    def _failed(self, exc: BaseException) -> None:
        # OrgKeysNotHeld, OwnKeyNotFound…: a sentence each
        self.say(describe(exc), ok=False)

    def _changed(self, event: KeyEvent) -> None:
        for widget in (self.change_button, self.earlier_key, self.typed):
            widget.setEnabled(False)  # made: nothing more to change here
        self.fingerprint.setText(event.new_fingerprint)
        self.announce_button.setEnabled(True)
        self.say(
            self.tr(
                "New keys made; the fingerprint above is your new one. Now export the "
                "announcement and send it to every partner, then enrol your other laptops again."
            ),
            ok=True,
        )
        self.changed.emit(event)

    def _announce(self) -> None:
        self.accept()
        self.announce_next.emit()
