"""Audit actions: one vocabulary, each a stable "record.verb" name stored in the audit chain."""

from __future__ import annotations

import re

from casevault.domain.audit_actions import AuditAction


def test_every_action_is_a_stable_record_dot_verb_name() -> None:
    values = [action.value for action in AuditAction]
    assert len(values) == len(set(values))
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+", value) for value in values)
    # stored in existing vaults' audit chains: these names may never change
    assert AuditAction.CASE_CREATE == "case.create"
    assert AuditAction.EVALUATION_FINALISE == "evaluation.finalise"
    assert AuditAction("consent.grant") is AuditAction.CONSENT_GRANT
