"""The import plan's types: what importing a verified bundle does, record by record.

Made by exchange/import_plan.py (pure), shown by the preview, written by services/imports.py.
Every decision is data: a typed outcome and, where something is not applied, a typed reason.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any

from casevault.domain.case import CaseFields
from casevault.exchange.admission import RecordKind, RefusalReason
from casevault.exchange.content import AttachmentRecord, TimelineRecord
from casevault.exchange.hlc import Timestamp
from casevault.exchange.import_content import ReceivedNote, VerifiedEvaluation
from casevault.exchange.merge import FieldVersion


@dataclass(frozen=True)
class FieldChange:
    """One field whose shown value changes (or that falls into conflict)."""

    field: str
    old: Any
    new: Any
    conflict: bool


@dataclass(frozen=True)
class Refusal:
    """One incoming record (or some of its fields) not applied as sent, and why.

    `display_name` is the case's name as we hold it ("" for a case we do not hold: the sender's
    words are not shown as if they were ours). `count` groups records of one kind about one case
    refused for one reason; `claimed_origin` is the organisation id the record claimed, and
    `claimed_origin_name` our name for it (the start of its id if we do not know it)."""

    kind: RecordKind
    case_id: uuid.UUID
    display_name: str
    reason: RefusalReason
    fields: tuple[str, ...] = ()
    claimed_origin: str = ""
    claimed_origin_name: str = ""
    count: int = 1


class CaseAction(enum.StrEnum):
    """What one incoming case record does."""

    INSERT = "insert"  # a case we do not hold: created
    MERGE = "merge"  # a case we hold: some field versions merged in
    NO_OP = "no_op"  # nothing new (or nothing the sender may change)
    REFUSED = "refused"  # the sender may not change this case: nothing applied


@dataclass(frozen=True)
class CasePlan:
    """What importing one case record does.

    `merged` holds, for each field that changes, its live versions after the merge;
    `new_fields` the case's fields as they will be shown; `origin_org` the origin a new case is
    stored with (an existing case keeps its own)."""

    case_id: uuid.UUID
    display_name: str
    is_new: bool
    deleted_here: bool
    changes: tuple[FieldChange, ...]
    merged: dict[str, tuple[FieldVersion, ...]]
    new_fields: CaseFields
    origin_org: str = ""
    refused: bool = False
    refusals: tuple[Refusal, ...] = ()
    created_at: dt.datetime | None = None  # the sender's creation time, for a new case

    @property
    def conflicts(self) -> tuple[str, ...]:
        """Fields that will wait for a person to choose."""
        return tuple(c.field for c in self.changes if c.conflict)

    @property
    def action(self) -> CaseAction:
        """The outcome, as one value."""
        if self.refused:
            return CaseAction.REFUSED
        if self.is_new:
            return CaseAction.INSERT
        return CaseAction.MERGE if self.merged else CaseAction.NO_OP

    @property
    def writes(self) -> bool:
        """True if applying the plan writes this case."""
        return not self.refused and (self.is_new or bool(self.merged))


@dataclass(frozen=True)
class ClosingNotice:
    """A partner deleted its copy of a case we hold: shown, stored as a notice, never applied."""

    case_id: uuid.UUID
    display_name: str
    closed_at: dt.datetime


@dataclass(frozen=True)
class PlannedEvent:
    """A new timeline event, with the origin it is stored with."""

    record: TimelineRecord
    origin_org: str


@dataclass(frozen=True)
class PlannedAttachment:
    """A new attachment (its `origin_org` already the one it is stored with)."""

    record: AttachmentRecord


@dataclass(frozen=True)
class PlannedDeletion:
    """A case deletion from another of our laptops. `new`: the tombstone is created (else an
    earlier one is kept or moved to the earlier time); `mark_deleted`: the case we hold (or
    this bundle creates) is marked deleted."""

    case_id: uuid.UUID
    deleted_at: dt.datetime
    new: bool
    mark_deleted: bool


class EvaluationRefusal(enum.StrEnum):
    """Why a received, correctly signed evaluation is not stored (services/evaluation_intake)."""

    SUPERSEDES_OTHER_ORGANISATION = "supersedes_other_organisation"
    EVALUATOR_OF_OTHER_ORGANISATION = "evaluator_of_other_organisation"
    SIGNER_REVOKED = "signer_revoked"


class EvaluationSkip(enum.StrEnum):
    """Why a verified evaluation is not taken when the plan is written."""

    ALREADY_HELD = "already_held"
    REFUSED = "refused"  # see the EvaluationRefusal alongside
    CASE_NOT_HELD = "case_not_held"  # not sent, or erased here
    SUPERSEDED_NOT_HELD = "superseded_not_held"  # corrects an evaluation we do not hold
    ALREADY_CORRECTED = "already_corrected"  # that organisation corrected it already


@dataclass(frozen=True)
class SkippedEvaluation:
    """A verified evaluation the plan does not store, and why."""

    evaluation_id: uuid.UUID
    case_id: uuid.UUID
    skip: EvaluationSkip
    refusal: EvaluationRefusal | None = None


@dataclass(frozen=True)
class ImportPlan:
    """Everything applying one verified bundle does, decided without a database.

    Applying writes, in this order: `cases` (those with `writes`), `timeline`, `evaluations`
    (in finalised order, new evaluators with them), `attachments` (bytes streamed from the
    bundle), `deletions`, `closures`. Nothing else is written but the clock (folded with
    `latest_stamp`), the received-from notes of `admitted_case_ids`, the applied-bundle
    record and the audit."""

    bundle_id: str
    sender_org_id: str
    cases: tuple[CasePlan, ...] = ()
    timeline: tuple[PlannedEvent, ...] = ()
    attachments: tuple[PlannedAttachment, ...] = ()
    evaluations: tuple[VerifiedEvaluation, ...] = ()
    examination_notes: tuple[ReceivedNote, ...] = ()  # written after the attachments
    skipped_evaluations: tuple[SkippedEvaluation, ...] = ()
    deletions: tuple[PlannedDeletion, ...] = ()
    closures: tuple[ClosingNotice, ...] = ()
    record_refusals: tuple[Refusal, ...] = ()  # timeline, attachment, tombstone refusals
    erased_here: tuple[uuid.UUID, ...] = ()  # cases erased here whose records were dropped
    latest_stamp: Timestamp | None = None

    @property
    def refusals(self) -> tuple[Refusal, ...]:
        """Every refusal: the case records' first, then the other records'."""
        return tuple(r for p in self.cases for r in p.refusals) + self.record_refusals

    @property
    def admitted_case_ids(self) -> tuple[uuid.UUID, ...]:
        """Cases whose record was admitted (not refused), in bundle order."""
        return tuple(p.case_id for p in self.cases if not p.refused)
