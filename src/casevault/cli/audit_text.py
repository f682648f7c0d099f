"""The audit log's codes in words for people: what was done (`case.create`), to what kind of
record, by whom. The same words as the app's audit view, in the CLI's own catalog; an action
this version does not know (a newer vault's) is shown as recorded rather than hidden."""

from __future__ import annotations

from casevault.cli.i18n import N_, _

# Translators: what an entry of the audit log records, as a short sentence.
_ACTION_WORDS: dict[str, str] = {
    "vault.create": N_("Vault created"),
    "vault.recover": N_("Opened with the recovery code"),
    "vault.passphrase_change": N_("Passphrase changed"),
    "vault.rekey": N_("Database re-encrypted with a new key"),
    "vault.recovery_code_replace": N_("Recovery code replaced"),
    "case.create": N_("Case created"),
    "case.edit": N_("Case edited"),
    "case.delete": N_("Case deleted"),
    "case.restore": N_("Case restored"),
    "case.erase": N_("Case erased at the man's request"),
    "case.import": N_("Case received from a bundle"),
    "case.merge": N_("Case changed by a bundle"),
    "case.link": N_("Possible duplicates linked"),
    "case.unlink": N_("Link between cases removed"),
    "case.unmerge": N_("Merged cases separated"),
    "case.access_report": N_("Copy of everything held on the man made"),
    "case.partner_closed": N_("A partner closed their copy"),
    "timeline.add": N_("Timeline event added"),
    "dossier.attest": N_("Asylum dossier signed by the organisation"),
    "draft.keep": N_("Unsaved changes kept when the vault locked"),
    "draft.restore": N_("Kept changes restored to an editor"),
    "draft.discard": N_("Kept changes discarded"),
    "attachment.add": N_("Attachment added"),
    "attachment.import": N_("Attachment received from a bundle"),
    "attachment.delete": N_("Attachment deleted"),
    "attachment.copy_out": N_("Attachment copied out of the vault"),
    "attachment.derive": N_("Derived copy of an attachment added"),
    "attachment.examine": N_("Examination note signed on a document"),
    "attachment.examination_import": N_("Examination note received from a bundle"),
    "evaluator.add": N_("Evaluator added"),
    "evaluation.create": N_("Draft evaluation started"),
    "evaluation.edit": N_("Draft evaluation edited"),
    "evaluation.delete": N_("Draft evaluation deleted"),
    "evaluation.finalise": N_("Evaluation signed"),
    "evaluation.supersede": N_("Evaluation corrected"),
    "evaluation.import": N_("Evaluation received from a bundle"),
    "bundle.export": N_("Bundle sent"),
    "bundle.import": N_("Bundle received"),
    "transport.set": N_("Transport folders set"),
    "transport.clear": N_("Transport folders forgotten"),
    "transport.file": N_("Inbox file handled"),
    "consent.override": N_("Sent without the man's consent (reason recorded)"),
    "conflict.resolve": N_("Conflict resolved"),
    "erasure_notice.comply": N_("Erased on a partner's erasure notice"),
    "consent.grant": N_("Consent recorded"),
    "consent.withdraw": N_("Consent withdrawn"),
    "identity.key_rotation": N_("Our keys rotated"),
    "identity.key_revocation": N_("Our keys revoked"),
    "partner.add": N_("Partner added"),
    "partner.new_card": N_("Partner's new identity card added"),
    "partner.verify": N_("Partner verified"),
    "partner.revoke": N_("Partner revoked"),
    "partner.profile": N_("Partner's redaction profile changed"),
    "partner.keys_rotated": N_("Partner's keys changed"),
    "partner.keys_revoked": N_("Partner's keys revoked"),
    "profile.save": N_("Redaction profile saved"),
    "identity.export": N_("Identity card exported"),
    "identity.announce": N_("Key change announced to partners"),
    "node.join": N_("Request to join the organisation made"),
    "node.enrol": N_("Laptop enrolled"),
    "node.remove": N_("Laptop removed"),
    "node.keys_create": N_("Laptop keys made"),
    "node.certify": N_("Laptop keys certified by the organisation"),
    "node.revocation_receive": N_("Revoked laptop noted"),
    "node.drop_org_keys": N_("Organisation keys removed from this laptop"),
    "settings.clearance": N_("Clearance rule changed"),
    "settings.unlock_guard": N_("Wrong-passphrase limit changed"),
    "settings.duress": N_("Duress passphrase setting changed"),
    "settings.needs_action": N_("“Needs action” setting changed"),
}

# What kind of record an entry is about (its `record_type`).
_RECORD_TYPE_WORDS: dict[str, str] = {
    "vault": N_("Vault"),
    "case": N_("Case"),
    "evaluation": N_("Evaluation"),
    "evaluator": N_("Evaluator"),
    "partner": N_("Partner"),
    "node": N_("Laptop"),
    "organisation": N_("Organisation"),
    "settings": N_("Settings"),
    "profile": N_("Redaction profile"),
    "draft": N_("Kept changes"),
    "bundle": N_("Bundle"),
    "consent": N_("Consent"),
    "consent_override": N_("Sending without consent"),
}

# Who: the services' default actor is a role, not a name.
_ACTOR_WORDS: dict[str, str] = {"caseworker": N_("Caseworker")}


def action_words(action: str) -> str:
    """An audit action ("evaluation.finalise") in words."""
    word = _ACTION_WORDS.get(action)
    return _(word) if word else action


def record_type_words(record_type: str) -> str:
    """The kind of record an entry is about ("case") in words."""
    word = _RECORD_TYPE_WORDS.get(record_type)
    return _(word) if word else record_type


def actor_words(actor: str) -> str:
    """Who did it: the default role in words, a name as recorded."""
    word = _ACTOR_WORDS.get(actor)
    return _(word) if word else actor
