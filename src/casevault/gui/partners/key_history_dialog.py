"""A partner's key history (as `casevault partner show` prints it): every key it has had, oldest
first, where it came from (its card, or a rotation signed by the key before), when it was
verified, replaced or revoked. The current key is marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from casevault.domain.organisation import Partner, PartnerKey
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.kit.row_table_model import Column, RowTableModel
from casevault.gui.partners.partner_table_model import grouped_fingerprint


def _day(when: dt.datetime | None) -> str:
    return when.date().isoformat() if when else ""


def _short(fingerprint: str) -> str:
    return grouped_fingerprint(fingerprint[:16].upper()) + " …"


def _key(key: PartnerKey) -> str:
    if key.current:
        return QCoreApplication.translate("KeyHistoryDialog", "%1 (current)").replace(
            "%1", _short(key.fingerprint)
        )
    return _short(key.fingerprint)


def _source(key: PartnerKey) -> str:
    if key.predecessor is None:
        return QCoreApplication.translate("KeyHistoryDialog", "identity card")
    return QCoreApplication.translate("KeyHistoryDialog", "rotation signed by %1").replace(
        "%1", _short(key.predecessor)
    )


def _revoked(key: PartnerKey) -> str:
    if key.revoked_at is None:
        return ""
    if key.revoked_via == key.fingerprint:
        return QCoreApplication.translate("KeyHistoryDialog", "%1 (its own revocation)").replace(
            "%1", _day(key.revoked_at)
        )
    return (
        QCoreApplication.translate("KeyHistoryDialog", "%1 (revocation of %2)")
        .replace("%1", _day(key.revoked_at))
        .replace("%2", _short(key.revoked_via or ""))
    )


class KeyHistoryModel(RowTableModel[PartnerKey]):
    """One row per key, oldest first; the current one in bold."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("KeyHistoryDialog", "Key"),
                    _key,
                    lambda k: grouped_fingerprint(k.fingerprint.upper()),
                ),
                Column(lambda: QCoreApplication.translate("KeyHistoryDialog", "From"), _source),
                Column(
                    lambda: QCoreApplication.translate("KeyHistoryDialog", "Since"),
                    lambda k: _day(k.introduced_at),
                ),
                Column(
                    lambda: QCoreApplication.translate("KeyHistoryDialog", "Verified"),
                    lambda k: _day(k.verified_at),
                ),
                Column(
                    lambda: QCoreApplication.translate("KeyHistoryDialog", "Replaced"),
                    lambda k: _day(k.replaced_at),
                ),
                Column(lambda: QCoreApplication.translate("KeyHistoryDialog", "Revoked"), _revoked),
            ],
            bold=lambda k: k.current,
        )


class KeyHistoryDialog(QDialog):
    """Read-only; closed with Close or Escape."""

    def __init__(
        self, partner: Partner, history: list[PartnerKey], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = self.tr("Key history of %1").replace("%1", partner.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            self.tr(
                "Every key this partner has had, oldest first. A key from a rotation was "
                "accepted because the key before it signed it; the whole fingerprint is in "
                "each key's tooltip."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = KeyHistoryModel()
        self.model.set_rows(history)
        self.table = RecordTableView(self.model, self, stretch=1)
        self.table.setAccessibleName(self.tr("Keys of this partner"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 320)
