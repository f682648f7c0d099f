"""Examination notes: an evaluator's signed finding on one document, and its canonical bytes.

"Examined on DATE by NAME: consistent" or "anomalies: ...". A note is signed when it is made
(there is no draft) by the organisation's Ed25519 and ML-DSA-65 keys, like an evaluation, under
its own context label, so neither signature is ever valid as the other. The signed statement
binds the note to the case id, the attachment id AND the attachment's SHA-256: a note moved to
another file, or a file swapped under the note, no longer verifies.
Spec: docs/spec/examination.md.
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

from casevault.domain.bounds import LongText, SaneDate
from casevault.domain.canonical_json import decode_canonical, encode_canonical
from casevault.domain.errors import ExaminationPayloadInvalid
from casevault.domain.evaluation import (
    EvaluatorInfo,
    SignerInfo,
    check_signed_by_own_organisation,
    signed_at_text,
    whole_utc_seconds,
)
from casevault.domain.field_problems import Problem, invalid_field_from, refuse

STATEMENT_FORMAT: Final = "casevault/examination"
STATEMENT_VERSION: Final = 1
# The label both signatures are bound to (an evaluation's is "casevault/evaluation/v1").
SIGNING_CONTEXT = b"casevault/examination/v1"
MAX_NOTE_TEXT = 4_000
# Largest statement: 4,000 characters at up to 4 bytes each, names and structure. Anything
# bigger is refused before parsing.
MAX_PAYLOAD = 32 * 1024


def _bounded_text(value: str) -> str:
    if len(value) > MAX_NOTE_TEXT:
        raise refuse(Problem.TOO_LONG, "note too long", limit=MAX_NOTE_TEXT)
    return unicodedata.normalize("NFC", value)


NoteText = Annotated[LongText, AfterValidator(_bounded_text)]


class ExaminationResult(StrEnum):
    """What the examiner found."""

    CONSISTENT = "consistent"
    ANOMALIES = "anomalies"
    CANNOT_TELL = "cannot_tell"


class ExaminationNote(BaseModel):
    """The finding itself. An "anomalies" note must say what they are (`text` not empty)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    attachment_id: uuid.UUID
    attachment_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    evaluator_id: uuid.UUID
    organisation_id: Annotated[
        str, Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z._:-]+$")
    ]
    examined_on: SaneDate
    result: ExaminationResult
    text: NoteText = ""

    @model_validator(mode="after")
    def _anomalies_are_named(self) -> ExaminationNote:
        if self.result is ExaminationResult.ANOMALIES and not self.text.strip():
            raise refuse(
                Problem.ANOMALIES_NOT_DESCRIBED, "anomalies must be described", field="text"
            )
        return self


class ExaminationStatement(BaseModel):
    """Exactly what is signed when a note is made."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["casevault/examination"]
    version: Literal[1]
    note: ExaminationNote
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
    def _consistent(self) -> ExaminationStatement:
        check_signed_by_own_organisation(
            "note", self.note.evaluator_id, self.note.organisation_id, self.evaluator, self.signer
        )
        return self


def new_note(data: dict[str, Any]) -> ExaminationNote:
    """Build a note from input; raise InvalidField naming the first bad field."""
    try:
        return ExaminationNote.model_validate(data)
    except ValidationError as exc:
        raise invalid_field_from(exc, "text") from exc


def make_statement(
    note: ExaminationNote, evaluator: EvaluatorInfo, key_fingerprint: str, signed_at: dt.datetime
) -> ExaminationStatement:
    """The statement to sign for `note`; `signed_at` is cut to whole UTC seconds."""
    return ExaminationStatement(
        format=STATEMENT_FORMAT,
        version=STATEMENT_VERSION,
        note=note,
        evaluator=evaluator,
        signer=SignerInfo(organisation_id=note.organisation_id, key_fingerprint=key_fingerprint),
        signed_at=signed_at.astimezone(dt.UTC).replace(microsecond=0),
    )


def encode_statement(statement: ExaminationStatement) -> bytes:
    """Canonical bytes: JSON, keys sorted, no whitespace, UTF-8 (not \\u-escaped), NFC text."""
    return encode_canonical(statement)


def decode_statement(untrusted_payload: bytes) -> ExaminationStatement:
    """Parse signed bytes back into a statement; only the canonical encoding is accepted.

    Raises ExaminationPayloadInvalid with a reason code. Decoding is not verifying: what it
    returns is trusted only once both signatures verified (services/examination_verify.py).
    """
    return decode_canonical(
        untrusted_payload, ExaminationStatement, MAX_PAYLOAD, ExaminationPayloadInvalid
    )
