"""The export wizard's preview page: exactly what leaves for each partner (fields, consent), and
what is new since the last exchange. One module per wizard page (securedrop-client style).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from casevault.gui.exchange.exchange_messages import field_list, profile_name
from casevault.gui.kit.colours import ERROR_STYLE
from casevault.gui.messages import describe
from casevault.services.export_preview import ExportPreview, preview_export
from casevault.services.session import Session

if TYPE_CHECKING:
    from casevault.gui.exchange.export_wizard import ExportWizard


def _wizard(page: QWizardPage) -> ExportWizard | None:
    """The wizard this page belongs to (imported here: the wizard module imports this page)."""
    from casevault.gui.exchange.export_wizard import ExportWizard

    wizard = page.wizard()
    return wizard if isinstance(wizard, ExportWizard) else None


class PreviewPage(QWizardPage):
    """Exactly which fields leave, per case, and whether each man consented."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self.preview: ExportPreview | None = None
        self.setTitle(self.tr("What leaves your vault"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Export summary"))
        # Incremental exchange (services/incremental.py): what is new since the last exchange.
        self.since_last = QLabel(self)
        self.since_last.setWordWrap(True)
        self.since_last.setAccessibleName(self.tr("New since the last exchange"))
        self.send_all = QCheckBox(self.tr("Send &every case again, not only what changed"), self)
        self.send_all.setAccessibleName(self.tr("Send every case again"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Fields leaving, per case"))
        self.tree.setHeaderLabels([self.tr("Case"), self.tr("Leaves"), self.tr("Stays home")])
        # Every field name stays readable (a horizontal scroll bar rather than "…").
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.consent_note = QLabel(self)
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet(ERROR_STYLE)
        self.consent_note.setAccessibleName(self.tr("Consent warning"))
        self.override = QCheckBox(
            self.tr("&Send anyway, without his recorded consent (the reason is audited)"), self
        )
        self.override.setAccessibleName(self.tr("Send without recorded consent"))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for sending without consent"))
        self.reason.setPlaceholderText(self.tr("Why must this go without his consent?"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.since_last)
        layout.addWidget(self.send_all)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.consent_note)
        layout.addWidget(self.override)
        layout.addWidget(self.reason)
        self.override.toggled.connect(lambda *_args: self.completeChanged.emit())
        self.reason.textChanged.connect(lambda *_args: self.completeChanged.emit())
        self.send_all.toggled.connect(lambda *_args: self.initializePage())

    def initializePage(self) -> None:
        wizard = _wizard(self)
        if not wizard is not None:
            return
        self.tree.clear()
        self.override.setChecked(False)
        self.reason.clear()
        try:
            self.preview = preview_export(
                self._session,
                wizard.partners_page.chosen(),
                wizard.cases_page.chosen(),
                full=self.send_all.isChecked(),
            )
        except Exception as exc:  # known types have a sentence in messages.py
            self.preview = None
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(describe(exc))
            self._show_consent(False)
            return
        self.summary.setStyleSheet("")
        preview = self.preview
        withheld = preview.profile.withheld()
        self.summary.setText(
            self.tr(
                "To: %1 (redaction profile: %2). %n case(s). Never leaves under this profile: %3.",
                "",
                len(preview.cases),
            )
            .replace("%1", ", ".join(p.name for p in preview.recipients))
            .replace("%2", profile_name(preview.profile.name))
            .replace("%3", field_list(withheld) if withheld else self.tr("nothing"))
        )
        self._show_since_last(preview)
        names = {p.id: p.name for p in preview.recipients}
        for case in preview.cases:
            item = QTreeWidgetItem(
                self.tree,
                [
                    case.display_name or str(case.case_id)[:8],
                    field_list(case.leaving),
                    field_list(case.withheld),
                ],
            )
            for column in range(3):  # a cut-off name or field list is read in full here
                item.setToolTip(column, item.text(column))
            for partner_id, status in case.consent:
                if status != "granted":
                    line = self.tr("No consent recorded for %1").replace(
                        "%1", names.get(partner_id, partner_id)
                    )
                    child = QTreeWidgetItem(item, [line, "", ""])
                    child.setForeground(0, Qt.GlobalColor.darkRed)
                    child.setFirstColumnSpanned(True)
            item.setExpanded(True)
        self._show_consent(self.consent_missing())

    def _show_since_last(self, preview: ExportPreview) -> None:
        since = preview.since_last
        self.send_all.setVisible(since is not None or self.send_all.isChecked())
        if since is None:
            self.since_last.setText("")
            self.since_last.setVisible(False)
            return
        self.since_last.setVisible(True)
        self.since_last.setText(
            " ".join(  # one sentence per count, so that each takes its own plural form
                (
                    self.tr(
                        "New since your last exchange (acknowledged on %1): %n case(s) changed.",
                        "",
                        since.changed,
                    ).replace("%1", since.acknowledged_at.date().isoformat()),
                    self.tr("Of them, %n new.", "", since.new),
                    self.tr("%n unchanged case(s) are not sent again.", "", since.unchanged),
                )
            )
        )

    def _show_consent(self, missing: bool) -> None:
        count = sum(c.consent_missing for c in self.preview.cases) if self.preview else 0
        self.consent_note.setText(
            self.tr(
                "In %n case(s) the man has not consented to his file going to these partners. "
                "Go back and leave those cases out, or send anyway with a written reason.",
                "",
                count,
            )
            if missing
            else ""
        )
        for widget in (self.consent_note, self.override, self.reason):
            widget.setVisible(missing)

    def consent_missing(self) -> bool:
        """True if some case lacks consent for some recipient."""
        return self.preview is not None and any(c.consent_missing for c in self.preview.cases)

    def override_reason(self) -> str | None:
        """The written reason, when the person chose to send without consent."""
        if self.consent_missing() and self.override.isChecked():
            return self.reason.toPlainText().strip() or None
        return None

    def isComplete(self) -> bool:
        if self.preview is None:
            return False
        nothing = not self.preview.cases and not self.preview.tombstones
        if nothing and self.preview.since_last is None:
            return False  # (an incremental bundle still carries our acknowledgement)
        return not self.consent_missing() or self.override_reason() is not None
