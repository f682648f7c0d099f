"""The import wizard's erasure part: the sender's erasure notices, each needing its own tick
before anything is erased, and the ids of cases erased here whose records were refused.

Only notices whose case we hold and whose sender held it can be ticked; the others are listed
with the reason they do nothing. Also the plain words for the erasure errors.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casevault.services.erasure_notices import NoticeAction, NoticePlan
from casevault.services.errors import CaseErased, CompactionFailed, RelatedCasesNotConfirmed
from casevault.services.imports import ImportPreview

_CASE_ID = Qt.ItemDataRole.UserRole


ERASURE_MESSAGES: dict[type[BaseException], Callable[[Any], str]] = {
    CaseErased: lambda e: QCoreApplication.translate(
        "ErasureNotices",
        "This case was erased at the man's request. An erasure is final: it cannot be "
        "restored, unmerged or imported again.",
    ),
    RelatedCasesNotConfirmed: lambda e: QCoreApplication.translate(
        "ErasureNotices",
        "Nothing was erased: %n other case(s) belong to the same man (merged or linked as "
        "duplicates). Confirm them too to erase them with this one.",
        "",
        len(e.related),
    ),
    CompactionFailed: lambda e: QCoreApplication.translate(
        "ErasureNotices",
        "The man's records ARE erased, but the vault could not be compacted, so traces may "
        "remain in its free space until it is. Close other programs using the vault and press "
        "“Compact again”.",
    ),
}


class ErasureNoticesView(QWidget):
    """Lists a preview's erasure notices (tick to erase) and refused records of erased cases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.refused.setAccessibleName(self.tr("Records of erased cases refused"))
        self.notices = QListWidget(self)
        self.notices.setAccessibleName(self.tr("Erasure notices from the sender"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.refused)
        layout.addWidget(self.notices)

    def show_preview(self, preview: ImportPreview) -> None:
        """Fill the list from a preview; nothing is ticked."""
        self.notices.clear()
        self.refused.setText(
            self.tr(
                "Refused: records of %n case(s) erased here at the man's request. They never "
                "come back.",
                "",
                len(preview.erased_here),
            )
            if preview.erased_here
            else ""
        )
        self.refused.setVisible(bool(preview.erased_here))
        for plan in preview.erasure_notices:
            item = QListWidgetItem(self._text(preview.sender_name, plan), self.notices)
            if plan.action is NoticeAction.ERASE:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(_CASE_ID, str(plan.case_id))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.notices.setVisible(bool(preview.erasure_notices))

    def _text(self, sender: str, plan: NoticePlan) -> str:
        when = plan.erased_at.date().isoformat()
        if plan.action is NoticeAction.ERASE:
            return (
                self.tr(
                    "%1 erased case %2 (%3 as held here) at the man's request on %4. "
                    "Erase it here too."
                )
                .replace("%1", sender)
                .replace("%2", str(plan.case_id)[:8])
                .replace("%3", plan.display_name)
                .replace("%4", when)
            )
        reasons = {
            NoticeAction.ALREADY_ERASED: self.tr("already erased here"),
            NoticeAction.ALREADY_COMPLIED: self.tr("already complied with"),
            NoticeAction.NOT_HELD: self.tr("this vault never held that case"),
            NoticeAction.SENDER_NEVER_HAD_IT: self.tr("ignored: the sender never held this case"),
        }
        return (
            self.tr("Erasure notice from %1 about case %2: %3")
            .replace("%1", sender)
            .replace("%2", str(plan.case_id)[:8])
            .replace("%3", reasons[plan.action])
        )

    def confirmed(self) -> set[uuid.UUID]:
        """The case ids whose erasure a person ticked."""
        found = set()
        for row in range(self.notices.count()):
            item = self.notices.item(row)
            if item.data(_CASE_ID) and item.checkState() == Qt.CheckState.Checked:
                found.add(uuid.UUID(str(item.data(_CASE_ID))))
        return found
