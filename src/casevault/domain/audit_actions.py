"""Every action the audit log records, by name. One vocabulary for services, the CLI and the
app: a new action is added here (and gets words in both front ends, which tests check).

The values are stored in the audit chain (docs/spec/vault.md): never rename one.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    """What was done. Stored as its value; grouped by the kind of record it touches."""

    ATTACHMENT_ADD = "attachment.add"
    ATTACHMENT_COPY_OUT = "attachment.copy_out"
    ATTACHMENT_DELETE = "attachment.delete"
    ATTACHMENT_DERIVE = "attachment.derive"
    ATTACHMENT_EXAMINATION_IMPORT = "attachment.examination_import"
    ATTACHMENT_EXAMINE = "attachment.examine"
    ATTACHMENT_IMPORT = "attachment.import"

    BUNDLE_EXPORT = "bundle.export"
    BUNDLE_IMPORT = "bundle.import"

    CASE_ACCESS_REPORT = "case.access_report"
    CASE_CREATE = "case.create"
    CASE_DELETE = "case.delete"
    CASE_EDIT = "case.edit"
    CASE_ERASE = "case.erase"
    CASE_IMPORT = "case.import"
    CASE_LINK = "case.link"
    CASE_MERGE = "case.merge"
    CASE_PARTNER_CLOSED = "case.partner_closed"
    CASE_RESTORE = "case.restore"
    CASE_UNLINK = "case.unlink"
    CASE_UNMERGE = "case.unmerge"

    CONFLICT_RESOLVE = "conflict.resolve"

    CONSENT_GRANT = "consent.grant"
    CONSENT_OVERRIDE = "consent.override"
    CONSENT_WITHDRAW = "consent.withdraw"

    DOSSIER_ATTEST = "dossier.attest"

    DRAFT_DISCARD = "draft.discard"
    DRAFT_KEEP = "draft.keep"
    DRAFT_RESTORE = "draft.restore"

    ERASURE_NOTICE_COMPLY = "erasure_notice.comply"

    EVALUATION_CREATE = "evaluation.create"
    EVALUATION_DELETE = "evaluation.delete"
    EVALUATION_EDIT = "evaluation.edit"
    EVALUATION_FINALISE = "evaluation.finalise"
    EVALUATION_IMPORT = "evaluation.import"
    EVALUATION_SUPERSEDE = "evaluation.supersede"

    EVALUATOR_ADD = "evaluator.add"

    IDENTITY_ANNOUNCE = "identity.announce"
    IDENTITY_EXPORT = "identity.export"
    IDENTITY_KEY_REVOCATION = "identity.key_revocation"
    IDENTITY_KEY_ROTATION = "identity.key_rotation"

    NODE_CERTIFY = "node.certify"
    NODE_DROP_ORG_KEYS = "node.drop_org_keys"
    NODE_ENROL = "node.enrol"
    NODE_JOIN = "node.join"
    NODE_KEYS_CREATE = "node.keys_create"
    NODE_REMOVE = "node.remove"
    NODE_REVOCATION_RECEIVE = "node.revocation_receive"

    PARTNER_ADD = "partner.add"
    PARTNER_KEYS_REVOKED = "partner.keys_revoked"
    PARTNER_KEYS_ROTATED = "partner.keys_rotated"
    PARTNER_NEW_CARD = "partner.new_card"
    PARTNER_PROFILE = "partner.profile"
    PARTNER_REVOKE = "partner.revoke"
    PARTNER_VERIFY = "partner.verify"

    PROFILE_SAVE = "profile.save"

    SETTINGS_CLEARANCE = "settings.clearance"
    SETTINGS_DURESS = "settings.duress"
    SETTINGS_NEEDS_ACTION = "settings.needs_action"
    SETTINGS_UNLOCK_GUARD = "settings.unlock_guard"

    TIMELINE_ADD = "timeline.add"

    TRANSPORT_CLEAR = "transport.clear"
    TRANSPORT_FILE = "transport.file"
    TRANSPORT_SET = "transport.set"

    VAULT_CREATE = "vault.create"
    VAULT_PASSPHRASE_CHANGE = "vault.passphrase_change"  # noqa: S105 - an action name
    VAULT_RECOVER = "vault.recover"
    VAULT_RECOVERY_CODE_REPLACE = "vault.recovery_code_replace"
    VAULT_REKEY = "vault.rekey"
