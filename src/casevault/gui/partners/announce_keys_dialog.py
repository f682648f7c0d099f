"""Export the key announcement: the bundle that tells every trusted partner about our key
rotation or revocation, signed with the OLD keys they still trust (services/key_events.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_save
from casevault.gui.kit.flow_dialog import FlowDialog
from casevault.gui.kit.new_user_file import write_new_file
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.gui.partners.sync_dialog import bundle_filter
from casevault.services import key_events
from casevault.services.session import Session


class AnnounceKeysDialog(FlowDialog):
    """One button: choose where, write the announcement for every trusted partner. Emits
    `written(number of partners)` when written."""

    written = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(
            self.tr("Export the key announcement"),
            self.tr(
                "Writes one file for all your trusted partners, signed with your previous keys, "
                "which they still trust. Send it to each of them as you send bundles.\n\n"
                "After a rotation, partners who import it see “keys changed” next to your name "
                "and must compare the new short code with you (by phone or in person) before "
                "they exchange with you again.\n"
                "After a revocation, they stop trusting your old keys at once, and trust your "
                "new identity card only once they have verified it with you afresh."
            ),
            parent,
        )
        self._session = session
        self._save_file = save_file
        self.write_button = QPushButton(self.tr("&Write the announcement…"), self)
        self.write_button.setAccessibleName(self.tr("Write the key announcement to a file"))
        self._job = OneJob(self.write_button)  # signing and writing: off the GUI thread
        self.body.addWidget(self.write_button)
        self.write_button.clicked.connect(self.write)
        if key_events.pending_announcement(session) is None:
            self.write_button.setEnabled(False)
            self.say(
                self.tr("There is no key change to announce: rotate or revoke your keys first."),
                ok=False,
            )

    @property
    def busy(self) -> bool:
        """True while the announcement is being signed and written (in a worker)."""
        return self._job.busy

    def write(self) -> bool:
        """Ask where, then write the announcement there in a worker; the button waits
        meanwhile. True if started; `written` is emitted when done."""
        if self.busy or not self.write_button.isEnabled():
            return False
        chosen = self._save_file(self, self.tr("Save the key announcement"), bundle_filter())
        if not chosen:
            return False
        session = self._session

        def seal() -> tuple[str, list[str]]:
            sent_to = write_new_file(
                Path(chosen),
                lambda sink: key_events.export_key_announcement(session, None, sink),
            )
            return chosen, sent_to

        self.say(self.tr("Writing the announcement…"), ok=True)
        return self._job.start(seal, self._written, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.say(self.tr("Could not write the announcement to this place."), ok=False)
        else:  # NoPendingAnnouncement, PartnerNotTrusted…: a sentence each
            self.say(describe(exc), ok=False)

    def _written(self, done: tuple[str, list[str]]) -> None:
        chosen, sent_to = done
        self.say(
            self.tr("Announcement for %n partner(s) written to %1.", "", len(sent_to)).replace(
                "%1", chosen
            ),
            ok=True,
        )
        self.written.emit(len(sent_to))
