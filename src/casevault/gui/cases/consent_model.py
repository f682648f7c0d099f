"""The consent statements of one case as a Qt table model (one row per statement, oldest first).

A statement is never edited (domain/consent.py): a grant that a later withdrawal for the same
partner or kind overrides is shown as withdrawn, so the history and its current effect are both
visible. Partner ids are shown by name (the partner list is read once per refresh).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from casevault.domain.consent import ConsentAction, ConsentMethod, ConsentRecord
from casevault.domain.organisation import PartnerKind

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("statement", "scope", "method", "witness", "given", "state")


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentModel", text)


def method_text(method: ConsentMethod) -> str:
    """How he said it, in the UI language."""
    return {
        ConsentMethod.SIGNED_FORM: _t("Signed form"),
        ConsentMethod.ORAL_WITNESSED: _t("Said before a witness"),
        ConsentMethod.MESSAGE: _t("Message from him (messenger, e-mail)"),
        ConsentMethod.OTHER: _t("Other (see the note)"),
    }[method]


def action_text(action: ConsentAction) -> str:
    """What the statement says, in the UI language."""
    return _t("Agreed") if action is ConsentAction.GRANT else _t("Withdrew or refused")


def kind_text(kind: PartnerKind) -> str:
    """A kind of partner, in the UI language."""
    return {
        PartnerKind.TRANSIT_NGO: _t("transit NGOs"),
        PartnerKind.ASSOCIATION: _t("associations"),
        PartnerKind.LAWYER: _t("lawyers"),
        PartnerKind.AUTHORITY: _t("authorities"),
        PartnerKind.OTHER: _t("other partners"),
    }[kind]


def scope_text(record: ConsentRecord, partner_names: dict[str, str]) -> str:
    """Who the statement is about: the partner's name, or "every partner of a kind"."""
    if record.partner_id is not None:
        return partner_names.get(record.partner_id, record.partner_id)
    kind = record.partner_kind or PartnerKind.OTHER  # the model guarantees exactly one is set
    return _t("Every partner among %1").replace("%1", kind_text(kind))


def is_withdrawn(record: ConsentRecord, records: list[ConsentRecord]) -> bool:
    """True for a grant that a later (or same-moment) withdrawal of the same scope overrides."""
    if record.action is not ConsentAction.GRANT:
        return False
    return any(
        other.action is ConsentAction.WITHDRAW
        and other.partner_id == record.partner_id
        and other.partner_kind == record.partner_kind
        and other.given_at >= record.given_at
        for other in records
    )


class ConsentTableModel(QAbstractTableModel):
    """Read-only rows over a list of consent records."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ConsentRecord] = []
        self._names: dict[str, str] = {}

    def set_records(self, records: list[ConsentRecord], partner_names: dict[str, str]) -> None:
        """Replace every row (an empty list forgets them all)."""
        self.beginResetModel()
        self._records = list(records)
        self._names = dict(partner_names)
        self.endResetModel()

    def record(self, row: int) -> ConsentRecord:
        """The statement shown in `row`."""
        return self._records[row]

    def withdrawn(self, row: int) -> bool:
        """Whether the grant in `row` no longer counts."""
        return is_withdrawn(self._records[row], self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "statement": _t("Statement"),
            "scope": _t("For"),
            "method": _t("How"),
            "witness": _t("Witness"),
            "given": _t("Given on"),
            "state": _t("Now"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        record = self._records[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.note or None
        if column == "statement":
            return action_text(record.action)
        if column == "scope":
            return scope_text(record, self._names)
        if column == "method":
            return method_text(record.method)
        if column == "witness":
            return record.witness
        if column == "given":
            return record.given_at.astimezone().strftime("%Y-%m-%d")
        if record.action is ConsentAction.WITHDRAW:
            return _t("No consent")
        return _t("Withdrawn later") if self.withdrawn(index.row()) else _t("Counts")
