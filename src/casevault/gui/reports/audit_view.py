"""The audit log: who changed what and when (newest first, paged), and a chain check.

Entries hold ids and field names only, never case data. Verifying reads the whole chain, so it
runs in a worker and reports by signal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.audit import AuditEntry
from casevault.gui.kit.colours import ERROR_STYLE, OK_STYLE
from casevault.gui.kit.record_table_view import RecordTableView
from casevault.gui.kit.row_table_model import Column, RowTableModel
from casevault.gui.kit.workers import Worker, start_worker
from casevault.gui.messages import describe
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.session import Session

PAGE_SIZE = 200
ACTIONS = {
    "vault.create": QT_TRANSLATE_NOOP("AuditView", "Vault created"),
    "vault.recover": QT_TRANSLATE_NOOP("AuditView", "Opened with the recovery code"),
    "vault.passphrase_change": QT_TRANSLATE_NOOP("AuditView", "Passphrase changed"),
    "vault.rekey": QT_TRANSLATE_NOOP("AuditView", "Database re-encrypted with a new key"),
    "vault.recovery_code_replace": QT_TRANSLATE_NOOP("AuditView", "Recovery code replaced"),
    "case.create": QT_TRANSLATE_NOOP("AuditView", "Case created"),
    "case.edit": QT_TRANSLATE_NOOP("AuditView", "Case edited"),
    "case.delete": QT_TRANSLATE_NOOP("AuditView", "Case deleted"),
    "case.restore": QT_TRANSLATE_NOOP("AuditView", "Case restored"),
    "case.erase": QT_TRANSLATE_NOOP("AuditView", "Case erased at the man's request"),
    "case.import": QT_TRANSLATE_NOOP("AuditView", "Case received from a bundle"),
    "case.merge": QT_TRANSLATE_NOOP("AuditView", "Case changed by a bundle"),
    "case.link": QT_TRANSLATE_NOOP("AuditView", "Possible duplicates linked"),
    "case.unlink": QT_TRANSLATE_NOOP("AuditView", "Link between cases removed"),
    "case.unmerge": QT_TRANSLATE_NOOP("AuditView", "Merged cases separated"),
    "case.access_report": QT_TRANSLATE_NOOP("AuditView", "Copy of everything held on the man made"),
    "case.partner_closed": QT_TRANSLATE_NOOP("AuditView", "A partner closed their copy"),
    "timeline.add": QT_TRANSLATE_NOOP("AuditView", "Timeline event added"),
    "dossier.attest": QT_TRANSLATE_NOOP("AuditView", "Asylum dossier signed by the organisation"),
    "draft.keep": QT_TRANSLATE_NOOP("AuditView", "Unsaved changes kept when the vault locked"),
    "draft.restore": QT_TRANSLATE_NOOP("AuditView", "Kept changes restored to an editor"),
    "draft.discard": QT_TRANSLATE_NOOP("AuditView", "Kept changes discarded"),
    "attachment.add": QT_TRANSLATE_NOOP("AuditView", "Attachment added"),
    "attachment.import": QT_TRANSLATE_NOOP("AuditView", "Attachment received from a bundle"),
    "attachment.delete": QT_TRANSLATE_NOOP("AuditView", "Attachment deleted"),
    "attachment.copy_out": QT_TRANSLATE_NOOP("AuditView", "Attachment copied out of the vault"),
    "attachment.derive": QT_TRANSLATE_NOOP("AuditView", "Derived copy of an attachment added"),
    "attachment.examine": QT_TRANSLATE_NOOP("AuditView", "Examination note signed on a document"),
    "attachment.examination_import": QT_TRANSLATE_NOOP(
        "AuditView", "Examination note received from a bundle"
    ),
    "evaluator.add": QT_TRANSLATE_NOOP("AuditView", "Evaluator added"),
    "evaluation.create": QT_TRANSLATE_NOOP("AuditView", "Draft evaluation started"),
    "evaluation.edit": QT_TRANSLATE_NOOP("AuditView", "Draft evaluation edited"),
    "evaluation.delete": QT_TRANSLATE_NOOP("AuditView", "Draft evaluation deleted"),
    "evaluation.finalise": QT_TRANSLATE_NOOP("AuditView", "Evaluation signed"),
    "evaluation.supersede": QT_TRANSLATE_NOOP("AuditView", "Evaluation corrected"),
    "evaluation.import": QT_TRANSLATE_NOOP("AuditView", "Evaluation received from a bundle"),
    "bundle.export": QT_TRANSLATE_NOOP("AuditView", "Bundle sent"),
    "bundle.import": QT_TRANSLATE_NOOP("AuditView", "Bundle received"),
    "transport.set": QT_TRANSLATE_NOOP("AuditView", "Transport folders set"),
    "transport.clear": QT_TRANSLATE_NOOP("AuditView", "Transport folders forgotten"),
    "transport.file": QT_TRANSLATE_NOOP("AuditView", "Inbox file handled"),
    "consent.override": QT_TRANSLATE_NOOP(
        "AuditView", "Sent without the man's consent (reason recorded)"
    ),
    "conflict.resolve": QT_TRANSLATE_NOOP("AuditView", "Conflict resolved"),
    "erasure_notice.comply": QT_TRANSLATE_NOOP("AuditView", "Erased on a partner's erasure notice"),
    "consent.grant": QT_TRANSLATE_NOOP("AuditView", "Consent recorded"),
    "consent.withdraw": QT_TRANSLATE_NOOP("AuditView", "Consent withdrawn"),
    "identity.key_rotation": QT_TRANSLATE_NOOP("AuditView", "Our keys rotated"),
    "identity.key_revocation": QT_TRANSLATE_NOOP("AuditView", "Our keys revoked"),
    "partner.add": QT_TRANSLATE_NOOP("AuditView", "Partner added"),
    "partner.new_card": QT_TRANSLATE_NOOP("AuditView", "Partner's new identity card added"),
    "partner.verify": QT_TRANSLATE_NOOP("AuditView", "Partner verified"),
    "partner.revoke": QT_TRANSLATE_NOOP("AuditView", "Partner revoked"),
    "partner.profile": QT_TRANSLATE_NOOP("AuditView", "Partner's redaction profile changed"),
    "partner.keys_rotated": QT_TRANSLATE_NOOP("AuditView", "Partner's keys changed"),
    "partner.keys_revoked": QT_TRANSLATE_NOOP("AuditView", "Partner's keys revoked"),
    "profile.save": QT_TRANSLATE_NOOP("AuditView", "Redaction profile saved"),
    "identity.export": QT_TRANSLATE_NOOP("AuditView", "Identity card exported"),
    "identity.announce": QT_TRANSLATE_NOOP("AuditView", "Key change announced to partners"),
    "node.join": QT_TRANSLATE_NOOP("AuditView", "Request to join the organisation made"),
    "node.enrol": QT_TRANSLATE_NOOP("AuditView", "Laptop enrolled"),
    "node.remove": QT_TRANSLATE_NOOP("AuditView", "Laptop removed"),
    "node.keys_create": QT_TRANSLATE_NOOP("AuditView", "Laptop keys made"),
    "node.certify": QT_TRANSLATE_NOOP("AuditView", "Laptop keys certified by the organisation"),
    "node.revocation_receive": QT_TRANSLATE_NOOP("AuditView", "Revoked laptop noted"),
    "node.drop_org_keys": QT_TRANSLATE_NOOP(
        "AuditView", "Organisation keys removed from this laptop"
    ),
    "settings.clearance": QT_TRANSLATE_NOOP("AuditView", "Clearance rule changed"),
    "settings.unlock_guard": QT_TRANSLATE_NOOP("AuditView", "Wrong-passphrase limit changed"),
    "settings.duress": QT_TRANSLATE_NOOP("AuditView", "Duress passphrase setting changed"),
    "settings.needs_action": QT_TRANSLATE_NOOP("AuditView", "“Needs action” setting changed"),
}
# What kind of record an entry is about (its `record_type`), in words.
RECORD_TYPES = {
    "vault": QT_TRANSLATE_NOOP("AuditView", "Vault"),
    "case": QT_TRANSLATE_NOOP("AuditView", "Case"),
    "evaluation": QT_TRANSLATE_NOOP("AuditView", "Evaluation"),
    "evaluator": QT_TRANSLATE_NOOP("AuditView", "Evaluator"),
    "partner": QT_TRANSLATE_NOOP("AuditView", "Partner"),
    "node": QT_TRANSLATE_NOOP("AuditView", "Laptop"),
    "organisation": QT_TRANSLATE_NOOP("AuditView", "Organisation"),
    "settings": QT_TRANSLATE_NOOP("AuditView", "Settings"),
    "profile": QT_TRANSLATE_NOOP("AuditView", "Redaction profile"),
    "draft": QT_TRANSLATE_NOOP("AuditView", "Kept changes"),
    "bundle": QT_TRANSLATE_NOOP("AuditView", "Bundle"),
    "consent": QT_TRANSLATE_NOOP("AuditView", "Consent"),
    "consent_override": QT_TRANSLATE_NOOP("AuditView", "Sending without consent"),
}
# Who: the services' default actor is a role, not a name.
ACTORS = {"caseworker": QT_TRANSLATE_NOOP("AuditView", "Caseworker")}
PROBLEMS = {
    "hash": QT_TRANSLATE_NOOP("AuditView", "an entry was altered"),
    "link": QT_TRANSLATE_NOOP("AuditView", "entries were reordered or replaced"),
    "gap": QT_TRANSLATE_NOOP("AuditView", "an entry was removed"),
    "tail": QT_TRANSLATE_NOOP("AuditView", "the latest entries were removed"),
}


def _words(table: dict[str, object], code: str) -> str:
    label = table.get(code)  # QT_TRANSLATE_NOOP: typed object
    return QCoreApplication.translate("AuditView", str(label)) if label else code


def action_label(action: str) -> str:
    """An audit action ("evaluation.finalise") in words in the UI language; an action
    without a label (a newer vault's) is shown as recorded rather than hidden."""
    return _words(ACTIONS, action)


def record_type_label(record_type: str) -> str:
    """What kind of record an entry is about ("case"), in words in the UI language."""
    return _words(RECORD_TYPES, record_type)


def actor_label(actor: str) -> str:
    """Who did it: the services' default role in words, a name as recorded."""
    return _words(ACTORS, actor)


class AuditView(QWidget):
    """A table of audit entries and a "Verify chain" button."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._oldest_seq: int | None = None
        self._worker: Worker | None = None
        self.setAccessibleName(self.tr("Audit log"))
        intro = QLabel(
            self.tr(
                "Every change to the vault is recorded here, linked so that a removed or altered "
                "entry is detected. Case contents are never written to this log."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RowTableModel[AuditEntry](
            [
                Column(lambda: self.tr("No."), lambda entry: str(entry.seq)),
                Column(
                    lambda: self.tr("When"),
                    lambda entry: entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                ),
                Column(lambda: self.tr("Who"), lambda entry: actor_label(entry.actor)),
                Column(lambda: self.tr("What"), lambda entry: action_label(entry.action)),
                Column(
                    lambda: self.tr("Record"),
                    lambda entry: f"{record_type_label(entry.record_type)} {entry.record_id[:8]}",
                ),
            ]
        )
        self.table = RecordTableView(self.model, self, stretch=4)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setAccessibleName(self.tr("Verify chain"))
        self.more_button = QPushButton(self.tr("Show &older entries"), self)
        self.more_button.setAccessibleName(self.tr("Show older entries"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh audit log"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Verification result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.verify_button.clicked.connect(self.verify)
        self.more_button.clicked.connect(self.load_older)
        self.refresh_button.clicked.connect(self.refresh)

    def refresh(self) -> None:
        """Show the newest page again."""
        self.model.clear()
        self._oldest_seq = None
        self.load_older()

    def load_older(self) -> None:
        """Append the next page of older entries."""
        entries = list_audit_entries(self._session, limit=PAGE_SIZE, before_seq=self._oldest_seq)
        self.model.append_rows(entries)
        if entries:
            self._oldest_seq = entries[-1].seq
        self.more_button.setEnabled(len(entries) == PAGE_SIZE)

    def verify(self) -> None:
        """Check the whole chain in a worker."""
        if self._worker is not None:
            return
        session = self._session
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking…"))
        self._worker = start_worker(
            lambda: verify_audit_chain(session), self._verified, self._failed
        )

    def _verified(self, outcome: Any) -> None:
        self._worker = None
        self.verify_button.setEnabled(True)
        checked, chain_break = outcome
        if chain_break is None:
            self.result.setStyleSheet(OK_STYLE)
            self.result.setText(self.tr("The log is intact: %n entry(s) checked.", "", checked))
            return
        problem = PROBLEMS.get(chain_break.problem)
        reason = (
            QCoreApplication.translate("AuditView", str(problem))
            if problem
            else chain_break.problem
        )
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(
            self.tr("The log was tampered with at entry %1: %2.")
            .replace("%1", str(chain_break.seq))
            .replace("%2", reason)
        )

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.verify_button.setEnabled(True)
        self.result.setText(describe(error))
