"""The one resolver of what a person types for a record — a full id or a short prefix of it —
for cases, partners, evaluators, evaluations and attachments, in the CLI and the app alike.

Rules, the same for every kind: surrounding spaces are ignored; an exact id always wins; a
prefix needs at least MIN_PREFIX characters and must match exactly one record. Ids that are
UUIDs are matched without regard to case and only from hex digits and dashes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from casevault.services.errors import (
    AmbiguousCaseId,
    AmbiguousId,
    AmbiguousPartnerId,
    AttachmentNotFound,
    CaseNotFound,
    EvaluationNotFound,
    EvaluatorNotFound,
    PartnerNotFound,
    ServiceError,
)
from casevault.vault.connection import Connection
from casevault.vault.repos.short_ids import IdTable, find_ids_by_prefix

MIN_PREFIX = 4
_UUID_PREFIX = re.compile(r"^[0-9a-f-]{1,36}$")


class IdKind(Enum):
    """What kind of record a typed id names."""

    CASE = "case"
    PARTNER = "partner"
    EVALUATOR = "evaluator"
    EVALUATION = "evaluation"
    ATTACHMENT = "attachment"


@dataclass(frozen=True)
class _Rules:
    table: IdTable
    uuid_ids: bool
    not_found: Callable[[str], ServiceError]
    ambiguous: Callable[[str, int], ServiceError]


def _ambiguous(record_type: str) -> Callable[[str, int], ServiceError]:
    return lambda ref, _matches: AmbiguousId(record_type, ref)


_RULES: dict[IdKind, _Rules] = {
    IdKind.CASE: _Rules(IdTable.CASES, True, CaseNotFound, AmbiguousCaseId),
    # A partner's id is its organisation id as its card gives it: matched as typed.
    IdKind.PARTNER: _Rules(
        IdTable.PARTNERS, False, PartnerNotFound, lambda ref, _n: AmbiguousPartnerId(ref)
    ),
    IdKind.EVALUATOR: _Rules(IdTable.EVALUATORS, True, EvaluatorNotFound, _ambiguous("evaluator")),
    IdKind.EVALUATION: _Rules(
        IdTable.EVALUATIONS, True, EvaluationNotFound, _ambiguous("evaluation")
    ),
    IdKind.ATTACHMENT: _Rules(
        IdTable.ATTACHMENTS, True, AttachmentNotFound, _ambiguous("attachment")
    ),
}


def resolve_id(conn: Connection, kind: IdKind, ref: str) -> str:
    """The stored id of the one record of `kind` that `ref` names.

    Raises the kind's not-found error (CaseNotFound, PartnerNotFound, EvaluatorNotFound,
    EvaluationNotFound, AttachmentNotFound) or its ambiguity error (AmbiguousCaseId,
    AmbiguousPartnerId, AmbiguousId).
    """
    rules = _RULES[kind]
    typed = ref.strip()
    if rules.uuid_ids:
        typed = typed.lower()
        if not _UUID_PREFIX.match(typed):
            raise rules.not_found(typed)
    matches = find_ids_by_prefix(conn, rules.table, typed, limit=2) if typed else []
    if typed in matches:
        return typed
    if not matches or len(typed) < MIN_PREFIX:
        raise rules.not_found(typed)
    if len(matches) > 1:
        raise rules.ambiguous(typed, len(matches))
    return matches[0]


def resolve_uuid(conn: Connection, kind: IdKind, ref: str | uuid.UUID) -> uuid.UUID:
    """Like resolve_id for kinds whose ids are UUIDs; a UUID passes through unchanged."""
    if isinstance(ref, uuid.UUID):
        return ref
    return uuid.UUID(resolve_id(conn, kind, ref))
