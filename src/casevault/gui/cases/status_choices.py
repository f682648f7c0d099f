"""The status list of the case form: every status shown, those the workflow does not allow next
disabled, each with the reason as its tooltip (the rule itself is domain/workflow.py's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from casevault.domain.case import CaseStatus
from casevault.domain.workflow import allowed_next
from casevault.gui.messages import status_label


def not_offered_reason(current: CaseStatus, wanted: CaseStatus) -> str:
    """Why `wanted` cannot follow `current`, in words."""
    order = list(CaseStatus)
    following = sorted(allowed_next(current), key=order.index)
    return (
        QCoreApplication.translate(
            "StatusChoices", "Not offered: from “%1” a case can only move to %2."
        )
        .replace("%1", status_label(current.value))
        .replace("%2", ", ".join(f"“{status_label(s.value)}”" for s in following))
    )


def fill_status_combo(combo: QComboBox, current: CaseStatus, is_new: bool) -> None:
    """Every status in workflow order; for a stored case, the ones that may not follow
    `current` are disabled and say why (tooltip and accessible description)."""
    combo.clear()
    allowed = set(allowed_next(current)) | {current}
    for status in CaseStatus:
        combo.addItem(status_label(status.value), status.value)
        if is_new or status in allowed:
            continue
        model = combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(combo.count() - 1)
            item.setEnabled(False)
            reason = not_offered_reason(current, status)
            item.setData(reason, Qt.ItemDataRole.ToolTipRole)
            item.setData(reason, Qt.ItemDataRole.AccessibleDescriptionRole)


def offered(combo: QComboBox) -> list[str]:
    """The status codes that can be chosen now."""
    model = combo.model()
    found = []
    for row in range(combo.count()):
        item = model.item(row) if isinstance(model, QStandardItemModel) else None
        if item is None or item.isEnabled():
            found.append(str(combo.itemData(row)))
    return found
