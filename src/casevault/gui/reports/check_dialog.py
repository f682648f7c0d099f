"""File → Check the vault…: runs services.check.check_vault in a worker (it reads every page of
the database, which takes a while on a large vault) and says in words what is wrong and what to
do, the same findings as `casevault check`. Nothing is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services.check import (
    Advice,
    CheckArea,
    CheckReport,
    Finding,
    FindingKind,
    check_vault,
)
from casevault.services.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("CheckDialog", text)


def _audit_break(finding: Finding) -> str:
    what = {
        "hash": _t("entry %1 was altered"),
        "link": _t("the entry before %1 was altered or removed"),
        "gap": _t("entry %1 was removed"),
        "tail": _t("the newest entries (from %1) were removed"),
    }.get(finding.audit_problem or "", _t("entry %1 was altered"))
    return _t("The audit trail was tampered with: %1.").replace(
        "%1", what.replace("%1", str(finding.audit_seq))
    )


def finding_text(finding: Finding) -> str:
    """One sentence per finding, in the current language."""
    if finding.kind is FindingKind.DAMAGED_PAGES:
        where = (
            _t("damaged pages of the database file: %1").replace(
                "%1", ", ".join(str(page) for page in finding.pages)
            )
            if finding.pages
            else QCoreApplication.translate(
                "CheckDialog", "%n damaged part(s) of the database file", "", finding.count
            )
        )
        return _t(
            "Part of the database file is damaged or was altered (%1): it no longer reads back "
            "as it was written."
        ).replace("%1", where)
    if finding.kind is FindingKind.BROKEN_STRUCTURE:
        return QCoreApplication.translate(
            "CheckDialog",
            "The database's tables or indexes are broken (%n problem(s) found).",
            "",
            finding.count,
        )
    if finding.kind is FindingKind.AUDIT_BROKEN:
        return _audit_break(finding)
    if finding.kind is FindingKind.EVALUATIONS_INVALID:
        return QCoreApplication.translate(
            "CheckDialog",
            "%n signed evaluation(s) no longer match their signatures: they were altered after "
            "signing and must not be relied on.",
            "",
            finding.count,
        )
    if finding.area is CheckArea.AUDIT:
        return _t("The audit trail cannot be read: the part of the file that holds it is damaged.")
    return _t(
        "The signed evaluations cannot be read: the part of the file that holds them is damaged."
    )


def advice_text(advice: Advice) -> str:
    """What to do, as an instruction."""
    if advice is Advice.RESTORE_COPY:
        return _t(
            "Restore a backup copy of the whole vault folder made before the damage (close "
            "CaseVault first), then check it again."
        )
    return _t(
        "Ask your partners to send their cases and evaluations again and import them; what you "
        "sent them can be sent back to you the same way."
    )


def report_text(report: CheckReport) -> str:
    """The whole report as text for the dialog."""
    if report.sound:
        return (
            _t(
                "The vault is sound: every page of the database is authentic, its tables and "
                "indexes are intact, the audit trail is unbroken (entries: %1) and every signed "
                "evaluation verifies (evaluations: %2)."
            )
            .replace("%1", str(report.audit_entries))
            .replace("%2", str(report.evaluations))
        )
    lines = [_t("The vault has problems:")]
    lines += [f"• {finding_text(finding)}" for finding in report.findings]
    lines += ["", _t("What to do:")]
    lines += [f"{n}. {advice_text(advice)}" for n, advice in enumerate(report.advice, start=1)]
    return "\n".join(lines)


class CheckDialog(QDialog):
    """Shows "Checking…", then the report (or the error that stopped the check) in words."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the vault"))
        self.setAccessibleName(self.tr("Check the vault"))
        self.status = QLabel(self.tr("Checking every page, the audit trail and signatures…"), self)
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Result of the check"))
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.report: CheckReport | None = None
        self.worker: Worker = start_worker(
            lambda: check_vault(session), self._show_report, self._show_error
        )

    def _show_report(self, report: CheckReport) -> None:
        self.report = report
        self.status.setText(
            self.tr("The vault is sound.") if report.sound else self.tr("The vault has problems.")
        )
        self.details.setPlainText(report_text(report))
        self.details.show()

    def _show_error(self, error: BaseException) -> None:
        self.status.setText(describe(error))
