"""The partner list as a Qt model: name, country, state (keys changed shown in bold), redaction
profile, and the start of the fingerprint (the whole one in the tooltip)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from casevault.domain.organisation import Partner
from casevault.gui.exchange.exchange_messages import partner_state, profile_label
from casevault.gui.kit.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class PartnerRow:
    """A partner and the name of the redaction profile it receives cases under."""

    partner: Partner
    profile: str


def keys_changed(partner: Partner) -> bool:
    """The partner announced new keys that nobody here has confirmed yet."""
    return (
        partner.keys_changed_at is not None and not partner.verified and partner.revoked_at is None
    )


def grouped_fingerprint(fingerprint: str) -> str:
    """All 64 digits in groups of four, for the tooltip."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


class PartnerTableModel(RowTableModel[PartnerRow]):
    """One row per partner; rows whose keys changed are bold (they need a new code check)."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("PartnersView", "Partner"),
                    lambda r: r.partner.name,
                ),
                Column(
                    lambda: QCoreApplication.translate("PartnersView", "Country"),
                    lambda r: r.partner.country or "",
                ),
                Column(
                    lambda: QCoreApplication.translate("PartnersView", "State"),
                    lambda r: partner_state(r.partner),
                ),
                Column(
                    lambda: QCoreApplication.translate("PartnersView", "Profile"),
                    lambda r: profile_label(r.profile),
                ),
                Column(
                    lambda: QCoreApplication.translate("PartnersView", "Fingerprint"),
                    lambda r: grouped_fingerprint(r.partner.fingerprint[:16]) + " …",
                    lambda r: grouped_fingerprint(r.partner.fingerprint),
                ),
            ],
            bold=lambda r: keys_changed(r.partner),
        )

    def row_of(self, partner_id: str) -> int | None:
        """The row showing `partner_id`, or None."""
        return next((i for i, row in enumerate(self.rows) if row.partner.id == partner_id), None)
