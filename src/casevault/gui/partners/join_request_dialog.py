"""On a NEW laptop (a fresh, empty vault): write the request to join the organisation, and show
the code the person at the enrolling laptop must type there (services/nodes.py).

Enrolment is done in person, both laptops side by side: the code is read off this screen, never
sent. The request holds only public keys (temporary ones, replaced on joining)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_save
from casevault.gui.kit.flow_dialog import FlowDialog, code_label
from casevault.gui.kit.new_user_file import write_new_file
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import nodes
from casevault.services.nodes import JoinRequest
from casevault.services.session import Session


def request_filter() -> str:
    """File-dialog filter for join requests."""
    return QCoreApplication.translate(
        "JoinRequestDialog", "CaseVault join requests (*.request);;All files (*)"
    )


class JoinRequestDialog(FlowDialog):
    """Step 1 of 3 on the new laptop. Emits `written(path)` once the request is written and
    `accept_next` when the person wants step 3."""

    accept_next = Signal()
    written = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(
            self.tr("Request to join your organisation"),
            self.tr(
                "Do this on the NEW laptop, with a vault that holds nothing yet. Bring it next "
                "to a laptop that is already enrolled. 1. Write the request file and take it "
                "to that laptop (USB stick). 2. The person there types the code shown here. "
                "3. You receive an enrolment file and your organisation's identity card, and "
                "accept them here with the code the other laptop shows."
            ),
            parent,
        )
        self._session = session
        self._save_file = save_file
        self.write_button = QPushButton(self.tr("&Write the request file…"), self)
        self.write_button.setAccessibleName(self.tr("Write the join request to a file"))
        self._job = OneJob(self.write_button)  # making keys and writing: off the GUI thread
        self.code_intro = self.tr(
            "Type this code on the enrolling laptop (read it off this screen; never send it "
            "or read it over a phone):"
        )
        self.code = code_label(self, self.tr("Code to type on the enrolling laptop"))
        self.accept_button = QPushButton(self.tr("&Accept the enrolment…"), self)
        self.accept_button.setAccessibleName(self.tr("Go on: accept the enrolment file"))
        self.accept_button.setEnabled(False)
        self.body.addWidget(self.write_button)
        self.body.addWidget(self.code)
        self.body.addWidget(self.accept_button)
        self.write_button.clicked.connect(self.write_request)
        self.accept_button.clicked.connect(self._go_on)

    @property
    def busy(self) -> bool:
        """True while the request is being made and written (in a worker)."""
        return self._job.busy

    def write_request(self) -> bool:
        """Ask where, then make and write the request there in a worker; the button waits
        meanwhile. True if started; `written` is emitted (and the code shown) when done."""
        if self.busy:
            return False
        chosen = self._save_file(self, self.tr("Save the join request"), request_filter())
        if not chosen:
            return False
        session = self._session

        def make() -> tuple[str, JoinRequest]:
            request = nodes.create_join_request(session)
            write_new_file(Path(chosen), lambda sink: sink.write(request.card))
            return chosen, request

        self.say(self.tr("Writing the request…"), ok=True)
        return self._job.start(make, self._written, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.say(self.tr("Could not write the request to this place."), ok=False)
        else:  # known types have a sentence in messages.py
            self.say(describe(exc), ok=False)

    def _written(self, done: tuple[str, JoinRequest]) -> None:
        chosen, request = done
        self.code.setText(request.code)
        self.say(
            self.tr("Request written to %1. %2")
            .replace("%1", chosen)
            .replace("%2", self.code_intro),
            ok=True,
        )
        self.accept_button.setEnabled(True)
        self.written.emit(chosen)

    def _go_on(self) -> None:
        self.accept()
        self.accept_next.emit()
