"""This organisation's laptops as a Qt model: name (this one marked), id, fingerprint (whole in
the tooltip), state, whether it keeps the organisation's keys, last bundle applied from it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casevault.gui.kit.row_table_model import Column, RowTableModel
from casevault.services.laptops import Laptop


def laptop_name(laptop: Laptop) -> str:
    """Its label, or "Laptop 1a2b3c4d"; "(this laptop)" added for this one."""
    name = laptop.label or QCoreApplication.translate("LaptopsView", "Laptop %1").replace(
        "%1", laptop.node_id[:8]
    )
    if laptop.is_this:
        return QCoreApplication.translate("LaptopsView", "%1 (this laptop)").replace("%1", name)
    return name


def laptop_state(laptop: Laptop) -> str:
    """Revoked / removed / certified / not certified, in words."""
    if laptop.revoked_at is not None:
        return QCoreApplication.translate("LaptopsView", "Removed everywhere (revocation signed)")
    if laptop.removed_at is not None:
        return QCoreApplication.translate("LaptopsView", "Removed on this laptop only")
    if laptop.certified:
        return QCoreApplication.translate("LaptopsView", "Certified")
    return QCoreApplication.translate("LaptopsView", "Not certified")


def org_keys_text(laptop: Laptop) -> str:
    """Whether it keeps the organisation's keys (known for this laptop only)."""
    if laptop.holds_org_keys is None:
        return QCoreApplication.translate("LaptopsView", "Not known here")
    if laptop.holds_org_keys:
        return QCoreApplication.translate("LaptopsView", "Kept")
    return QCoreApplication.translate("LaptopsView", "Not kept")


def _fingerprint_start(laptop: Laptop) -> str:
    if laptop.fingerprint is None:
        return ""
    return " ".join(laptop.fingerprint.split()[:4]) + " …"


def _fingerprint_tip(laptop: Laptop) -> str:
    if laptop.fingerprint is None:
        return QCoreApplication.translate(
            "LaptopsView", "No certificate for this laptop's keys has reached this laptop yet."
        )
    return laptop.fingerprint


class LaptopTableModel(RowTableModel[Laptop]):
    """One row per laptop, this one first and in bold."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("LaptopsView", "Laptop"), laptop_name),
                Column(
                    lambda: QCoreApplication.translate("LaptopsView", "Id"),
                    lambda laptop: laptop.node_id[:8],
                    lambda laptop: laptop.node_id,
                ),
                Column(
                    lambda: QCoreApplication.translate("LaptopsView", "Fingerprint"),
                    _fingerprint_start,
                    _fingerprint_tip,
                ),
                Column(lambda: QCoreApplication.translate("LaptopsView", "State"), laptop_state),
                Column(
                    lambda: QCoreApplication.translate("LaptopsView", "Organisation keys"),
                    org_keys_text,
                ),
                Column(
                    lambda: QCoreApplication.translate("LaptopsView", "Last bundle applied"),
                    lambda laptop: (laptop.last_bundle_applied or "")[:16].replace("T", " "),
                ),
            ],
            bold=lambda laptop: laptop.is_this,
        )
