""" "Erase this man's data…": the right to erasure (services/erasure.py) in the app.

Before anything happens the dialog says what is erased, which other cases of the same man go
with it (merged or linked: services.erasure.related_cases), which partners hold a copy we cannot
reach (each gets a signed erasure notice with the next bundle) and that backups still hold him.
Like the destructive actions of KeePassXC ("delete database") or GitHub ("type the name"), the
Erase button stays disabled until the person types the case's short id, shown in the dialog:
script-independent (no Cyrillic layout needed), short, and it cannot be typed by a stray Enter.
The erasure and the compaction that follows (VACUUM) run in a worker with a busy indicator; if
only the compaction fails, the dialog says the records ARE erased and offers "Compact again".
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.cases.merge_dialog import case_line
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services import cases as case_service
from casevault.services.erasure import (
    ErasureResult,
    compact_vault,
    erase_case,
    partners_holding_copies,
    related_cases,
)
from casevault.services.errors import CompactionFailed
from casevault.services.session import Session

SHORT_ID = 8


class ErasureDialog(QDialog):
    """Erase one case (and the other cases of the same man) for good. Emits `erased` with the
    ids erased, as one comma-separated string, once the erasure committed."""

    erased = Signal(str)

    def __init__(self, session: Session, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker: Worker | None = None
        case = case_service.get_case(session, case_id)
        self.case_id = case.id
        self.related = related_cases(session, case.id)
        self.outcome: ErasureResult | None = None
        self._announced = False
        partners = partners_holding_copies(session, [case.id, *self.related])
        self.setWindowTitle(self.tr("Erase this man's data"))
        self.setAccessibleName(self.tr("Erase this man's data"))
        lines = [
            self.tr("Case to erase: %1").replace("%1", case_line(case)),
            self.tr(
                "Everything about him is removed from this vault for good: his fields, timeline, "
                "screenings, consent statements, attachments and search entries. Only the case "
                "id stays, in a register that stops any bundle from bringing him back, and in "
                "the audit log (ids only). This cannot be undone."
            ),
        ]
        if self.related:
            others = [case_line(case_service.get_case(session, r)) for r in self.related]
            lines.append(
                self.tr("Other cases of the same man, erased with it: %1").replace(
                    "%1", "; ".join(others)
                )
            )
        if partners:
            names = sorted({p.partner_name or p.partner_id for p in partners})
            lines.append(
                self.tr(
                    "These partners received his file and keep their copy: the next bundle you "
                    "send each of them carries a signed erasure notice. Ask them to confirm it: %1"
                ).replace("%1", ", ".join(names))
            )
        else:
            lines.append(self.tr("No partner received his file from this vault."))
        lines.append(
            self.tr("Backups made before now still contain him: delete or overwrite them.")
        )
        self.explanation = QLabel("\n\n".join(lines), self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAccessibleName(self.tr("What is erased"))
        self.short_id = str(case.id)[:SHORT_ID]
        prompt = QLabel(
            self.tr("To confirm, type the case's short id: %1").replace("%1", self.short_id), self
        )
        prompt.setWordWrap(True)
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(self.tr("Type the case's short id to confirm"))
        prompt.setBuddy(self.confirm)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Erasing and compacting the vault"))
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Erasure result"))
        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.compact_button = QPushButton(self.tr("&Compact again"), self)
        self.compact_button.setAccessibleName(self.tr("Compact again"))
        self.buttons.addButton(self.compact_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.compact_button.hide()
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.busy)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._typed)
        self.erase_button.clicked.connect(self.erase)
        self.compact_button.clicked.connect(self.compact_again)
        self.close_button.clicked.connect(self.reject)
        self.resize(620, 460)

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(
            self._worker is None and self.outcome is None and text.strip().lower() == self.short_id
        )

    def erase(self) -> None:
        """Erase in a worker (the typed id was checked by `_typed`; the service checks the full
        id and the related cases again)."""
        if self.confirm.text().strip().lower() != self.short_id or self._worker is not None:
            return
        session, case_id, related = self._session, str(self.case_id), list(self.related)
        self._working(True)
        self._worker = start_worker(
            lambda: erase_case(session, case_id, case_id, related), self._done, self._failed
        )

    def compact_again(self) -> None:
        """Retry the compaction after CompactionFailed."""
        session = self._session
        self._working(True)
        self._worker = start_worker(lambda: compact_vault(session), self._compacted, self._failed)

    def _working(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.erase_button.setEnabled(False)
        self.confirm.setEnabled(not busy and self.outcome is None)
        self.close_button.setEnabled(not busy)
        self.compact_button.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        self._worker = None
        self.outcome = result
        self._working(False)
        self._show_erased()

    def _show_erased(self) -> None:
        self.confirm.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.status.setText(
            self.tr("Erased for good. The erasure notices go with the next bundles.")
        )
        self._announce([str(c) for c in (self.case_id, *self.related)])

    def _announce(self, case_ids: list[str]) -> None:
        if not self._announced:
            self._announced = True
            self.erased.emit(",".join(case_ids))

    def _compacted(self, _value: object) -> None:
        self._worker = None
        self._working(False)
        self.compact_button.hide()
        self.status.setText(self.tr("The vault is compacted. Erased for good."))

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self._working(False)
        self.status.setText(describe(error))
        if isinstance(error, CompactionFailed):  # the erasure DID commit
            self.confirm.setEnabled(False)
            self.compact_button.show()
            self.close_button.setText(self.tr("Close"))
            self._announce(list(error.case_ids))
