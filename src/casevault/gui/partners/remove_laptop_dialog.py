"""Remove one of our laptops (e.g. it was seized): its bundles are refused here at once and, when
this laptop keeps the organisation's keys, a signed revocation travels in every bundle to our
other laptops and to partners (services/nodes.py `remove_node`, docs/laptops.md).

Confirmed by typing the start of the laptop's id, as KeePassXC and GitHub ask for a name before
an irreversible step: a click alone cannot remove a laptop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from casevault.gui.kit.flow_dialog import FlowDialog
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.gui.partners.laptop_table_model import laptop_name
from casevault.services import nodes
from casevault.services.laptops import Laptop
from casevault.services.session import Session


class RemoveLaptopDialog(FlowDialog):
    """Emits `removed(bool signed)` once the laptop is removed."""

    removed = Signal(bool)

    def __init__(self, session: Session, laptop: Laptop, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Remove a laptop"),
            self.tr(
                "Remove %1 if it was lost or seized, or is no longer used. From now on every "
                "bundle it makes is refused here, whatever date it carries. If this laptop keeps "
                "the organisation's keys, a signed notice of the removal also goes in every "
                "bundle you send, so your other laptops and your partners refuse it too once "
                "they import one: send an ordinary bundle to every partner soon. If the removed "
                "laptop kept the organisation's keys, rotate or revoke them as well. This "
                "cannot be undone."
            ).replace("%1", laptop_name(laptop)),
            parent,
        )
        self._session = session
        self.laptop = laptop
        self.expected = laptop.node_id[:8]
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Type the laptop's id to confirm"))
        self.remove_button = QPushButton(self.tr("&Remove this laptop"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the laptop for good"))
        self.remove_button.setEnabled(False)
        self._job = OneJob(self.typed, self.remove_button)  # signing and writing
        form = QFormLayout()
        form.addRow(self.tr("Type %1 to confirm:").replace("%1", self.expected), self.typed)
        self.body.addLayout(form)
        self.body.addWidget(self.remove_button)
        self.typed.textChanged.connect(self._update)
        self.remove_button.clicked.connect(self.remove)

    def _update(self) -> None:
        self.remove_button.setEnabled(
            not self._job.busy and self.typed.text().strip() == self.expected
        )

    @property
    def busy(self) -> bool:
        """True while the removal is being signed and written (in a worker)."""
        return self._job.busy

    def remove(self) -> bool:
        """Start removing the laptop in a worker if the id was typed; the buttons wait
        meanwhile. True if started; `removed` is emitted when done."""
        if not self.remove_button.isEnabled() or self.busy:
            return False
        session, node_id = self._session, self.laptop.node_id
        return self._job.start(
            lambda: nodes.remove_node(session, node_id), self._removed, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._update()  # known types have a sentence in messages.py
        self.say(describe(exc), ok=False)

    def _removed(self, signed: bool) -> None:
        self.typed.setEnabled(False)  # removed: nothing more to confirm
        self.remove_button.setEnabled(False)
        if signed:
            self.say(
                self.tr(
                    "Laptop removed. A signed notice now goes in every bundle you send, to your "
                    "other laptops and to partners; once they import one, that laptop's bundles "
                    "are refused there too."
                ),
                ok=True,
            )
        else:
            self.say(
                self.tr(
                    "Laptop removed on this laptop only: this laptop does not keep the "
                    "organisation's keys, so it cannot sign the notice. Remove it again on a "
                    "laptop that keeps them."
                ),
                ok=True,
            )
        self.removed.emit(signed)
