"""Sync with my other laptops: write a bundle of what they lack, for `Import a bundle` there
(services/exports.py with `to_own_nodes`). Encrypted to our own laptops only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_save
from casevault.gui.kit.flow_dialog import FlowDialog
from casevault.gui.kit.new_user_file import write_new_file
from casevault.gui.kit.one_job import OneJob
from casevault.gui.messages import describe
from casevault.services import exports
from casevault.services.exports import ExportResult
from casevault.services.session import Session


def bundle_filter() -> str:
    """File-dialog filter for bundles."""
    return QCoreApplication.translate("SyncDialog", "CaseVault bundles (*.cvb);;All files (*)")


class SyncDialog(FlowDialog):
    """One button: choose where, write the sync bundle. Emits `written(number of cases)` when
    written."""

    written = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(
            self.tr("Sync with my other laptops"),
            self.tr(
                "Writes what your organisation's other laptops lack since your last sync, "
                "encrypted for them only. Take the file to each of them (USB stick) and import "
                "it there with “Import a bundle…”; then do the same the other way round."
            ),
            parent,
        )
        self._session = session
        self._save_file = save_file
        self.send_all = QCheckBox(self.tr("Send &every case, not only what changed"), self)
        self.send_all.setAccessibleName(self.tr("Send every case, not only what changed"))
        self.write_button = QPushButton(self.tr("&Write the sync bundle…"), self)
        self.write_button.setAccessibleName(self.tr("Write the sync bundle to a file"))
        self._job = OneJob(self.write_button, self.send_all)  # sealing and writing
        self.body.addWidget(self.send_all)
        self.body.addWidget(self.write_button)
        self.write_button.clicked.connect(self.write)

    @property
    def busy(self) -> bool:
        """True while the bundle is being sealed and written (in a worker)."""
        return self._job.busy

    def write(self) -> bool:
        """Ask where, then write the sync bundle there in a worker; the button waits
        meanwhile. True if started; `written` is emitted when done."""
        if self.busy:
            return False
        chosen = self._save_file(self, self.tr("Save the sync bundle"), bundle_filter())
        if not chosen:
            return False
        session, full = self._session, self.send_all.isChecked()

        def seal() -> tuple[str, ExportResult]:
            result = write_new_file(
                Path(chosen),
                lambda sink: exports.export_bundle(session, [], sink, to_own_nodes=True, full=full),
            )
            return chosen, result

        self.say(self.tr("Writing the sync bundle…"), ok=True)
        return self._job.start(seal, self._written, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.say(self.tr("Could not write the bundle to this place."), ok=False)
        else:  # known types have a sentence in messages.py
            self.say(describe(exc), ok=False)

    def _written(self, done: tuple[str, ExportResult]) -> None:
        chosen, result = done
        self.say(
            self.tr("Sync bundle written to %1: %n case(s).", "", result.cases).replace(
                "%1", chosen
            ),
            ok=True,
        )
        self.written.emit(result.cases)
