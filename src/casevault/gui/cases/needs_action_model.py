"""The "needs action" rows (services/needs_action.py) as a Qt table model, in plain words.

Four columns: what to do, the case or partner it concerns, details, and when. Every cell's
full text is also its tooltip (a long timeline text or file name is never cut off unseen).
The model holds the rows of one computation and forgets them on `clear()` (locking).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from casevault.domain.consent import ConsentStatus
from casevault.gui.cases.timeline_panel import kind_label
from casevault.gui.exchange.exchange_messages import field_label
from casevault.gui.exchange.transport_text import wait_text
from casevault.services.needs_action import ActionKind, ActionRow, NeedsAction

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "NeedsActionModel"
COLUMN_COUNT = 4

_KIND_TEXT: dict[ActionKind, object] = {  # NOOP marks are typed object
    ActionKind.CONFLICT: QT_TRANSLATE_NOOP("NeedsActionModel", "Competing edits to choose from"),
    ActionKind.INBOX_WAITING: QT_TRANSLATE_NOOP("NeedsActionModel", "Bundle waiting in the inbox"),
    ActionKind.PARTNER_KEYS_CHANGED: QT_TRANSLATE_NOOP(
        "NeedsActionModel", "Partner's keys changed"
    ),
    ActionKind.DEADLINE: QT_TRANSLATE_NOOP("NeedsActionModel", "Deadline coming up"),
    ActionKind.CONSENT_MISSING: QT_TRANSLATE_NOOP(
        "NeedsActionModel", "Consent missing for a partner"
    ),
    ActionKind.DRAFT_EVALUATION: QT_TRANSLATE_NOOP("NeedsActionModel", "Evaluation still a draft"),
    ActionKind.SECOND_SCREENING: QT_TRANSLATE_NOOP("NeedsActionModel", "Needs another screening"),
    ActionKind.UNTOUCHED: QT_TRANSLATE_NOOP("NeedsActionModel", "Not touched for a while"),
}


def kind_text(kind: ActionKind) -> str:
    """What to do, as a short phrase in the UI language."""
    return QCoreApplication.translate("NeedsActionModel", str(_KIND_TEXT[kind]))


def subject_text(row: ActionRow) -> str:
    """The case's name, or the partner's, for the second column."""
    if row.case_id is not None:
        return row.case_name or QCoreApplication.translate("NeedsActionModel", "(no name)")
    return row.partner_name


def detail_text(row: ActionRow) -> str:
    """What exactly is the matter, in one line."""
    kind = row.kind
    if kind is ActionKind.CONFLICT:
        return QCoreApplication.translate("NeedsActionModel", "Fields: %1").replace(
            "%1", ", ".join(field_label(f) for f in row.fields)
        )
    if kind is ActionKind.INBOX_WAITING:
        reasons = wait_text(row.wait_reasons)
        if not reasons:
            return row.file_name
        # "%1: %2" is translated too: French puts a no-break space before the colon.
        return (
            QCoreApplication.translate("NeedsActionModel", "%1: %2")
            .replace("%1", row.file_name)
            .replace("%2", reasons)
        )
    if kind is ActionKind.PARTNER_KEYS_CHANGED:
        return QCoreApplication.translate(
            "NeedsActionModel", "Compare the new short code with them before exchanging again."
        )
    if kind is ActionKind.DEADLINE:
        return f"{kind_label(row.event_kind)}: {row.event_text}"
    if kind is ActionKind.CONSENT_MISSING:
        text = (
            QCoreApplication.translate(
                "NeedsActionModel", "He withdrew consent for %1; his file went there before."
            )
            if row.consent is ConsentStatus.WITHDRAWN
            else QCoreApplication.translate(
                "NeedsActionModel", "No consent recorded for %1; his file went there before."
            )
        )
        return text.replace("%1", row.partner_name)
    if kind is ActionKind.DRAFT_EVALUATION:
        return QCoreApplication.translate(
            "NeedsActionModel", "Finish and sign the evaluation, or delete the draft."
        )
    if kind is ActionKind.SECOND_SCREENING:
        return QCoreApplication.translate(
            "NeedsActionModel", "Signed evaluations do not clear him yet."
        )
    # English has one form above one (the catalogs give each language its own forms).
    days = row.days or 0
    if days <= 1:
        return QCoreApplication.translate("NeedsActionModel", "No change for a day.")
    return QCoreApplication.translate("NeedsActionModel", "No change for %n days.", None, days)


def when_text(row: ActionRow) -> str:
    """The date in the locale's short format, with "in N days" for a deadline."""
    if row.day is None:
        return ""
    day = QLocale().toString(
        QDate(row.day.year, row.day.month, row.day.day), QLocale.FormatType.ShortFormat
    )
    if row.kind is ActionKind.DEADLINE and row.days is not None:
        if row.days == 0:
            return QCoreApplication.translate("NeedsActionModel", "%1 (today)").replace("%1", day)
        if row.days == 1:
            text = QCoreApplication.translate("NeedsActionModel", "%1 (tomorrow)")
        else:
            text = QCoreApplication.translate("NeedsActionModel", "%1 (in %n days)", None, row.days)
        return text.replace("%1", day)
    return day


class NeedsActionModel(QAbstractTableModel):
    """Rows of one NeedsAction, in its order."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ActionRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("NeedsActionModel", "To do"),
            QCoreApplication.translate("NeedsActionModel", "Case or partner"),
            QCoreApplication.translate("NeedsActionModel", "Details"),
            QCoreApplication.translate("NeedsActionModel", "When"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return kind_text(row.kind)
        if column == 1:
            return subject_text(row)
        if column == 2:
            return detail_text(row)
        return when_text(row)

    def show(self, result: NeedsAction) -> None:
        """Show the rows of `result`."""
        self.beginResetModel()
        self._rows = list(result.rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the vault is being locked)."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_at(self, row: int) -> ActionRow | None:
        """The action shown in `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None
