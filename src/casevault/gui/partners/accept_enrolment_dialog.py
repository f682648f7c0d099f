"""On the NEW laptop, next to the enrolling one: accept the enrolment file with the
organisation's identity card and the code the enrolling laptop shows (services/nodes.py).

Nothing changes unless the typed code matches the one computed from the card and this laptop's
request: a different code means a file was swapped on the way (the service refuses first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_open
from casevault.gui.kit.flow_dialog import FlowDialog
from casevault.gui.kit.new_user_file import read_limited
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.gui.partners.enrol_laptop_dialog import enrolment_filter
from casevault.gui.partners.own_card_box import card_filter
from casevault.gui.partners.partner_dialog import MAX_CARD_TEXT
from casevault.services import laptops as laptop_service
from casevault.services import nodes
from casevault.services.errors import VerificationMismatch
from casevault.services.session import Session


class AcceptEnrolmentDialog(FlowDialog):
    """Step 3 of 3 on the new laptop. Emits `joined(str organisation name)`."""

    joined = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        open_file: FileChooser = choose_file_to_open,
    ) -> None:
        super().__init__(
            self.tr("Accept the enrolment"),
            self.tr(
                "Do this on the NEW laptop, next to the laptop that enrolled it. Open the "
                "enrolment file and your organisation's identity card it gave you, then type "
                "the code the enrolling laptop shows."
            ),
            parent,
        )
        self._session = session
        self._open_file = open_file
        self.bundle_path: Path | None = None
        self._card: bytes | None = None
        self.bundle_button = QPushButton(self.tr("Open the &enrolment file…"), self)
        self.bundle_button.setAccessibleName(self.tr("Open the enrolment file"))
        self.bundle_name = QLineEdit(self)
        self.bundle_name.setReadOnly(True)
        self.bundle_name.setAccessibleName(self.tr("Enrolment file"))
        self.card_button = QPushButton(self.tr("Open the organisation's &card…"), self)
        self.card_button.setAccessibleName(self.tr("Open your organisation's identity card"))
        self.card_name = QLineEdit(self)
        self.card_name.setReadOnly(True)
        self.card_name.setAccessibleName(self.tr("Organisation's identity card file"))
        self.typed_code = QLineEdit(self)
        self.typed_code.setAccessibleName(self.tr("Code shown on the enrolling laptop"))
        self.typed_code.setPlaceholderText(self.tr("the digits the enrolling laptop shows"))
        self.laptop_name = QLineEdit(self)
        self.laptop_name.setMaxLength(64)
        self.laptop_name.setAccessibleName(self.tr("Name of this laptop (optional)"))
        self.laptop_name.setPlaceholderText(self.tr("optional, e.g. “field laptop 2”"))
        self.join_button = QPushButton(self.tr("Check the code and &join"), self)
        self.join_button.setAccessibleName(self.tr("Check the code and join the organisation"))
        self.join_button.setEnabled(False)
        # opening keys, writing, signing: off the GUI thread (the join button: _update)
        self._job = OneJob(*self._inputs(), on_change=lambda _busy: self._update())
        form = QFormLayout()
        form.addRow(self.bundle_button, self.bundle_name)
        form.addRow(self.card_button, self.card_name)
        form.addRow(self.tr("C&ode on the enrolling laptop:"), self.typed_code)
        form.addRow(self.tr("&Name for this laptop:"), self.laptop_name)
        self.body.addLayout(form)
        self.body.addWidget(self.join_button)
        self.bundle_button.clicked.connect(self.open_bundle)
        self.card_button.clicked.connect(self.open_card)
        self.typed_code.textChanged.connect(self._update)
        self.typed_code.returnPressed.connect(self.join)
        self.join_button.clicked.connect(self.join)

    @property
    def busy(self) -> bool:
        """True while the enrolment is being accepted (in a worker)."""
        return self._job.busy

    def _update(self) -> None:
        self.join_button.setEnabled(
            not self._job.busy
            and self.bundle_path is not None
            and self._card is not None
            and any(c.isdigit() for c in self.typed_code.text())
        )

    def open_bundle(self) -> bool:
        """Choose the enrolment file (read only when joining). True if chosen."""
        chosen = self._open_file(self, self.tr("Open the enrolment file"), enrolment_filter())
        if not chosen:
            return False
        self.bundle_path = Path(chosen)
        self.bundle_name.setText(chosen)
        self._update()
        return True

    def open_card(self) -> bool:
        """Read the organisation's identity card. True if read."""
        chosen = self._open_file(self, self.tr("Open your organisation's card"), card_filter())
        if not chosen:
            return False
        try:
            self._card = read_limited(Path(chosen), MAX_CARD_TEXT)
        except OSError:
            self.say(self.tr("Could not read this file."), ok=False)
            return False
        self.card_name.setText(chosen)
        self._update()
        return True

    def _inputs(self) -> tuple[QWidget, ...]:
        return (
            self.bundle_button,
            self.card_button,
            self.typed_code,
            self.laptop_name,
        )

    def join(self) -> bool:
        """Start becoming a node of the organisation in a worker (the service refuses unless
        the code matches); the buttons wait meanwhile. True if started; `joined` is emitted
        when done."""
        path, card = self.bundle_path, self._card
        if path is None or card is None or not self.join_button.isEnabled() or self.busy:
            return False
        session, code, label = self._session, self.typed_code.text(), self.laptop_name.text()

        def join() -> tuple[str, Exception | None]:
            with open(path, "rb") as untrusted:
                name = nodes.accept_enrolment(session, untrusted, card, code)
            if label.strip():
                try:
                    laptop_service.name_this_laptop(session, label)
                except Exception as exc:  # UnsafeName: joined all the same, named later
                    return name, exc
            return name, None

        self.say(self.tr("Joining…"), ok=True)
        return self._job.start(join, self._joined, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.say(self.tr("Could not read the enrolment file."), ok=False)
        elif isinstance(exc, VerificationMismatch):
            self.say(
                self.tr(
                    "The code you typed is not the one the enrolling laptop shows. Nothing was "
                    "changed. A file may have been swapped on the way: start again, both "
                    "laptops side by side, with a new join request."
                ),
                ok=False,
            )
        else:  # known types have a sentence in messages.py
            self.say(describe(exc), ok=False)

    def _joined(self, done: tuple[str, Exception | None]) -> None:
        for widget in self._inputs():  # joined: nothing more to choose here
            widget.setEnabled(False)
        self.join_button.setEnabled(False)
        name, naming_failed = done
        if naming_failed is not None:  # joined all the same, named later
            self.say(describe(naming_failed), ok=False)
            self.joined.emit(name)
            return
        self.say(
            self.tr(
                "This laptop is now a laptop of %1. Sync with your other laptops to receive "
                "the cases. Lock and unlock to see your organisation's name in the title."
            ).replace("%1", name),
            ok=True,
        )
        self.joined.emit(name)
