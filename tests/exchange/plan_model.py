"""An in-memory vault for import-plan tests: builds a LocalState, applies an ImportPlan.

`Model.apply(plan)` writes a plan the way services/import_write.py writes it to SQLCipher
(cases, timeline, evaluations, attachments, deletions, closures), with no database, so the
plan's properties (convergence, order independence) are tested on their own. Builders make
synthetic records: ids from small integers, one fixed origin per case.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from casevault.domain.evaluation import (
    Confidence,
    Evaluation,
    EvaluationStatement,
    EvaluatorInfo,
    SignerInfo,
    Verdict,
)
from casevault.exchange.content import (
    AttachmentRecord,
    CaseRecord,
    EvaluationRecord,
    TimelineRecord,
    TombstoneRecord,
    WireVersion,
)
from casevault.exchange.hlc import Timestamp
from casevault.exchange.import_content import ImportContent, VerifiedEvaluation, incoming_case
from casevault.exchange.import_plan import plan_import
from casevault.exchange.local_state import BundleSender, HeldCase, LocalState
from casevault.exchange.merge import FieldVersion, merge_versions
from casevault.exchange.plan_types import ImportPlan

OWN = "org-own"
PARTNER = "org-partner"
THIRD = "org-third"
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
FINGERPRINT = "ab" * 32


def uid(kind: int, n: int) -> uuid.UUID:
    """A readable, stable id: kind 1 cases, 2 events, 3 attachments, 4 evaluations, 5 people."""
    return uuid.UUID(int=(kind << 64) | n)


def version(value: Any, vector: dict[str, int], wall: int, node: str) -> FieldVersion:
    """One field version with a canonical vector."""
    return FieldVersion(value, tuple(sorted(vector.items())), Timestamp(wall, 0, node))


def case_record(
    case_id: uuid.UUID, origin: str, fields: dict[str, tuple[FieldVersion, ...]]
) -> CaseRecord:
    """A case record carrying these field versions."""
    wire = {
        name: [
            WireVersion(value=v.value, vector=list(v.vector), stamp=v.stamp.encode())
            for v in versions
        ]
        for name, versions in fields.items()
    }
    return CaseRecord(id=case_id, origin_org=origin, created_at=T0, fields=wire)


def event(event_id: uuid.UUID, case_id: uuid.UUID, origin: str) -> TimelineRecord:
    """A timeline event."""
    return TimelineRecord(
        id=event_id,
        case_id=case_id,
        date=T0.date(),
        kind="note",
        text=f"event {event_id.int & 0xFFFF}",
        created_at=T0,
        origin_org=origin,
    )


def attachment(attachment_id: uuid.UUID, case_id: uuid.UUID, origin: str) -> AttachmentRecord:
    """An attachment's metadata."""
    return AttachmentRecord(
        id=attachment_id,
        case_id=case_id,
        filename="scan.pdf",
        media_type="application/pdf",
        size=3,
        sha256="0" * 64,
        created_at=T0,
        origin_org=origin,
    )


def evaluation(
    evaluation_id: uuid.UUID,
    case_id: uuid.UUID,
    org: str,
    evaluator: uuid.UUID,
    minutes: int,
    supersedes: uuid.UUID | None = None,
    evaluator_org: str | None = None,
) -> VerifiedEvaluation:
    """A (notionally verified) evaluation signed by `org`, finalised `minutes` after T0."""
    who = evaluator_org or org
    statement = EvaluationStatement.model_construct(
        format="casevault/evaluation",
        version=1,
        evaluation=Evaluation.model_construct(
            id=evaluation_id,
            case_id=case_id,
            evaluator_id=evaluator,
            organisation_id=org,
            date=T0.date(),
            verdict=Verdict.CLEARED,
            confidence=Confidence.HIGH,
            supersedes=supersedes,
        ),
        evaluator=EvaluatorInfo.model_construct(
            id=evaluator, name="Evaluator", role="", organisation_id=who
        ),
        signer=SignerInfo.model_construct(organisation_id=org, key_fingerprint=FINGERPRINT),
        signed_at=T0,
    )
    record = EvaluationRecord(
        payload="", sig_ed25519="", sig_mldsa65="", finalised_at=T0 + dt.timedelta(minutes=minutes)
    )
    return VerifiedEvaluation(record, statement)


def tombstone(case_id: uuid.UUID, minutes: int) -> TombstoneRecord:
    """A case deletion `minutes` after T0."""
    return TombstoneRecord(
        record_type="case", record_id=case_id, deleted_at=T0 + dt.timedelta(minutes=minutes)
    )


@dataclass(frozen=True)
class Bundle:
    """What one bundle carries, before it is decoded into ImportContent."""

    bundle_id: str
    sender: str
    cases: tuple[CaseRecord, ...] = ()
    timeline: tuple[TimelineRecord, ...] = ()
    attachments: tuple[AttachmentRecord, ...] = ()
    tombstones: tuple[TombstoneRecord, ...] = ()
    evaluations: tuple[VerifiedEvaluation, ...] = ()

    def content(self) -> ImportContent:
        """The bundle decoded, as services/import_verify.py hands it to the plan."""
        return ImportContent(
            bundle_id=self.bundle_id,
            sender_org_id=self.sender,
            cases=tuple(incoming_case(r) for r in self.cases),
            timeline=self.timeline,
            attachments=self.attachments,
            tombstones=self.tombstones,
            evaluations=self.evaluations,
        )


@dataclass
class Model:
    """One vault's import-relevant state, in memory."""

    own: str = OWN
    cases: dict[uuid.UUID, HeldCase] = field(default_factory=dict)
    shared: dict[tuple[uuid.UUID, str], frozenset[str]] = field(default_factory=dict)
    closures: dict[tuple[uuid.UUID, str], dt.datetime] = field(default_factory=dict)
    tombstones: dict[uuid.UUID, dt.datetime] = field(default_factory=dict)
    erased: set[uuid.UUID] = field(default_factory=set)
    timeline: dict[uuid.UUID, tuple[uuid.UUID, str]] = field(default_factory=dict)
    attachments: dict[uuid.UUID, tuple[uuid.UUID, str]] = field(default_factory=dict)
    evaluations: dict[uuid.UUID, tuple[str, uuid.UUID | None]] = field(default_factory=dict)
    evaluators: dict[uuid.UUID, str] = field(default_factory=dict)
    received_from: set[tuple[uuid.UUID, str]] = field(default_factory=set)
    revoked: frozenset[str] = frozenset()

    def state(self, sender: str) -> LocalState:
        """The snapshot a plan is judged against (the whole model: a superset is allowed)."""
        return LocalState(
            sender=BundleSender(sender, self.own),
            cases={
                case_id: HeldCase(
                    held.origin_org,
                    held.fields,
                    held.deleted,
                    held.versions,
                    self.shared.get((case_id, sender)),
                    self.closures.get((case_id, sender)),
                )
                for case_id, held in self.cases.items()
            },
            tombstones=dict(self.tombstones),
            erased=frozenset(self.erased),
            timeline_events=frozenset(self.timeline),
            attachments=frozenset(self.attachments),
            evaluations={k: org for k, (org, _) in self.evaluations.items()},
            corrected=frozenset(
                (sup, org) for org, sup in self.evaluations.values() if sup is not None
            ),
            evaluators=dict(self.evaluators),
            revoked_signers=self.revoked,
            org_names={OWN: "Us", PARTNER: "Partner"},
        )

    def plan(self, bundle: Bundle) -> ImportPlan:
        """The plan of `bundle` against this model."""
        return plan_import(self.state(bundle.sender), bundle.content())

    def apply(self, plan: ImportPlan) -> None:
        """Write `plan` as services/import_write.py does."""
        for case_plan in plan.cases:
            if not case_plan.writes:
                continue
            held = self.cases.get(case_plan.case_id)
            versions = dict(held.versions) if held else {}
            versions.update(case_plan.merged)
            self.cases[case_plan.case_id] = HeldCase(
                held.origin_org if held else case_plan.origin_org,
                case_plan.new_fields,
                held.deleted if held else case_plan.deleted_here,
                versions,
            )
        self.received_from |= {(c, plan.sender_org_id) for c in plan.admitted_case_ids}
        for planned in plan.timeline:
            self.timeline[planned.record.id] = (planned.record.case_id, planned.origin_org)
        for taken in plan.evaluations:
            statement = taken.statement
            org = statement.evaluation.organisation_id
            self.evaluations[statement.evaluation.id] = (org, statement.evaluation.supersedes)
            self.evaluators.setdefault(statement.evaluator.id, statement.evaluator.organisation_id)
        for planned_attachment in plan.attachments:
            record = planned_attachment.record
            self.attachments[record.id] = (record.case_id, record.origin_org)
        for deletion in plan.deletions:
            at = self.tombstones.get(deletion.case_id)
            self.tombstones[deletion.case_id] = (
                min(at, deletion.deleted_at) if at else deletion.deleted_at
            )
            held = self.cases.get(deletion.case_id)
            if deletion.mark_deleted and held is not None:
                self.cases[deletion.case_id] = HeldCase(
                    held.origin_org, held.fields, True, held.versions
                )
        for closure in plan.closures:
            key = (closure.case_id, plan.sender_org_id)
            self.closures[key] = min(self.closures.get(key, closure.closed_at), closure.closed_at)

    def receive(self, bundle: Bundle) -> ImportPlan:
        """Plan and apply one bundle; returns the plan."""
        plan = self.plan(bundle)
        self.apply(plan)
        return plan

    def snapshot(self) -> dict[str, Any]:
        """Everything that must converge, in comparable form."""
        return {
            "cases": {
                k: (
                    v.origin_org,
                    v.fields,
                    v.deleted,
                    {f: merge_versions(vs) for f, vs in v.versions.items()},
                )
                for k, v in self.cases.items()
            },
            "tombstones": self.tombstones,
            "timeline": self.timeline,
            "attachments": self.attachments,
            "evaluations": self.evaluations,
            "evaluators": self.evaluators,
            "closures": self.closures,
            "received_from": self.received_from,
        }
