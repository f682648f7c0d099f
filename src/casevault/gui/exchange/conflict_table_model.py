"""The conflicts list as a Qt model, and the words that name each side of a conflict: the
organisation and the laptop that made the value, and whether it is ours.

A side is named from the node id in the value's version stamp, looked up in the certificates
and bundles this vault holds (services/laptops.py `node_names`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from casevault.gui.cases.field_values import value_text
from casevault.gui.exchange.exchange_messages import field_label
from casevault.gui.kit.row_table_model import Column, RowTableModel
from casevault.services.conflicts import Conflict, ConflictOption
from casevault.services.laptops import NodeName


def laptop_text(name: NodeName) -> str:
    """ "this laptop", the laptop's label, or "laptop 1a2b3c4d"."""
    if name.this_laptop:
        return QCoreApplication.translate("ConflictsView", "this laptop")
    if name.label:
        return QCoreApplication.translate("ConflictsView", "laptop “%1”").replace("%1", name.label)
    return QCoreApplication.translate("ConflictsView", "laptop %1").replace("%1", name.node_id[:8])


def side_text(name: NodeName) -> str:
    """ "Berlin (ours), this laptop" / "Paris, laptop “office”" / "unknown organisation, …"."""
    if name.org_name is None:
        org = QCoreApplication.translate("ConflictsView", "an organisation not known here")
    elif name.ours:
        org = QCoreApplication.translate("ConflictsView", "%1 (ours)").replace("%1", name.org_name)
    else:
        org = name.org_name
    return (
        QCoreApplication.translate("ConflictsView", "%1, %2")
        .replace("%1", org)
        .replace("%2", laptop_text(name))
    )


def stamp_time(untrusted_stamp: str) -> str:
    """The local date and time in a version stamp (`<wall ms hex>-<counter>-<node>`), or ""."""
    try:
        millis = int(untrusted_stamp.split("-", 1)[0], 16)
        when = dt.datetime.fromtimestamp(millis / 1000, tz=dt.UTC).astimezone()
    except (ValueError, OverflowError, OSError):
        return ""
    return when.strftime("%Y-%m-%d %H:%M")


def option_origin(option: ConflictOption, names: Mapping[str, NodeName]) -> str:
    """Who made this value and when, in words."""
    name = names.get(option.node, NodeName(option.node, None, None, False, False))
    return (
        QCoreApplication.translate("ConflictsView", "Made by %1 on %2")
        .replace("%1", side_text(name))
        .replace(
            "%2",
            stamp_time(option.stamp)
            or QCoreApplication.translate("ConflictsView", "an unknown date"),
        )
    )


class ConflictTableModel(RowTableModel[Conflict]):
    """Case, field, the value shown now, and the sides (organisations and laptops)."""

    def __init__(self) -> None:
        self.names: dict[str, NodeName] = {}
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ConflictsView", "Case"),
                    lambda c: c.display_name or str(c.case_id)[:8],
                ),
                Column(
                    lambda: QCoreApplication.translate("ConflictsView", "Field"),
                    lambda c: field_label(c.field),
                ),
                Column(
                    lambda: QCoreApplication.translate("ConflictsView", "Shown now"),
                    lambda c: value_text(c.shown, c.field),
                ),
                Column(
                    lambda: QCoreApplication.translate("ConflictsView", "Changed by"), self._sides
                ),
            ]
        )

    def set_conflicts(self, conflicts: list[Conflict], names: Mapping[str, NodeName]) -> None:
        """Show `conflicts`, naming their sides with `names` (node id → name)."""
        self.names = dict(names)
        self.set_rows(conflicts)

    def _sides(self, conflict: Conflict) -> str:
        sides: list[str] = []
        for option in conflict.options:
            name = self.names.get(option.node, NodeName(option.node, None, None, False, False))
            text = side_text(name)
            if text not in sides:
                sides.append(text)
        return " · ".join(sides)
