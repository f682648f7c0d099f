"""Partners: our own identity card, the partner list with each one's state, adding, verifying,
revoking, and the redaction profile that decides what each partner receives.

A partner is added unverified; only VerifyPartnerDialog (a matching code, checked by the
service) makes it trusted. Dialogs are opened without blocking (`open()`), and kept in
`self.dialog`, so that tests and screen readers reach them like any window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.organisation import Partner
from casevault.domain.transport import PeerKind
from casevault.gui.clipboard_guard import ClipboardGuard
from casevault.gui.exchange_messages import field_list, partner_state, profile_label, profile_name
from casevault.gui.file_choosers import FileChooser, choose_file_to_open, choose_file_to_save
from casevault.gui.messages import describe
from casevault.gui.partner_dialog import MAX_CARD_TEXT, AddPartnerDialog, VerifyPartnerDialog
from casevault.gui.transport_dialog import TransportDialog
from casevault.services import partners as partner_service
from casevault.services import profiles as profile_service
from casevault.services.partners import PartnerDetails
from casevault.services.session import Session
from casevault.services.transport import Peer

OK_STYLE = "color: #1b6e2e;"
ERROR_STYLE = "color: #b00020;"


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
        self.clipboard = ClipboardGuard(self)
        self.setAccessibleName(self.tr("Partners"))

        own_box = QGroupBox(self.tr("Your organisation's identity card"), self)
        own_intro = QLabel(
            self.tr(
                "Send this card to a partner (it holds only public keys), then compare the short "
                "code with them by phone or in person."
            ),
            own_box,
        )
        own_intro.setWordWrap(True)
        self.save_card_button = QPushButton(self.tr("&Save card to a file…"), own_box)
        self.save_card_button.setAccessibleName(self.tr("Save your identity card to a file"))
        self.copy_card_button = QPushButton(self.tr("&Copy card as text"), own_box)
        self.copy_card_button.setAccessibleName(self.tr("Copy your identity card as text"))
        self.copy_card_button.setToolTip(
            self.tr(
                "The clipboard is cleared after a minute unless you have copied something "
                "else since."
            )
        )
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.save_card_button)
        own_buttons.addWidget(self.copy_card_button)
        own_buttons.addStretch(1)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(own_intro)
        own_layout.addLayout(own_buttons)

        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Partner list"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Partner"),
                self.tr("Country"),
                self.tr("State"),
                self.tr("Profile"),
                self.tr("Fingerprint"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.add_file_button = QPushButton(self.tr("Add from a &file…"), self)
        self.add_file_button.setAccessibleName(self.tr("Add a partner from a card file"))
        self.add_text_button = QPushButton(self.tr("Add from &text…"), self)
        self.add_text_button.setAccessibleName(self.tr("Add a partner from pasted text"))
        self.verify_button = QPushButton(self.tr("&Verify…"), self)
        self.verify_button.setAccessibleName(self.tr("Verify the selected partner"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected partner"))
        self.transport_button = QPushButton(self.tr("&Transport folders…"), self)
        self.transport_button.setAccessibleName(
            self.tr("Outbox and inbox folders of the selected partner")
        )

        self.profile_combo = QComboBox(self)
        self.profile_combo.setAccessibleName(self.tr("Redaction profile of the selected partner"))
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
            self.transport_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(profile_row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        for first, second in (
            (self.save_card_button, self.copy_card_button), (self.copy_card_button, self.table),
            (self.table, self.profile_combo), (self.profile_combo, self.add_file_button),
            (self.add_file_button, self.add_text_button),
            (self.add_text_button, self.verify_button), (self.verify_button, self.revoke_button),
            (self.revoke_button, self.transport_button),
        ):  # fmt: skip
            self.setTabOrder(first, second)

        self.save_card_button.clicked.connect(self.save_card)
        self.copy_card_button.clicked.connect(self.copy_card)
        self.add_file_button.clicked.connect(self.add_from_file)
        self.add_text_button.clicked.connect(self.add_from_text)
        self.verify_button.clicked.connect(self.verify_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.transport_button.clicked.connect(self.open_transport)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.table.itemActivated.connect(lambda _item: self.verify_selected())
        self.refresh()

    # --- list ------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload partners and profiles; keep `select` (a partner id) selected."""
        keep = select or self._selected_id()
        self.partners = partner_service.list_partners(self._session)
        self.table.setRowCount(0)
        for row, partner in enumerate(self.partners):
            self.table.insertRow(row)
            profile = profile_service.get_partner_profile(self._session, partner.id)
            values = (
                partner.name,
                partner.country or "",
                partner_state(partner),
                profile_name(profile.name),
                " ".join(partner.fingerprint[i : i + 4] for i in range(0, 16, 4)) + " …",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, partner.id)
                self.table.setItem(row, column, item)
            # The fingerprint is shown shortened: the whole one on hover, for comparing.
            whole = " ".join(
                partner.fingerprint[i : i + 4] for i in range(0, len(partner.fingerprint), 4)
            )
            shortened = self.table.item(row, len(values) - 1)
            if shortened is not None:
                shortened.setToolTip(whole)
            if partner.id == keep:
                self.table.selectRow(row)
        self.profile_combo.clear()
        for profile in profile_service.list_profiles(self._session):
            self.profile_combo.addItem(profile_label(profile.name), profile.name)
        self._selection_changed()

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def selected_partner(self) -> Partner | None:
        """The partner selected in the table."""
        wanted = self._selected_id()
        return next((p for p in self.partners if p.id == wanted), None)

    def select_partner(self, partner_id: str) -> None:
        """Select a partner by id (e.g. right after adding it)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == partner_id:
                self.table.selectRow(row)

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
        self.revoke_button.setEnabled(partner is not None and partner.revoked_at is None)
        self.transport_button.setEnabled(partner is not None)
        self.profile_combo.setEnabled(partner is not None)
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

    def _profile_chosen(self, index: int) -> None:
        partner = self.selected_partner()
        name = self.profile_combo.itemData(index)
        if partner is None or not name:
            return
        try:
            profile_service.assign_profile(self._session, partner.id, str(name))
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return
        self._say(
            self.tr("%1 now receives cases under the profile “%2”.")
            .replace("%1", partner.name)
            .replace("%2", str(name)),
            ok=True,
        )
        self.refresh(select=partner.id)
        self.partners_changed.emit()

    def _card_filter(self) -> str:
        return self.tr("CaseVault identity cards (*.card);;All files (*)")

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    # --- our card --------------------------------------------------------------------
    def save_card(self) -> None:
        """Write our identity card to a file the person chooses."""
        path = self._save_file(self, self.tr("Save your identity card"), self._card_filter())
        if not path:
            return
        try:
            exported = partner_service.export_identity(self._session)
            with open(path, "wb") as sink:  # public keys only: nothing secret on disk
                sink.write(exported.card)
        except OSError:
            self._say(self.tr("Could not write the card to this place."), ok=False)
            return
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return
        self._say(
            self.tr("Card saved. Your fingerprint: %1").replace("%1", exported.fingerprint),
            ok=True,
        )

    def copy_card(self) -> None:
        """Copy our card's text form; it is taken off the clipboard after a minute."""
        try:
            exported = partner_service.export_identity(self._session)
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return
        self.clipboard.copy(exported.text)
        self._say(
            self.tr("Card copied. Paste it into a message to the partner within a minute."),
            ok=True,
        )

    # --- adding, verifying, revoking --------------------------------------------------
    def add_from_file(self) -> None:
        """Add a partner from a card file it sent."""
        path = self._open_file(self, self.tr("Open a partner's identity card"), self._card_filter())
        if not path:
            return
        try:
            with open(path, "rb") as source:
                untrusted_card = source.read(MAX_CARD_TEXT + 1)
        except OSError:
            self._say(self.tr("Could not read this file."), ok=False)
            return
        try:
            details = partner_service.add_partner(self._session, untrusted_card)
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return
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
        """Stop trusting the selected partner's keys, after confirmation."""
        partner = self.selected_partner()
        if partner is None or partner.revoked_at is not None:
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
        try:
            partner_service.revoke_partner(self._session, partner.id)
        except Exception as exc:  # known types have a sentence in messages.py
            self._say(describe(exc), ok=False)
            return
        self.refresh(select=partner.id)
        self.partners_changed.emit()
        self._say(self.tr("%1 is revoked.").replace("%1", partner.name), ok=True)

    def open_transport(self) -> TransportDialog | None:
        """The selected partner's outbox and inbox folders (gui/transport_dialog.py)."""
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
