"""This organisation's laptops and keys: the list of our laptops and every step the CLI's
`node`, `sync export` and `identity rotate|revoke|announce` offer, each in its own dialog.

Adding a laptop is a guided flow on both laptops, side by side (docs/laptops.md): on the new one
"Request to join…" (gui/partners/join_request_dialog.py), on an enrolled one "Enrol a new laptop…"
(gui/partners/enrol_laptop_dialog.py, the code check cannot be skipped), back on the new one
"Accept an
enrolment…" (gui/partners/accept_enrolment_dialog.py). Dialogs open without blocking and are kept in
`self.dialog` so tests and screen readers reach them like any window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_open, choose_file_to_save
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.messages import describe
from casevault.gui.partners.accept_enrolment_dialog import AcceptEnrolmentDialog
from casevault.gui.partners.announce_keys_dialog import AnnounceKeysDialog
from casevault.gui.partners.drop_org_keys_dialog import DropOrgKeysDialog
from casevault.gui.partners.enrol_laptop_dialog import EnrolLaptopDialog
from casevault.gui.partners.join_request_dialog import JoinRequestDialog
from casevault.gui.partners.key_change_dialog import KeyChangeDialog
from casevault.gui.partners.laptop_table_model import LaptopTableModel
from casevault.gui.partners.name_laptop_dialog import NameLaptopDialog
from casevault.gui.partners.remove_laptop_dialog import RemoveLaptopDialog
from casevault.gui.partners.sync_dialog import SyncDialog
from casevault.services import key_events
from casevault.services import laptops as laptop_service
from casevault.services.laptops import Laptop
from casevault.services.session import Session


def _button(parent: QWidget, text: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


class LaptopsView(QWidget):
    """Emits `organisation_changed` after joining, removing a laptop or changing keys."""

    organisation_changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        open_file: FileChooser = choose_file_to_open,
        save_file: FileChooser = choose_file_to_save,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._open_file = open_file
        self._save_file = save_file
        self.dialog: QDialog | None = None
        self.setAccessibleName(self.tr("This organisation's laptops and keys"))
        intro = QLabel(
            self.tr(
                "Every laptop of your organisation has its own keys, certified by the "
                "organisation's keys. Keep the organisation's keys on one or two office laptops; "
                "a seized everyday laptop is then removed alone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = LaptopTableModel()
        self.table = RecordTableView(self.model, self, stretch=0)
        self.table.setAccessibleName(self.tr("This organisation's laptops"))
        self.request_button = _button(
            self, self.tr("Re&quest to join…"), self.tr("Request to join an organisation"),
            self.tr("On a new laptop: write the request to join your organisation."),
        )  # fmt: skip
        self.accept_button = _button(
            self, self.tr("&Accept an enrolment…"), self.tr("Accept an enrolment"),
            self.tr("On the new laptop: accept the enrolment file with the code."),
        )  # fmt: skip
        self.enrol_button = _button(
            self, self.tr("E&nrol a new laptop…"), self.tr("Enrol a new laptop"),
            self.tr("On an enrolled laptop: answer a new laptop's join request."),
        )  # fmt: skip
        self.sync_button = _button(
            self, self.tr("&Sync with my other laptops…"), self.tr("Sync with my other laptops"),
            self.tr("Write a bundle of what your other laptops lack."),
        )  # fmt: skip
        self.remove_button = _button(
            self, self.tr("Re&move laptop…"), self.tr("Remove the selected laptop"),
            self.tr("Refuse every later bundle of the selected laptop (lost or seized)."),
        )  # fmt: skip
        self.drop_button = _button(
            self, self.tr("Keep the organisation's keys &off this laptop…"),
            self.tr("Keep the organisation's keys off this laptop"),
            self.tr("Recommended for everyday laptops, once another laptop keeps the keys."),
        )  # fmt: skip
        self.name_button = _button(
            self, self.tr("Name th&is laptop…"), self.tr("Name this laptop"),
            self.tr("A name people recognise, in this list and in conflicts."),
        )  # fmt: skip
        laptops_box = QGroupBox(self.tr("Laptops"), self)
        grid = QGridLayout(laptops_box)
        for index, button in enumerate(
            (
                self.request_button,
                self.accept_button,
                self.enrol_button,
                self.sync_button,
                self.remove_button,
                self.drop_button,
                self.name_button,
            )
        ):
            grid.addWidget(button, index // 3, index % 3)
        self.rotate_button = _button(
            self, self.tr("Ro&tate our keys…"), self.tr("Rotate our keys"),
            self.tr("Ordinary renewal; partners accept the new keys through the old ones."),
        )  # fmt: skip
        self.revoke_button = _button(
            self, self.tr("Re&voke our keys…"), self.tr("Revoke our keys"),
            self.tr("Our keys may be in someone else's hands."),
        )  # fmt: skip
        self.announce_button = _button(
            self, self.tr("Export key anno&uncement…"), self.tr("Export the key announcement"),
            self.tr("The file that tells partners about a rotation or revocation."),
        )  # fmt: skip
        keys_box = QGroupBox(self.tr("Our organisation's keys"), self)
        keys_grid = QGridLayout(keys_box)
        for index, button in enumerate(
            (self.rotate_button, self.revoke_button, self.announce_button)
        ):
            keys_grid.addWidget(button, 0, index)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Laptops status message"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(laptops_box)
        layout.addWidget(keys_box)
        layout.addWidget(self.status)
        self.request_button.clicked.connect(self.request_to_join)
        self.accept_button.clicked.connect(self.accept_enrolment)
        self.enrol_button.clicked.connect(self.enrol)
        self.sync_button.clicked.connect(self.sync)
        self.remove_button.clicked.connect(self.remove_selected)
        self.drop_button.clicked.connect(self.drop_org_keys)
        self.name_button.clicked.connect(self.name_this_laptop)
        self.rotate_button.clicked.connect(lambda: self.change_keys(revoke=False))
        self.revoke_button.clicked.connect(lambda: self.change_keys(revoke=True))
        self.announce_button.clicked.connect(self.announce)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.remove_selected())
        self.refresh()

    # --- list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the laptops; this laptop stays first."""
        try:
            self.model.set_rows(laptop_service.list_laptops(self._session))
        except Exception as exc:  # known types have a sentence in messages.py
            self.model.clear()
            self.status.setText(describe(exc))
        self._update_buttons()

    def clear(self) -> None:
        """Locking: forget every row."""
        self.model.clear()

    def this_laptop(self) -> Laptop | None:
        """This laptop's row."""
        return next((laptop for laptop in self.model.rows if laptop.is_this), None)

    def selected_laptop(self) -> Laptop | None:
        """The laptop selected in the list."""
        row = self.table.selected_row()
        return self.model.record(row) if row is not None else None

    def select_laptop(self, node_id: str) -> None:
        """Select a laptop by its id."""
        for row, laptop in enumerate(self.model.rows):
            if laptop.node_id == node_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        this = self.this_laptop()
        holds = this is not None and bool(this.holds_org_keys)
        selected = self.selected_laptop()
        for button in (self.enrol_button, self.rotate_button, self.revoke_button):
            button.setEnabled(holds)
        self.drop_button.setEnabled(holds)
        self.name_button.setEnabled(holds)
        self.remove_button.setEnabled(
            selected is not None and not selected.is_this and selected.removed_at is None
        )
        self.announce_button.setEnabled(key_events.pending_announcement(self._session) is not None)

    # --- dialogs ---------------------------------------------------------------------
    def _show_dialog(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.refresh()

    def _changed(self, *_args: object) -> None:
        self.refresh()
        self.organisation_changed.emit()

    def request_to_join(self) -> JoinRequestDialog:
        """Step 1 on a new laptop; its "Accept the enrolment…" opens step 3."""
        dialog = JoinRequestDialog(self._session, self, self._save_file)
        dialog.accept_next.connect(self.accept_enrolment)
        self._show_dialog(dialog)
        return dialog

    def enrol(self) -> EnrolLaptopDialog:
        """Step 2, on an enrolled laptop."""
        dialog = EnrolLaptopDialog(self._session, self, self._open_file, self._save_file)
        self._show_dialog(dialog)
        return dialog

    def accept_enrolment(self) -> AcceptEnrolmentDialog:
        """Step 3, on the new laptop."""
        dialog = AcceptEnrolmentDialog(self._session, self, self._open_file)
        dialog.joined.connect(self._changed)
        self._show_dialog(dialog)
        return dialog

    def sync(self) -> SyncDialog:
        """Write a sync bundle for our other laptops."""
        dialog = SyncDialog(self._session, self, self._save_file)
        self._show_dialog(dialog)
        return dialog

    def remove_selected(self) -> RemoveLaptopDialog | None:
        """Remove the selected laptop (type-to-confirm)."""
        laptop = self.selected_laptop()
        if laptop is None or laptop.is_this or laptop.removed_at is not None:
            return None
        dialog = RemoveLaptopDialog(self._session, laptop, self)
        dialog.removed.connect(self._changed)
        self._show_dialog(dialog)
        return dialog

    def name_this_laptop(self) -> NameLaptopDialog:
        """Give this laptop a name (a new certificate signed by the organisation's keys)."""
        this = self.this_laptop()
        dialog = NameLaptopDialog(self._session, (this.label if this else None) or "", self)
        dialog.named.connect(self._changed)
        self._show_dialog(dialog)
        return dialog

    def drop_org_keys(self) -> DropOrgKeysDialog:
        """Keep the organisation's keys off this laptop (with the warning)."""
        dialog = DropOrgKeysDialog(self._session, self)
        dialog.dropped.connect(self._changed)
        self._show_dialog(dialog)
        return dialog

    def change_keys(self, revoke: bool) -> KeyChangeDialog:
        """Rotate (or revoke) our keys; the dialog leads on to the announcement."""
        dialog = KeyChangeDialog(self._session, revoke, self)
        dialog.changed.connect(self._changed)
        dialog.announce_next.connect(self.announce)
        self._show_dialog(dialog)
        return dialog

    def announce(self) -> AnnounceKeysDialog:
        """Export the pending key announcement."""
        dialog = AnnounceKeysDialog(self._session, self, self._save_file)
        self._show_dialog(dialog)
        return dialog
