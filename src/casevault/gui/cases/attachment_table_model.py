"""The attachments of one case as a Qt item model: file, kind, size, when added, when and from
whom received, and examination. Rows are services/evidence.py EvidenceItems (read by the panel);
the model only says how each is shown. A document with a note reporting anomalies is marked in
its own column, in words and colour, verified or not (its tooltip says which)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from casevault.domain.attachment import Attachment
from casevault.gui.cases.evidence_text import note_summary, notes_tooltip, provenance_tooltip
from casevault.gui.kit.colours import ERROR
from casevault.services.evidence import EvidenceItem

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the EvidenceItem of a row
ANOMALY_COLOUR = QColor(ERROR)
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("AttachmentTableModel", text)


class AttachmentTableModel(QAbstractTableModel):
    """Read-only rows of EvidenceItem."""

    FILE, KIND, SIZE, ADDED, RECEIVED, EXAMINATION = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[EvidenceItem]:
        """The rows, in order."""
        return list(self._items)

    def item(self, row: int) -> EvidenceItem | None:
        """The EvidenceItem of `row`, or None outside the rows."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, attachment_id: object) -> int:
        """The row showing `attachment_id`, or -1."""
        for row, item in enumerate(self._items):
            if item.attachment.id == attachment_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        """Rows under the invisible root only (a table)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        """Six columns."""
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            _t("File name"),
            _t("Kind"),
            _t("Size"),
            _t("Added"),
            _t("Received"),
            _t("Examination"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, colour and the row's EvidenceItem (ITEM_ROLE)."""
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.EXAMINATION:
                return notes_tooltip(item) or None
            return provenance_tooltip(item)
        marked = index.column() in (self.FILE, self.EXAMINATION) and item.has_anomalies
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(ANOMALY_COLOUR)
        return None

    def _text(self, item: EvidenceItem, column: int) -> str:
        attachment = item.attachment
        if column == self.FILE:
            mark = "⚠ " if item.has_anomalies else ""
            return mark + attachment.filename
        if column == self.KIND:
            return _kind(attachment)
        if column == self.SIZE:
            return QLocale().formattedDataSize(attachment.size)
        if column == self.ADDED:
            return attachment.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == self.RECEIVED:
            return _received(item)
        return note_summary(item)


def _kind(attachment: Attachment) -> str:
    if attachment.derived_from is not None:
        return _t("Derived copy")
    if attachment.is_pdf:
        return _t("PDF document")
    if attachment.is_image:
        return _t("Image")
    return _t("Other file")


def _received(item: EvidenceItem) -> str:
    attachment = item.attachment
    if attachment.derived_from is not None:
        return _t("made here from an original")
    if not attachment.provenance_recorded:
        return _t("not recorded")
    parts = [
        attachment.received_on.isoformat() if attachment.received_on else "",
        attachment.received_from or "",
    ]
    return " · ".join(p for p in parts if p)
