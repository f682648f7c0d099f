"""On an ENROLLED laptop, next to the new one: read its join request, have the person type the
code the new laptop shows, and only then write the enrolment file (services/nodes.py).

The code check cannot be skipped: the button that writes the file stays disabled until a code is
typed, and the service refuses to seal anything unless it matches the request
(EnrolmentCodeMismatch; nothing is written then). Afterwards this dialog shows the code the
person types on the new laptop, and offers to save the organisation's identity card that the
new laptop needs too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from casevault.gui.kit.file_choosers import (
    FileChooser,
    choose_file_to_open,
    choose_file_to_save,
)
from casevault.gui.kit.flow_dialog import FlowDialog, code_label
from casevault.gui.kit.new_user_file import read_limited, write_new_file
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.gui.partners.join_request_dialog import request_filter
from casevault.gui.partners.own_card_box import card_filter
from casevault.gui.partners.partner_dialog import MAX_CARD_TEXT
from casevault.services import nodes
from casevault.services import partners as partner_service
from casevault.services.nodes import EnrolmentResult
from casevault.services.session import Session


def enrolment_filter() -> str:
    """File-dialog filter for enrolment bundles."""
    return QCoreApplication.translate(
        "EnrolLaptopDialog", "CaseVault enrolment files (*.enrol);;All files (*)"
    )


class EnrolLaptopDialog(FlowDialog):
    """Step 2 of 3, on a laptop of the organisation. Emits `enrolled(code to type on the new
    laptop)` once the enrolment file is written and `card_saved(path)` once the card is."""

    enrolled = Signal(str)
    card_saved = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        open_file: FileChooser = choose_file_to_open,
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(
            self.tr("Enrol a new laptop"),
            self.tr(
                "Do this with the new laptop next to you. The enrolment file holds your "
                "organisation's keys, encrypted for the new laptop only: the code check makes "
                "sure the request really is that laptop's, not a file swapped on the way."
            ),
            parent,
        )
        self._session = session
        self._open_file = open_file
        self._save_file = save_file
        self._request: bytes | None = None
        self.open_button = QPushButton(self.tr("&Open the join request…"), self)
        self.open_button.setAccessibleName(self.tr("Open the new laptop's join request"))
        self.request_name = QLineEdit(self)
        self.request_name.setReadOnly(True)
        self.request_name.setAccessibleName(self.tr("Join request file"))
        self.typed_code = QLineEdit(self)
        self.typed_code.setAccessibleName(self.tr("Code shown on the new laptop"))
        self.typed_code.setPlaceholderText(self.tr("the digits the new laptop shows"))
        self.enrol_button = QPushButton(self.tr("Check the code and &write the enrolment…"), self)
        self.enrol_button.setAccessibleName(self.tr("Check the code and write the enrolment file"))
        self.enrol_button.setEnabled(False)
        self.result_code = code_label(self, self.tr("Code to type on the new laptop"))
        self.save_card_button = QPushButton(self.tr("Save your organisation's &card…"), self)
        self.save_card_button.setAccessibleName(
            self.tr("Save your organisation's identity card for the new laptop")
        )
        self.save_card_button.setEnabled(False)

        # Sealing, signing and writing: off the GUI thread. Before the enrolment is written the
        # request and the code wait; after it, the card's button (the enrol button: _update).
        def before(widget: QWidget) -> Callable[[], QWidget | None]:
            return lambda: None if self.result_code.text() else widget

        self._job = OneJob(
            before(self.typed_code),
            before(self.open_button),
            lambda: self.save_card_button if self.result_code.text() else None,
            on_change=lambda _busy: self._update(),
        )
        form = QFormLayout()
        form.addRow(self.open_button, self.request_name)
        form.addRow(self.tr("&Code on the new laptop:"), self.typed_code)
        self.body.addLayout(form)
        self.body.addWidget(self.enrol_button)
        self.body.addWidget(self.result_code)
        self.body.addWidget(self.save_card_button)
        self.open_button.clicked.connect(self.open_request)
        self.typed_code.textChanged.connect(self._update)
        self.typed_code.returnPressed.connect(self.enrol)
        self.enrol_button.clicked.connect(self.enrol)
        self.save_card_button.clicked.connect(self.save_card)

    def _update(self) -> None:
        self.enrol_button.setEnabled(
            not self._job.busy
            and self._request is not None
            and not self.result_code.text()
            and any(c.isdigit() for c in self.typed_code.text())
        )

    @property
    def busy(self) -> bool:
        """True while the enrolment file or the card is being written (in a worker)."""
        return self._job.busy

    def open_request(self) -> bool:
        """Read the join request the person chooses. True if read."""
        chosen = self._open_file(self, self.tr("Open the join request"), request_filter())
        if not chosen:
            return False
        try:
            self._request = read_limited(Path(chosen), MAX_CARD_TEXT)
        except OSError:
            self.say(self.tr("Could not read this file."), ok=False)
            return False
        self.request_name.setText(chosen)
        self.say(self.tr("Now type the code the new laptop shows."), ok=True)
        self.typed_code.setFocus()
        self._update()
        return True

    def enrol(self) -> bool:
        """Check the typed code against the request; if it matches, ask where and write the
        enrolment file in a worker, the buttons waiting meanwhile. True if started; `enrolled`
        is emitted when done."""
        untrusted = self._request
        if untrusted is None or not self.enrol_button.isEnabled() or self.busy:
            return False
        code = self.typed_code.text()
        try:
            nodes.check_join_request(untrusted, code)  # before a file is chosen or a key read
        except Exception as exc:  # EnrolmentCodeMismatch, IdentityCardInvalid: a sentence each
            self.say(describe(exc), ok=False)
            return False
        chosen = self._save_file(self, self.tr("Save the enrolment file"), enrolment_filter())
        if not chosen:
            return False
        session = self._session

        def enrol() -> tuple[str, EnrolmentResult]:
            result = write_new_file(
                Path(chosen), lambda sink: nodes.enrol_node(session, untrusted, code, sink)
            )
            return chosen, result

        self.say(self.tr("Writing the enrolment file…"), ok=True)
        return self._job.start(enrol, self._enrolled, self._enrol_failed)

    def _enrol_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.say(self.tr("Could not write the enrolment file to this place."), ok=False)
        else:  # known types have a sentence in messages.py
            self.say(describe(exc), ok=False)

    def _enrolled(self, done: tuple[str, EnrolmentResult]) -> None:
        chosen, result = done
        self.typed_code.setEnabled(False)  # enrolled: this request is done with
        self.open_button.setEnabled(False)
        self.result_code.setText(result.short_code)
        self.save_card_button.setEnabled(True)
        self.say(
            self.tr(
                "Enrolment file written to %1. Give the new laptop this file and your "
                "organisation's identity card (save it below), then type the code above on it."
            ).replace("%1", chosen),
            ok=True,
        )
        self.enrolled.emit(result.short_code)

    def save_card(self) -> bool:
        """Save the organisation's identity card, which the new laptop needs to accept, in a
        worker (the button waits meanwhile). True if started; `card_saved` is emitted when
        done."""
        if self.busy or not self.save_card_button.isEnabled():
            return False
        chosen = self._save_file(self, self.tr("Save your identity card"), card_filter())
        if not chosen:
            return False
        session = self._session

        def save() -> str:
            exported = partner_service.export_identity(session)
            write_new_file(Path(chosen), lambda sink: sink.write(exported.card))
            return chosen

        return self._job.start(save, self._card_saved, self._card_failed)

    def _card_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.say(self.tr("Could not write the card to this place."), ok=False)
        else:  # known types have a sentence in messages.py
            self.say(describe(exc), ok=False)

    def _card_saved(self, chosen: str) -> None:
        self.say(self.tr("Card saved to %1.").replace("%1", chosen), ok=True)
        self.card_saved.emit(chosen)
