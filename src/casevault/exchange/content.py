"""The records a bundle carries, and their schema: what a sender puts in, what an importer accepts.

Each record is one JSON object in the container (exchange/records.py), tagged with a kind:

| kind          | what                                                                        |
|---------------|-----------------------------------------------------------------------------|
| `case`        | one case: id, origin, and for each field that leaves, its live versions     |
| `timeline`    | one timeline event (immutable, merged by id)                                |
| `evaluation`  | one finalised evaluation: the exact signed bytes and both signatures         |
| `tombstone`   | a deleted record (removal wins over edits that arrive later)                |
| `attachment`  | an attachment's metadata; its bytes follow as blob `attachment/<id>`        |
| `examination_note` | a signed examination note on one attachment (domain/examination.py)    |
| `key_rotation`, `key_revocation` | the sender's signed key events (exchange/key_events.py) |
| `erasure_notice` | the sender erased a case at the man's request: notice id, case id, when      |
| `ack`         | incremental exchange: the range this bundle covers, and what the sender applied |

Unknown kinds are refused (a newer sender must raise the format version). Every field is bounded;
values of case fields are validated again by the domain model when merged (services/imports.py).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from casevault.crypto.signing import DualSignature
from casevault.domain.case import EDITABLE_FIELDS
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.wire_time import WireDate, WireTime, is_wire_date

DATE_FIELDS = frozenset({"date_of_birth", "callup_date"})
MAX_VERSIONS_PER_FIELD = 32  # a field with this many unresolved concurrent edits is abuse
MAX_SIGNED_PAYLOAD = 256 * 1024
MAX_NOTE_PAYLOAD = 32 * 1024  # domain/examination.py MAX_PAYLOAD
Identifier = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]
Stamp = Annotated[str, Field(min_length=23, max_length=88)]


class WireVersion(BaseModel):
    """One version of one field: value, version vector, HLC stamp."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: Any
    vector: list[tuple[Identifier, Annotated[int, Field(gt=0, lt=2**53)]]] = Field(max_length=256)
    stamp: Stamp


class CaseRecord(BaseModel):
    """A case as it travels: only the fields the redaction profile lets out are present."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    origin_org: Identifier
    created_at: WireTime
    fields: dict[str, list[WireVersion]]

    def check_fields(self) -> None:
        """Refuse unknown field names and absurd version counts."""
        for name, versions in self.fields.items():
            if name not in EDITABLE_FIELDS:
                raise ContentInvalid("case", name)
            if not 1 <= len(versions) <= MAX_VERSIONS_PER_FIELD:
                raise ContentInvalid("case", name)
            if name in DATE_FIELDS and any(
                v.value is not None and not is_wire_date(v.value) for v in versions
            ):
                raise ContentInvalid("case", name)  # a date travels as YYYY-MM-DD, nothing else


class TimelineRecord(BaseModel):
    """One timeline event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    date: WireDate
    kind: Annotated[str, Field(max_length=200)]
    text: Annotated[str, Field(min_length=1, max_length=4000)]
    created_at: WireTime
    origin_org: Identifier


class EvaluationRecord(BaseModel):
    """A finalised evaluation exactly as signed: the payload is re-verified on import."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    payload: Annotated[str, Field(max_length=MAX_SIGNED_PAYLOAD * 2)]
    sig_ed25519: Annotated[str, Field(max_length=200)]
    sig_mldsa65: Annotated[str, Field(max_length=6000)]
    finalised_at: WireTime

    def payload_bytes(self) -> bytes:
        """The signed statement bytes."""
        return _b64(self.payload, "payload")

    def signatures(self) -> tuple[bytes, bytes]:
        """(Ed25519, ML-DSA-65) signature bytes."""
        return _b64(self.sig_ed25519, "sig_ed25519"), _b64(self.sig_mldsa65, "sig_mldsa65")


class TombstoneRecord(BaseModel):
    """A deletion that travels: the record stays deleted wherever this arrives."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    record_type: Literal["case"]
    record_id: uuid.UUID
    deleted_at: WireTime


def _b64(text: str, field: str, kind: str = "evaluation") -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ContentInvalid(kind, field) from exc


def b64(data: bytes) -> str:
    """Base64 text for binary values in records."""
    return base64.b64encode(data).decode("ascii")


class AttachmentRecord(BaseModel):
    """An attachment's metadata; its bytes follow as the blob `attachment/<id>`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    filename: Annotated[str, Field(min_length=1, max_length=200)]
    media_type: Annotated[str, Field(max_length=100, pattern=r"^[a-z]+/[a-z0-9.+-]+$")]
    size: Annotated[int, Field(ge=0, le=2 * 1024**3)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    created_at: WireTime
    origin_org: Identifier
    # Provenance (docs/spec/content-records.md): absent when not recorded.
    received_from: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    received_on: WireDate | None = None
    derived_from: uuid.UUID | None = None
    derived_how: Annotated[str, Field(min_length=1, max_length=200)] | None = None

    @property
    def blob_id(self) -> str:
        """The id of the blob that carries the bytes."""
        return attachment_blob_id(self.id)


class ExaminationNoteRecord(BaseModel):
    """A signed examination note exactly as signed (docs/spec/examination.md). Which case and
    attachment it is about is read from the signed bytes, never from outside them; the note is
    verified every time it is shown (services/examination_verify.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    payload: Annotated[str, Field(max_length=MAX_NOTE_PAYLOAD * 2)]
    sig_ed25519: Annotated[str, Field(max_length=200)]
    sig_mldsa65: Annotated[str, Field(max_length=6000)]

    def parts(self) -> tuple[bytes, DualSignature]:
        """(statement bytes, both signatures)."""
        kind = "examination_note"
        return (
            _b64(self.payload, "payload", kind),
            DualSignature(
                _b64(self.sig_ed25519, "sig_ed25519", kind),
                _b64(self.sig_mldsa65, "sig_mldsa65", kind),
            ),
        )


class KeyRotationRecord(BaseModel):
    """A signed key rotation (exchange/key_events.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    statement: Annotated[str, Field(max_length=16_000)]
    old_ed25519: Annotated[str, Field(max_length=200)]
    old_mldsa65: Annotated[str, Field(max_length=6000)]
    new_ed25519: Annotated[str, Field(max_length=200)]
    new_mldsa65: Annotated[str, Field(max_length=6000)]

    def parts(self) -> tuple[bytes, DualSignature, DualSignature]:
        """(statement, signature by the old keys, signature by the new keys)."""
        kind = "key_rotation"
        return (
            _b64(self.statement, "statement", kind),
            DualSignature(_b64(self.old_ed25519, "old", kind), _b64(self.old_mldsa65, "old", kind)),
            DualSignature(_b64(self.new_ed25519, "new", kind), _b64(self.new_mldsa65, "new", kind)),
        )


class KeyRevocationRecord(BaseModel):
    """A signed key revocation (exchange/key_events.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    statement: Annotated[str, Field(max_length=4000)]
    ed25519: Annotated[str, Field(max_length=200)]
    mldsa65: Annotated[str, Field(max_length=6000)]

    def parts(self) -> tuple[bytes, DualSignature]:
        """(statement, signature by the revoked keys)."""
        kind = "key_revocation"
        return (
            _b64(self.statement, "statement", kind),
            DualSignature(_b64(self.ed25519, "sig", kind), _b64(self.mldsa65, "sig", kind)),
        )


class ErasureNoticeRecord(BaseModel):
    """The sender erased this case at the man's request and asks the receiver to erase it too.
    Authentic because the bundle's signature covers every record (the content hash)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    notice_id: uuid.UUID
    case_id: uuid.UUID
    erased_at: WireTime


class AckEntry(BaseModel):
    """The sender applied, without a gap, every change of `node` (of `org`) up to `seq`;
    `bundle` is the bundle of that node that brought it there."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    org: Identifier
    node: Identifier
    seq: Annotated[int, Field(ge=0, lt=2**53)]
    bundle: Identifier


class AckRecord(BaseModel):
    """At most one per bundle (exchange/acks.py): the sender's changes (`base`, `high`] that this
    bundle carries (`complete`: all of them, under its profile), and its acknowledgements."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: Annotated[int, Field(ge=0, lt=2**53)]
    high: Annotated[int, Field(ge=0, lt=2**53)]
    complete: bool
    applied: list[AckEntry] = Field(max_length=10_000)


def attachment_blob_id(attachment_id: uuid.UUID) -> str:
    """Blob id for an attachment's bytes inside a bundle."""
    return f"attachment/{attachment_id}"


RecordModel = (
    CaseRecord
    | TimelineRecord
    | EvaluationRecord
    | TombstoneRecord
    | AttachmentRecord
    | ExaminationNoteRecord
    | KeyRotationRecord
    | KeyRevocationRecord
    | ErasureNoticeRecord
    | AckRecord
)
RECORD_KINDS: dict[str, type[BaseModel]] = {
    "case": CaseRecord,
    "timeline": TimelineRecord,
    "evaluation": EvaluationRecord,
    "tombstone": TombstoneRecord,
    "attachment": AttachmentRecord,
    "examination_note": ExaminationNoteRecord,
    "key_rotation": KeyRotationRecord,
    "key_revocation": KeyRevocationRecord,
    "erasure_notice": ErasureNoticeRecord,
    "ack": AckRecord,
}


def parse_record(kind: str, untrusted: dict[str, Any]) -> RecordModel:
    """Validate one decrypted record. Raises ContentInvalid naming the kind and first bad field."""
    model = RECORD_KINDS.get(kind)
    if model is None:
        raise ContentInvalid(kind[:32], "kind")
    try:
        record = model.model_validate(untrusted)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ContentInvalid(kind, ".".join(str(p) for p in first["loc"]) or kind) from exc
    if isinstance(record, CaseRecord):
        record.check_fields()
    if isinstance(record, AckRecord) and record.high < record.base:
        raise ContentInvalid(kind, "high")
    return record  # type: ignore[return-value]  # one of the four models by construction


class EnrolledPartner(BaseModel):
    """A partner as the organisation holds it, handed to a newly enrolled laptop."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    card: Annotated[str, Field(max_length=64 * 1024)]  # base64 of the signed identity card
    kind: Annotated[str, Field(max_length=40)]
    profile: Annotated[str, Field(max_length=40)]
    verified_at: dt.datetime | None
    verified_by: Annotated[str, Field(max_length=40)] | None
    revoked_at: dt.datetime | None


class EnrolmentRecord(BaseModel):
    """What makes a new laptop a node of the organisation: its identity, keys and partners.

    Travels only in an enrolment bundle, encrypted to the new laptop's own temporary keys;
    the ordinary importer refuses this kind.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    org_id: Identifier
    name: Annotated[str, Field(min_length=1, max_length=200)]
    private_keys: Annotated[str, Field(max_length=400)]  # base64 of crypto.keys.PrivateKeys
    partners: list[EnrolledPartner] = Field(max_length=10_000)


def parse_enrolment(kind: str, untrusted: dict[str, Any]) -> EnrolmentRecord:
    """Validate the one record of an enrolment bundle. Raises ContentInvalid."""
    if kind != "enrolment":
        raise ContentInvalid(kind[:32], "kind")
    try:
        return EnrolmentRecord.model_validate(untrusted)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ContentInvalid(kind, ".".join(str(p) for p in first["loc"]) or kind) from exc
