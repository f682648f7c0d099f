"""Name this laptop ("office", "Anna's laptop") so that people recognise it in the laptops list
and in conflicts, here, at our other laptops and at partners (services/laptops.py
`name_this_laptop`: a new certificate, signed by the organisation's keys)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from casevault.gui.kit.flow_dialog import FlowDialog
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import laptops as laptop_service
from casevault.services.session import Session


class NameLaptopDialog(FlowDialog):
    """Emits `named(str)`."""

    named = Signal(str)

    def __init__(self, session: Session, current: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Name this laptop"),
            self.tr(
                "A short name people recognise, shown in the list of laptops and next to the "
                "values this laptop changes, here and, after your next bundles, at your other "
                "laptops and at partners. Choose a name that says nothing about where the "
                "laptop is kept or who uses it if that must stay secret."
            ),
            parent,
        )
        self._session = session
        self.name = QLineEdit(current, self)
        self.name.setMaxLength(64)
        self.name.setAccessibleName(self.tr("Name of this laptop"))
        self.save_button = QPushButton(self.tr("&Save the name"), self)
        self.save_button.setAccessibleName(self.tr("Save the name of this laptop"))
        self._job = OneJob(self.name, self.save_button)  # signing and writing
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        self.body.addLayout(form)
        self.body.addWidget(self.save_button)
        self.name.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)

    @property
    def busy(self) -> bool:
        """True while the name is being signed and written (in a worker)."""
        return self._job.busy

    def save(self) -> bool:
        """Start signing the name into a new certificate in a worker; the button waits
        meanwhile. True if started; `named` is emitted when done."""
        if self.busy:
            return False
        session, label = self._session, self.name.text()

        def sign() -> str:
            laptop_service.name_this_laptop(session, label)
            return label.strip()

        self.say(self.tr("Saving…"), ok=True)
        return self._job.start(sign, self._saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        # UnsafeName, OrgKeysNotHeld: a sentence each
        self.say(describe(exc), ok=False)

    def _saved(self, label: str) -> None:
        self.say(self.tr("Saved."), ok=True)
        self.named.emit(label)
