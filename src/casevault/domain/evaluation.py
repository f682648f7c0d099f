"""Evaluations: one screening of one case by one evaluator, and its canonical signed form.

A draft is an `Evaluation` that may still change. Finalising wraps it in an
`EvaluationStatement` (who evaluated, who signs, when) and encodes that statement as canonical
bytes, which the organisation signs. Spec: docs/spec/evaluation.md ("Canonical encoding").
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_serializer,
    field_validator,
    model_validator,
)

from casevault.domain.bounds import LongText, Name, SaneDate, ShortText
from casevault.domain.canonical_json import decode_canonical, encode_canonical
from casevault.domain.errors import EvaluationIncomplete, EvaluationPayloadInvalid, InvalidField
from casevault.domain.field_problems import Problem, invalid_field_from, refuse

STATEMENT_FORMAT: Final = "casevault/evaluation"
STATEMENT_VERSION: Final = 1
# The label both signatures are bound to: an evaluation signature is never valid as anything else.
SIGNING_CONTEXT = b"casevault/evaluation/v1"
MAX_CHECK_NOTE = 2_000
MAX_LINKS = 50  # attachments or timeline events one evaluation may point to
# Largest possible statement: 20,000-character notes and five 2,000-character check notes, at up
# to 4 bytes per character, plus structure. Anything bigger is refused before parsing.
MAX_PAYLOAD = 256 * 1024


def _nfc(value: str) -> str:
    # One spelling per text: "é" typed as one code point or as e + accent signs the same bytes.
    return unicodedata.normalize("NFC", value)


def _check_note_length(value: str) -> str:
    if len(value) > MAX_CHECK_NOTE:
        raise refuse(Problem.TOO_LONG, "check note too long", limit=MAX_CHECK_NOTE)
    return value


EvaluationText = Annotated[LongText, AfterValidator(_nfc)]
CheckNote = Annotated[LongText, AfterValidator(_check_note_length), AfterValidator(_nfc)]
PersonLabel = Annotated[Name, AfterValidator(_nfc)]
RoleText = Annotated[ShortText, AfterValidator(_nfc)]
OrganisationId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z._:-]+$")]
Fingerprint = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Method(StrEnum):
    """How the evaluator checked."""

    INTERVIEW = "interview"
    DOCUMENTS = "documents"
    OPEN_SOURCE = "open_source"
    REFERENCES = "references"
    OTHER = "other"


class CheckState(StrEnum):
    """The outcome of one checklist item."""

    NOT_CHECKED = "not_checked"
    CHECKED = "checked"
    CONCERNS = "concerns"


class Verdict(StrEnum):
    """The evaluator's conclusion."""

    CLEARED = "cleared"
    NOT_CLEARED = "not_cleared"
    INCONCLUSIVE = "inconclusive"


class Confidence(StrEnum):
    """How sure the evaluator is of the verdict."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EvaluationState(StrEnum):
    """Draft (editable, deletable) or finalised (signed, immutable)."""

    DRAFT = "draft"
    FINALISED = "finalised"


class CheckItem(BaseModel):
    """One checklist item: its state and a note saying what was seen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    state: CheckState = CheckState.NOT_CHECKED
    note: CheckNote = ""


class Checklist(BaseModel):
    """What every screening looks at. Items are fixed so that two evaluations compare."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    deployment: CheckItem = CheckItem()  # places and dates of deployment
    unit_record: CheckItem = CheckItem()  # the unit and its known record
    civilian_harm: CheckItem = CheckItem()  # any part in operations against civilians
    callup_proof: CheckItem = CheckItem()  # proof of call-up (asked for by asylum courts)
    identity_documents: CheckItem = CheckItem()


CHECK_ITEMS: tuple[str, ...] = tuple(Checklist.model_fields)


class Evaluation(BaseModel):
    """One screening. Lists are kept sorted and free of duplicates, so equal content encodes
    to equal bytes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    evaluator_id: uuid.UUID
    organisation_id: OrganisationId
    date: SaneDate
    methods: list[Method] = Field(default_factory=list, max_length=len(Method))
    checklist: Checklist = Checklist()
    verdict: Verdict
    confidence: Confidence
    notes: EvaluationText = ""
    attachment_ids: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_LINKS)
    timeline_event_ids: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_LINKS)
    supersedes: uuid.UUID | None = None

    @field_validator("methods")
    @classmethod
    def _sorted_methods(cls, value: list[Method]) -> list[Method]:
        return sorted(set(value), key=lambda method: method.value)

    @field_validator("attachment_ids", "timeline_event_ids")
    @classmethod
    def _sorted_ids(cls, value: list[uuid.UUID]) -> list[uuid.UUID]:
        return sorted(set(value), key=str)


# What a draft's author may change; identity, case, author and the superseded id are fixed.
EDITABLE_FIELDS: tuple[str, ...] = (
    "date",
    "methods",
    "checklist",
    "verdict",
    "confidence",
    "notes",
    "attachment_ids",
    "timeline_event_ids",
)


class Evaluator(BaseModel):
    """A person of an organisation who screens cases and finalises evaluations."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    name: Annotated[PersonLabel, Field(min_length=1)]
    role: RoleText = ""
    organisation_id: OrganisationId
    created_at: dt.datetime


class EvaluatorInfo(BaseModel):
    """The evaluator as named inside a signed statement."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    name: Annotated[PersonLabel, Field(min_length=1)]
    role: RoleText
    organisation_id: OrganisationId


class SignerInfo(BaseModel):
    """Which organisation signed, and with which keys (SHA-256 fingerprint, lowercase hex)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation_id: OrganisationId
    key_fingerprint: Fingerprint


def whole_utc_seconds(value: dt.datetime) -> dt.datetime:
    """A signing time as signed statements carry it: UTC, whole seconds. Raises ValueError."""
    if value.utcoffset() != dt.timedelta(0) or value.microsecond:
        raise ValueError("must be UTC, whole seconds")
    return value.astimezone(dt.UTC)


def signed_at_text(value: dt.datetime) -> str:
    """The signing time as written in a signed statement."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def check_signed_by_own_organisation(
    subject: str,
    evaluator_id: uuid.UUID,
    organisation_id: str,
    evaluator: EvaluatorInfo,
    signer: SignerInfo,
) -> None:
    """An organisation signs only for its own evaluators, about the evaluator it names: the
    `subject` (an evaluation, a note) names `evaluator`, and all three name one organisation.
    Raises ValueError."""
    if evaluator.id != evaluator_id:
        raise ValueError(f"evaluator does not match the {subject}")
    if len({organisation_id, evaluator.organisation_id, signer.organisation_id}) != 1:
        raise ValueError(f"{subject}, evaluator and signer organisations differ")


class EvaluationStatement(BaseModel):
    """Exactly what is signed when an evaluation is finalised."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["casevault/evaluation"]
    version: Literal[1]
    evaluation: Evaluation
    evaluator: EvaluatorInfo
    signer: SignerInfo
    signed_at: dt.datetime

    @field_validator("signed_at")
    @classmethod
    def _whole_utc_seconds(cls, value: dt.datetime) -> dt.datetime:
        return whole_utc_seconds(value)

    @field_serializer("signed_at")
    def _signed_at_text(self, value: dt.datetime) -> str:
        return signed_at_text(value)

    @model_validator(mode="after")
    def _consistent(self) -> EvaluationStatement:
        check_signed_by_own_organisation(
            "evaluation",
            self.evaluation.evaluator_id,
            self.evaluation.organisation_id,
            self.evaluator,
            self.signer,
        )
        return self


def make_statement(
    evaluation: Evaluation, evaluator: Evaluator, key_fingerprint: str, signed_at: dt.datetime
) -> EvaluationStatement:
    """The statement to sign for `evaluation`; `signed_at` is cut to whole UTC seconds."""
    return EvaluationStatement(
        format=STATEMENT_FORMAT,
        version=STATEMENT_VERSION,
        evaluation=evaluation,
        evaluator=EvaluatorInfo(
            id=evaluator.id,
            name=evaluator.name,
            role=evaluator.role,
            organisation_id=evaluator.organisation_id,
        ),
        signer=SignerInfo(
            organisation_id=evaluation.organisation_id, key_fingerprint=key_fingerprint
        ),
        signed_at=signed_at.astimezone(dt.UTC).replace(microsecond=0),
    )


def encode_statement(statement: EvaluationStatement) -> bytes:
    """Canonical bytes: JSON, keys sorted, no whitespace, UTF-8 (not \\u-escaped), NFC text."""
    return encode_canonical(statement)


def decode_statement(untrusted_payload: bytes) -> EvaluationStatement:
    """Parse signed bytes back into a statement; only the canonical encoding is accepted.

    Raises EvaluationPayloadInvalid with a reason code. Call only after the signature verified.
    """
    return decode_canonical(
        untrusted_payload, EvaluationStatement, MAX_PAYLOAD, EvaluationPayloadInvalid
    )


def _invalid(exc: ValidationError, default: str) -> InvalidField:
    return invalid_field_from(exc, default)


def validate_evaluation(data: dict[str, Any]) -> Evaluation:
    """Build an Evaluation from untrusted input; raise InvalidField naming the first bad field."""
    try:
        return Evaluation.model_validate(data)
    except ValidationError as exc:
        raise _invalid(exc, "evaluation") from exc


def new_evaluator(name: str, role: str, organisation_id: str, created_at: dt.datetime) -> Evaluator:
    """A new evaluator with a fresh id; raise InvalidField naming the first bad field."""
    try:
        return Evaluator(
            id=uuid.uuid4(),
            name=name,
            role=role,
            organisation_id=organisation_id,
            created_at=created_at,
        )
    except ValidationError as exc:
        raise _invalid(exc, "evaluator") from exc


def apply_draft_changes(current: Evaluation, changes: dict[str, Any]) -> Evaluation:
    """A draft with `changes` applied and validated. Checklist items are edited one by one
    ({"checklist": {"civilian_harm": {"state": "checked"}}} keeps the other items and the note).
    Raises InvalidField for a bad value or a field that is not editable."""
    fixed = sorted(set(changes) - set(EDITABLE_FIELDS))
    if fixed:
        raise InvalidField(fixed[0], Problem.NOT_EDITABLE)
    merged = current.model_dump(mode="json")
    for name, value in changes.items():
        if name == "checklist" and isinstance(value, dict):
            checklist = dict(merged["checklist"])
            for item, item_changes in value.items():
                if isinstance(item_changes, dict) and item in checklist:
                    checklist[item] = {**checklist[item], **item_changes}
                else:
                    checklist[item] = item_changes
            merged["checklist"] = checklist
        else:
            merged[name] = value
    return validate_evaluation(merged)


def changed_fields(old: Evaluation, new: Evaluation) -> list[str]:
    """Names of the fields whose values differ (for the audit log: names, never values)."""
    return [name for name in Evaluation.model_fields if getattr(old, name) != getattr(new, name)]


def check_ready_to_finalise(evaluation: Evaluation) -> None:
    """Refuse to sign an evaluation that cannot stand as a screening.

    At least one method must be named, and a "cleared" verdict needs the item the whole
    screening exists for — any part in operations against civilians — checked without concerns.
    Raises EvaluationIncomplete naming the missing part.
    """
    if not evaluation.methods:
        raise EvaluationIncomplete("methods")
    if (
        evaluation.verdict is Verdict.CLEARED
        and evaluation.checklist.civilian_harm.state is not CheckState.CHECKED
    ):
        raise EvaluationIncomplete("checklist.civilian_harm")
