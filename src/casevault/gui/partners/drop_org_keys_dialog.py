"""Keep the organisation's keys off this laptop (services/node_keys.py `drop_org_keys`): the
recommended set-up of docs/laptops.md for everyday laptops, with its strong warning.

The person must tick that another laptop keeps the keys before the button works: without one,
nobody can enrol laptops, rotate keys or sign evaluations again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from casevault.gui.kit.flow_dialog import FlowDialog
from casevault.gui.messages import describe
from casevault.services import node_keys
from casevault.services.session import Session


class DropOrgKeysDialog(FlowDialog):
    """Emits `dropped` once the organisation's keys are gone from this laptop."""

    dropped = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Keep the organisation's keys off this laptop"),
            self.tr(
                "Recommended for everyday laptops: keep your organisation's keys on one or two "
                "well-protected office laptops only (full-disk encryption, not carried across "
                "borders, not used for e-mail). An everyday laptop then syncs, exports and "
                "imports with its own keys, and if it is seized you remove it alone: partners "
                "need do nothing.\n\n"
                "WARNING: this removes the organisation's private keys from this laptop for "
                "good. It can then no longer enrol laptops, rotate keys, sign evaluations or "
                "identity cards. Do this only after this laptop has synced once with an office "
                "laptop, and only if another laptop keeps the keys: without one, nobody can do "
                "these things again. Older backups of this vault still hold the keys: replace "
                "or destroy them."
            ),
            parent,
        )
        self._session = session
        self.confirm = QCheckBox(
            self.tr("&Another laptop of our organisation keeps the organisation's keys"), self
        )
        self.confirm.setAccessibleName(self.tr("Another laptop keeps the organisation's keys"))
        self.drop_button = QPushButton(self.tr("&Remove the organisation's keys from here"), self)
        self.drop_button.setAccessibleName(
            self.tr("Remove the organisation's keys from this laptop for good")
        )
        self.drop_button.setEnabled(False)
        self.body.addWidget(self.confirm)
        self.body.addWidget(self.drop_button)
        self.confirm.toggled.connect(self.drop_button.setEnabled)
        self.drop_button.clicked.connect(self.drop)

    def drop(self) -> bool:
        """Remove the keys if confirmed. True if removed."""
        if not self.confirm.isChecked():
            return False
        try:
            node_keys.drop_org_keys(self._session)
        except Exception as exc:  # NodeNotCertified, OrgKeysNotHeld: a sentence each
            self.say(describe(exc), ok=False)
            return False
        self.confirm.setEnabled(False)
        self.drop_button.setEnabled(False)
        self.say(self.tr("The organisation's keys were removed from this laptop."), ok=True)
        self.dropped.emit()
        return True
