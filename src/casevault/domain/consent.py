"""Consent: what the man agreed about where his file may go, and the rule that reads it.

A consent record is one statement by the man, kept for good (append-only): "my file may go to
this partner / to this kind of partner" (a grant) or "it may no longer go there" (a
withdrawal). Nothing is ever edited; a change of mind is a new record, so the history of what he
said, when and how it was recorded stays readable. `consent_for` decides, for one case, one
partner and one moment, whether his file may go there. Explained for people in docs/rights.md.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from casevault.domain.bounds import LongText, Name, ShortText
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem, invalid_field_from, refuse
from casevault.domain.organisation import PartnerKind

# A consent note or an override reason is a few sentences, not a file: bounded like a check note.
MAX_CONSENT_NOTE = 2_000
MAX_OVERRIDE_REASON = 2_000


def _bounded_note(value: str) -> str:
    if len(value) > MAX_CONSENT_NOTE:
        raise refuse(Problem.TOO_LONG, "note too long", limit=MAX_CONSENT_NOTE)
    return value


ConsentNote = Annotated[LongText, AfterValidator(_bounded_note)]
PartnerId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z._:-]+$")]


class ConsentAction(StrEnum):
    """What the statement says."""

    GRANT = "grant"  # his file may go there
    WITHDRAW = "withdraw"  # it may no longer go there (or: he refuses it)


class ConsentMethod(StrEnum):
    """How his statement was recorded; the proof a partner or a court may ask for."""

    SIGNED_FORM = "signed_form"  # a form he signed (optionally stored as an attachment)
    ORAL_WITNESSED = "oral_witnessed"  # said aloud before a named witness
    MESSAGE = "message"  # a message from him (chat, e-mail)
    OTHER = "other"  # anything else, described in the note


class ConsentStatus(StrEnum):
    """The answer of `consent_for`."""

    GRANTED = "granted"
    WITHDRAWN = "withdrawn"
    NONE = "none"  # he never said anything covering this partner


class ConsentRecord(BaseModel):
    """One statement by the man about one partner or one kind of partner. Immutable.

    Exactly one of `partner_id` and `partner_kind` is set. `witness` is required for an oral
    statement and empty otherwise; `attachment_id` only goes with a signed form; a method of
    OTHER needs a note saying what it was. `given_at` is when he said it (never after it was
    recorded), `recorded_at` when a caseworker (`recorded_by`) entered it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    action: ConsentAction
    partner_id: PartnerId | None = None
    partner_kind: PartnerKind | None = None
    method: ConsentMethod
    attachment_id: uuid.UUID | None = None
    witness: Name = ""
    note: ConsentNote = ""
    given_at: dt.datetime
    recorded_at: dt.datetime
    recorded_by: ShortText

    @model_validator(mode="after")
    def _consistent(self) -> ConsentRecord:
        if (self.partner_id is None) == (self.partner_kind is None):
            raise refuse(Problem.CONSENT_SCOPE, "one partner or one kind", field="scope")
        if self.method is ConsentMethod.ORAL_WITNESSED and not self.witness:
            raise refuse(Problem.WITNESS_NEEDED, "witness needed", field="witness")
        if self.method is not ConsentMethod.ORAL_WITNESSED and self.witness:
            raise refuse(Problem.WITNESS_NOT_ALLOWED, "witness not allowed", field="witness")
        if self.attachment_id is not None and self.method is not ConsentMethod.SIGNED_FORM:
            raise refuse(
                Problem.ATTACHMENT_NOT_ALLOWED, "attachment not allowed", field="attachment_id"
            )
        if self.method is ConsentMethod.OTHER and not self.note.strip():
            raise refuse(Problem.METHOD_NOT_DESCRIBED, "say how", field="note")
        for moment in (self.given_at, self.recorded_at):
            if moment.tzinfo is None:
                raise refuse(Problem.NEEDS_TIME_ZONE, "time zone", field="given_at")
        if self.given_at > self.recorded_at:
            raise refuse(Problem.GIVEN_AFTER_RECORDED, "given after recorded", field="given_at")
        return self

    def covers(self, partner_id: str, partner_kind: PartnerKind | None) -> bool:
        """True if this statement is about this partner (by id, or by its kind)."""
        if self.partner_id is not None:
            return self.partner_id == partner_id
        return partner_kind is not None and self.partner_kind is partner_kind


class ConsentDecision(BaseModel):
    """Whether one case's file may go to one partner at one moment, and which record says so.

    `record` is the statement that decided (a grant for GRANTED, a withdrawal for WITHDRAWN),
    None for NONE.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: uuid.UUID
    partner_id: PartnerId
    partner_kind: PartnerKind | None
    at: dt.datetime
    status: ConsentStatus
    record: ConsentRecord | None = None

    @property
    def allowed(self) -> bool:
        """True only for GRANTED."""
        return self.status is ConsentStatus.GRANTED


def _sort_key(record: ConsentRecord) -> tuple[dt.datetime, int, int]:
    # Latest statement last. On the same instant a withdrawal outranks a grant (the cautious
    # reading), and a statement naming the partner outranks one naming its kind.
    return (
        record.given_at,
        int(record.action is ConsentAction.WITHDRAW),
        int(record.partner_id is not None),
    )


def consent_for(
    records: Iterable[ConsentRecord],
    partner_id: str,
    partner_kind: PartnerKind | None,
    at: dt.datetime,
    *,
    case_id: uuid.UUID,
) -> ConsentDecision:
    """Decide whether `case_id`'s file may go to the partner at `at`.

    The rule: among his statements about this case that cover the partner (by id, or by the
    partner's kind) and were given no later than `at`, the latest one decides. A grant makes
    it GRANTED, a withdrawal WITHDRAWN; no covering statement means NONE. On a tie the
    withdrawal wins. Records of other cases are ignored. Pure: no clock, no storage.
    """
    covering = [
        record
        for record in records
        if record.case_id == case_id
        and record.given_at <= at
        and record.covers(partner_id, partner_kind)
    ]
    if not covering:
        return ConsentDecision(
            case_id=case_id,
            partner_id=partner_id,
            partner_kind=partner_kind,
            at=at,
            status=ConsentStatus.NONE,
        )
    deciding = max(covering, key=_sort_key)
    status = (
        ConsentStatus.GRANTED if deciding.action is ConsentAction.GRANT else ConsentStatus.WITHDRAWN
    )
    return ConsentDecision(
        case_id=case_id,
        partner_id=partner_id,
        partner_kind=partner_kind,
        at=at,
        status=status,
        record=deciding,
    )


def validate_consent_record(data: dict[str, Any]) -> ConsentRecord:
    """Build a ConsentRecord from untrusted input; InvalidField names the first problem."""
    try:
        return ConsentRecord.model_validate(data)
    except ValidationError as exc:
        # Cross-field rules name the field they are about (refuse(..., field=...)).
        raise invalid_field_from(exc, "consent") from exc


def validate_override_reason(untrusted_reason: str) -> str:
    """The written reason for exporting without consent: non-empty, bounded, no control
    characters (tab and newline allowed). Raises InvalidField("override_reason", ...)."""
    reason = untrusted_reason.strip()
    if not reason:
        raise InvalidField("override_reason", Problem.EMPTY)
    if len(reason) > MAX_OVERRIDE_REASON:
        raise InvalidField("override_reason", Problem.TOO_LONG, limit=MAX_OVERRIDE_REASON)
    try:
        _Reason(text=reason)
    except ValidationError as exc:
        raise InvalidField("override_reason", Problem.CONTROL_CHARACTERS) from exc
    return reason


class _Reason(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: LongText
