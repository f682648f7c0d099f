"""What a verified bundle carries, decoded once, in the form the import plan reads.

`ImportContent` is made by services/import_verify.py after every check of the bundle held
(signature, sender, content schema, evaluation signatures): each value in it is authentic,
i.e. signed by the bundle's sender, but not yet judged against what we hold. That judgement
is exchange/import_plan.py's. Every case field version is decoded here, once
(`incoming_versions`), so neither the preview nor the apply parses the JSON again. Pure.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from casevault.domain.evaluation import EvaluationStatement
from casevault.domain.examination import ExaminationStatement
from casevault.exchange.content import (
    AttachmentRecord,
    CaseRecord,
    EvaluationRecord,
    ExaminationNoteRecord,
    TimelineRecord,
    TombstoneRecord,
)
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.hlc import ClockError, Timestamp
from casevault.exchange.merge import FieldVersion, canonical_vector

FieldVersions = Mapping[str, tuple[FieldVersion, ...]]


@dataclass(frozen=True)
class VerifiedEvaluation:
    """A received evaluation whose signature verified, with the statement it signs."""

    record: EvaluationRecord
    statement: EvaluationStatement


@dataclass(frozen=True)
class ReceivedNote:
    """A received examination note, decoded (NOT verified: it is verified every time it is
    shown, services/examination_verify.py), with the case it is about read from the signed
    bytes."""

    record: ExaminationNoteRecord
    statement: ExaminationStatement

    @property
    def case_id(self) -> uuid.UUID:
        """The case the signed bytes name."""
        return self.statement.note.case_id


@dataclass(frozen=True)
class IncomingCase:
    """A case record with its field versions decoded."""

    record: CaseRecord
    versions: FieldVersions

    @property
    def id(self) -> uuid.UUID:
        """The case id the record names."""
        return self.record.id


def incoming_versions(record: CaseRecord) -> dict[str, tuple[FieldVersion, ...]]:
    """Decode the versions of every field of a case record. Raises ContentInvalid."""
    # The record's schema (exchange/content.py, WireVersion) already bounds every vector entry
    # as version_from_json would; only the stamp is left to decode.
    try:
        return {
            name: tuple(
                FieldVersion(v.value, canonical_vector(dict(v.vector)), Timestamp.decode(v.stamp))
                for v in versions
            )
            for name, versions in record.fields.items()
        }
    except (ClockError, ValueError, TypeError, KeyError) as exc:
        raise ContentInvalid("case", "fields") from exc


def incoming_case(record: CaseRecord) -> IncomingCase:
    """A case record decoded once. Raises ContentInvalid."""
    return IncomingCase(record, incoming_versions(record))


@dataclass(frozen=True)
class ImportContent:
    """The records of one verified bundle that the import plan judges, in bundle order.

    Evaluations are those whose signature verified and that were not set aside at
    verification (services/import_verify.py). Key events, erasure notices and blobs are not
    here: they are checked at verification and handled by the services."""

    bundle_id: str
    sender_org_id: str
    cases: tuple[IncomingCase, ...] = ()
    timeline: tuple[TimelineRecord, ...] = ()
    attachments: tuple[AttachmentRecord, ...] = ()
    tombstones: tuple[TombstoneRecord, ...] = ()
    evaluations: tuple[VerifiedEvaluation, ...] = ()
    examination_notes: tuple[ReceivedNote, ...] = ()

    def latest_stamp(self) -> Timestamp | None:
        """The newest HLC stamp among the case versions (folded into our clock on apply)."""
        stamps = [v.stamp for case in self.cases for vs in case.versions.values() for v in vs]
        return max(stamps) if stamps else None

    def case_ids(self) -> set[uuid.UUID]:
        """Every case id a record of this content is about."""
        return (
            {c.id for c in self.cases}
            | {r.case_id for r in self.timeline}
            | {r.case_id for r in self.attachments}
            | {r.record_id for r in self.tombstones}
            | {e.statement.evaluation.case_id for e in self.evaluations}
        )
