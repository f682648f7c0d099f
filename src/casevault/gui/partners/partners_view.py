"""Partners: our own identity card, the partner list with each one's state, adding, verifying,
revoking, and the redaction profile that decides what each partner receives.

A partner is added unverified; only VerifyPartnerDialog (a matching code, checked by the
service) makes it trusted. Dialogs are opened without blocking (`open()`), and kept in
`self.dialog`, so that tests and screen readers reach them like any window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.organisation import Partner
from casevault.domain.transport import PeerKind
from casevault.gui.exchange.exchange_messages import field_list, profile_label
from casevault.gui.exchange.transport_dialog import TransportDialog
from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.file_choosers import FileChooser, choose_file_to_open, choose_file_to_save
from casevault.gui.kit.one_job import OneJob
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.messages import describe
from casevault.gui.partners.key_history_dialog import KeyHistoryDialog
from casevault.gui.partners.own_card_box import OwnCardBox, card_filter
from casevault.gui.partners.partner_dialog import (
    MAX_CARD_TEXT,
    AddPartnerDialog,
    VerifyPartnerDialog,
)
from casevault.gui.partners.partner_table_model import PartnerRow, PartnerTableModel
from casevault.services import partners as partner_service
from casevault.services import profiles as profile_service
from casevault.services.partners import PartnerDetails
from casevault.services.session import Session
from casevault.services.transport import Peer


class PartnersView(QWidget):
    """The partner list and our card. Emits `partners_changed` after any change."""

    partners_changed = Signal()
    transport_changed = Signal()  # a partner's transport folders were saved

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
        self.partners: list[Partner] = []
        self.dialog: QDialog | None = None
        self.setAccessibleName(self.tr("Partners"))

        self.own_card = OwnCardBox(session, save_file, self._say, self)
        self.save_card_button = self.own_card.save_button
        self.copy_card_button = self.own_card.copy_button
        self.clipboard = self.own_card.clipboard
        self.model = PartnerTableModel()
        # the long profile text gives way first (its tooltip holds it whole), never the name
        self.table = RecordTableView(self.model, self, stretch=3)
        self.table.setAccessibleName(self.tr("Partner list"))

        self.add_file_button = QPushButton(self.tr("Add from a &file…"), self)
        self.add_file_button.setAccessibleName(self.tr("Add a partner from a card file"))
        self.add_text_button = QPushButton(self.tr("Add from &text…"), self)
        self.add_text_button.setAccessibleName(self.tr("Add a partner from pasted text"))
        self.verify_button = QPushButton(self.tr("&Verify…"), self)
        self.verify_button.setAccessibleName(self.tr("Verify the selected partner"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected partner"))
        self.history_button = QPushButton(self.tr("Key &history…"), self)
        self.history_button.setAccessibleName(self.tr("Key history of the selected partner"))
        self.transport_button = QPushButton(self.tr("&Transport folders…"), self)
        self.transport_button.setAccessibleName(
            self.tr("Outbox and inbox folders of the selected partner")
        )

        self.profile_combo = QComboBox(self)
        self.profile_combo.setAccessibleName(self.tr("Redaction profile of the selected partner"))
        # Adding, revoking, assigning: off the GUI thread, one write at a time; when one is
        # done, the selection decides again which of the buttons may start the next.
        self._job = OneJob(
            self.add_file_button,
            self.revoke_button,
            self.profile_combo,
            on_change=lambda busy: None if busy else self._selection_changed(),
        )
        self.profile_help = QLabel(self)
        self.profile_help.setWordWrap(True)
        self.profile_help.setAccessibleName(self.tr("What stays home under this profile"))
        profile_row = QHBoxLayout()
        profile_label_widget = QLabel(self.tr("Redaction &profile:"), self)
        profile_label_widget.setBuddy(self.profile_combo)
        profile_row.addWidget(profile_label_widget)
        profile_row.addWidget(self.profile_combo)
        profile_row.addWidget(self.profile_help, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Partner status message"))

        buttons = QHBoxLayout()
        for button in (
            self.add_file_button,
            self.add_text_button,
            self.verify_button,
            self.revoke_button,
            self.history_button,
            self.transport_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_card)
        layout.addWidget(self.table, 1)
        layout.addLayout(profile_row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        for first, second in (
            (self.save_card_button, self.copy_card_button), (self.copy_card_button, self.table),
            (self.table, self.profile_combo), (self.profile_combo, self.add_file_button),
            (self.add_file_button, self.add_text_button),
            (self.add_text_button, self.verify_button), (self.verify_button, self.revoke_button),
            (self.revoke_button, self.history_button),
            (self.history_button, self.transport_button),
        ):  # fmt: skip
            self.setTabOrder(first, second)

        self.add_file_button.clicked.connect(self.add_from_file)
        self.add_text_button.clicked.connect(self.add_from_text)
        self.verify_button.clicked.connect(self.verify_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.transport_button.clicked.connect(self.open_transport)
        self.history_button.clicked.connect(self.show_key_history)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.table.activated.connect(lambda _index: self.verify_selected())
        self.refresh()

    # --- list ------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload partners and profiles; keep `select` (a partner id) selected."""
        keep = select or self._selected_id()
        self.partners = partner_service.list_partners(self._session)
        self.model.set_rows(
            [
                PartnerRow(p, profile_service.get_partner_profile(self._session, p.id).name)
                for p in self.partners
            ]
        )
        if keep is not None:
            self.select_partner(keep)
        self.profile_combo.clear()
        for profile in profile_service.list_profiles(self._session):
            self.profile_combo.addItem(profile_label(profile.name), profile.name)
        self._selection_changed()

    def _selected_id(self) -> str | None:
        row = self.table.selected_row()
        record = self.model.record(row) if row is not None else None
        return record.partner.id if record is not None else None

    def selected_partner(self) -> Partner | None:
        """The partner selected in the table."""
        wanted = self._selected_id()
        return next((p for p in self.partners if p.id == wanted), None)

    def select_partner(self, partner_id: str) -> None:
        """Select a partner by id (e.g. right after adding it)."""
        row = self.model.row_of(partner_id)
        if row is not None:
            self.table.selectRow(row)

    def clear(self) -> None:
        """Locking: forget every row."""
        self.partners = []
        self.model.clear()

    def _selection_changed(self) -> None:
        partner = self.selected_partner()
        # A rotation the partner announced is confirmed like a first verification: the new code.
        if partner is not None and partner.keys_changed_at is not None and not partner.verified:
            self.verify_button.setText(self.tr("&Confirm new keys…"))
            self.verify_button.setAccessibleName(
                self.tr("Compare the new short code of the selected partner")
            )
        else:
            self.verify_button.setText(self.tr("&Verify…"))
            self.verify_button.setAccessibleName(self.tr("Verify the selected partner"))
        self.verify_button.setEnabled(partner is not None and partner.revoked_at is None)
        idle = not self._job.busy  # one write at a time
        self.revoke_button.setEnabled(idle and partner is not None and partner.revoked_at is None)
        self.transport_button.setEnabled(partner is not None)
        self.history_button.setEnabled(partner is not None)
        self.profile_combo.setEnabled(idle and partner is not None)
        if partner is None:
            self.profile_help.setText(self.tr("Select a partner to see what it receives."))
            return
        profile = profile_service.get_partner_profile(self._session, partner.id)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(profile.name)))
        self._show_profile_help(profile.name)

    def _show_profile_help(self, name: str) -> None:
        withheld = profile_service.get_profile(self._session, name).withheld()
        self.profile_help.setText(
            self.tr("Never sent to this partner: %1").replace(
                "%1", field_list(withheld) if withheld else self.tr("nothing")
            )
        )

    @property
    def busy(self) -> bool:
        """True while a partner is being added, revoked or given a profile (in a worker)."""
        return self._job.busy

    def _write_failed(self, exc: BaseException) -> None:
        # known types have a sentence in messages.py
        self._say(describe(exc), ok=False)

    def _profile_chosen(self, index: int) -> None:
        partner = self.selected_partner()
        name = self.profile_combo.itemData(index)
        if partner is None or not name or self.busy:
            return
        session, profile = self._session, str(name)

        def assign() -> tuple[Partner, str]:
            profile_service.assign_profile(session, partner.id, profile)
            return partner, profile

        self._job.start(assign, self._profile_assigned, self._write_failed)

    def _profile_assigned(self, done: tuple[Partner, str]) -> None:
        partner, name = done
        self._say(
            self.tr("%1 now receives cases under the profile “%2”.")
            .replace("%1", partner.name)
            .replace("%2", name),
            ok=True,
        )
        self.refresh(select=partner.id)
        self.partners_changed.emit()

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    # --- adding, verifying, revoking --------------------------------------------------
    def add_from_file(self) -> None:
        """Add a partner from a card file it sent (checked and written in a worker)."""
        if self.busy:
            return
        path = self._open_file(self, self.tr("Open a partner's identity card"), card_filter())
        if not path:
            return
        try:
            with open(path, "rb") as source:
                untrusted_card = source.read(MAX_CARD_TEXT + 1)
        except OSError:
            self._say(self.tr("Could not read this file."), ok=False)
            return
        session = self._session
        self._job.start(
            lambda: partner_service.add_partner(session, untrusted_card),
            self._added_from_file,
            self._write_failed,
        )

    def _added_from_file(self, details: PartnerDetails) -> None:
        self._added(details)

    def add_from_text(self) -> None:
        """Open the paste dialog."""
        dialog = AddPartnerDialog(self._session, self)
        dialog.added.connect(self._added)
        self._show_dialog(dialog)

    def _added(self, details: PartnerDetails) -> None:
        self.refresh(select=details.partner.id)
        self.partners_changed.emit()
        self._say(
            self.tr(
                "%1 was added. It is not verified yet: compare the code with them now."
            ).replace("%1", details.partner.name),
            ok=True,
        )
        self._open_verify(details)

    def verify_selected(self) -> None:
        """Open the verification dialog for the selected partner."""
        partner = self.selected_partner()
        if partner is None or partner.revoked_at is not None:
            return
        try:
            details = partner_service.show_partner(self._session, partner.id)
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return
        self._open_verify(details)

    def _open_verify(self, details: PartnerDetails) -> None:
        dialog = VerifyPartnerDialog(self._session, details, self)
        dialog.verified.connect(self._verified)
        self._show_dialog(dialog)

    def _verified(self, partner: Partner) -> None:
        self.refresh(select=partner.id)
        self.partners_changed.emit()
        self._say(
            self.tr("%1 is verified. You can now exchange bundles with them.").replace(
                "%1", partner.name
            ),
            ok=True,
        )

    def revoke_selected(self, confirmed: bool = False) -> None:
        """Stop trusting the selected partner's keys, after confirmation (written in a
        worker; `partners_changed` is emitted when done)."""
        partner = self.selected_partner()
        if partner is None or partner.revoked_at is not None or self.busy:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Revoke partner"),
                self.tr(
                    "Stop accepting anything signed by %1's current keys? Do this if their "
                    "laptop or keys were lost or seized. They will need to send a new card."
                ).replace("%1", partner.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        session = self._session

        def revoke() -> Partner:
            partner_service.revoke_partner(session, partner.id)
            return partner

        self._job.start(revoke, self._revoked, self._write_failed)

    def _revoked(self, partner: Partner) -> None:
        self.refresh(select=partner.id)
        self.partners_changed.emit()
        self._say(self.tr("%1 is revoked.").replace("%1", partner.name), ok=True)

    def show_key_history(self) -> KeyHistoryDialog | None:
        """Every key the selected partner has had (gui/partners/key_history_dialog.py)."""
        partner = self.selected_partner()
        if partner is None:
            return None
        try:
            history = partner_service.key_history(self._session, partner.id)
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return None
        dialog = KeyHistoryDialog(partner, history, self)
        self._show_dialog(dialog)
        return dialog

    def open_transport(self) -> TransportDialog | None:
        """The selected partner's outbox and inbox folders (gui/exchange/transport_dialog.py)."""
        partner = self.selected_partner()
        if partner is None:
            return None
        dialog = TransportDialog(
            self._session, Peer(PeerKind.PARTNER, partner.id), partner.name, self
        )
        dialog.accepted.connect(self.transport_changed.emit)
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
