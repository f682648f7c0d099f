"""The import plan's steps for everything but case records. Pure, no I/O.

Timeline events, attachments and tombstones are judged against the vault before any case is
written (`gate_records`); evaluations against what is held plus what the plan itself stores,
in finalised order (`plan_evaluations`); deletions from our own laptops last
(`plan_deletions`). exchange/import_plan.py puts them together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from casevault.exchange.admission import (
    CaseRights,
    RecordKind,
    RefusalReason,
    admit_origin,
    rights_over_case,
)
from casevault.exchange.content import TombstoneRecord
from casevault.exchange.import_content import ImportContent, ReceivedNote, VerifiedEvaluation
from casevault.exchange.local_state import HeldCase, LocalState
from casevault.exchange.plan_types import (
    ClosingNotice,
    EvaluationRefusal,
    EvaluationSkip,
    PlannedAttachment,
    PlannedDeletion,
    PlannedEvent,
    Refusal,
    SkippedEvaluation,
)


def without_erased(
    state: LocalState, content: ImportContent
) -> tuple[ImportContent, tuple[uuid.UUID, ...]]:
    """`content` without the case, timeline, evaluation and attachment records of cases erased
    here, and the ids of those cases, sorted (their content is never shown)."""
    carried = (
        {c.id for c in content.cases}
        | {r.case_id for r in content.timeline}
        | {e.statement.evaluation.case_id for e in content.evaluations}
        | {r.case_id for r in content.attachments}
    )
    erased = carried & state.erased
    if not erased:
        return content, ()
    kept = dataclasses.replace(
        content,
        cases=tuple(c for c in content.cases if c.id not in erased),
        timeline=tuple(r for r in content.timeline if r.case_id not in erased),
        evaluations=tuple(
            e for e in content.evaluations if e.statement.evaluation.case_id not in erased
        ),
        attachments=tuple(r for r in content.attachments if r.case_id not in erased),
        examination_notes=tuple(n for n in content.examination_notes if n.case_id not in erased),
    )
    return kept, tuple(sorted(erased, key=str))


@dataclass
class RecordGate:
    """Decisions about a bundle's timeline events, attachments and tombstones."""

    timeline: list[PlannedEvent] = field(default_factory=list)
    attachments: list[PlannedAttachment] = field(default_factory=list)
    notes: list[ReceivedNote] = field(default_factory=list)  # examination notes
    closures: list[ClosingNotice] = field(default_factory=list)  # a partner closed its copy
    refusals: list[Refusal] = field(default_factory=list)

    def refuse(self, refusal: Refusal) -> None:
        """Add a refusal, grouped with an earlier one of the same kind, case and reason."""
        for i, held in enumerate(self.refusals):
            if (held.kind, held.case_id, held.reason) == (
                refusal.kind,
                refusal.case_id,
                refusal.reason,
            ):
                self.refusals[i] = dataclasses.replace(held, count=held.count + 1)
                return
        self.refusals.append(refusal)


@dataclass(frozen=True)
class _Target:
    rights: CaseRights
    display_name: str


def _new_case_origins(state: LocalState, content: ImportContent) -> dict[uuid.UUID, str]:
    """The cases the bundle creates, each with the origin its record is admitted with."""
    sender = state.sender
    origins: dict[uuid.UUID, str] = {}
    for case in content.cases:
        if case.id in origins or case.id in state.cases:
            continue
        decision = admit_origin(sender.org_id, sender.own_org_id, case.record.origin_org)
        if decision.origin is not None:
            origins[case.id] = decision.origin
    return origins


def _target(
    state: LocalState, case_id: uuid.UUID, new_cases: Mapping[uuid.UUID, str]
) -> _Target | None:
    """The case a record is about, with the sender's rights; None if we hold no such case."""
    sender = state.sender
    held = state.cases.get(case_id)
    if held is not None:
        rights = rights_over_case(
            sender.org_id, sender.own_org_id, held.origin_org, held.shared_fields
        )
        return _Target(rights, held.fields.display_name())
    origin = new_cases.get(case_id)
    if origin is None:
        return None
    # Created by this very bundle, with the origin its case record was admitted with.
    return _Target(rights_over_case(sender.org_id, sender.own_org_id, origin, None), "")


def _admit_addition(
    state: LocalState,
    gate: RecordGate,
    kind: RecordKind,
    target: _Target | None,
    case_id: uuid.UUID,
    untrusted_origin: str,
) -> str | None:
    """The origin to store a new timeline event or attachment with; None if it is refused."""
    if target is None:
        return None  # about a case we do not hold: it was not sent here (nothing to list)
    if not target.rights.shared:
        gate.refuse(Refusal(kind, case_id, target.display_name, RefusalReason.CASE_NOT_SHARED))
        return None
    sender = state.sender
    decision = admit_origin(sender.org_id, sender.own_org_id, untrusted_origin)
    if decision.refusal is not None:
        name = state.org_name(untrusted_origin)
        gate.refuse(
            Refusal(
                kind, case_id, target.display_name, decision.refusal, (), untrusted_origin, name
            )
        )
    return decision.origin


def _gate_tombstone(
    state: LocalState, gate: RecordGate, tomb: TombstoneRecord, closed: dict[uuid.UUID, dt.datetime]
) -> None:
    """A partner's deletion of a case it had becomes a notice (our own laptops' deletions are
    planned by plan_deletions). A notice we hold already is planned again only with an earlier
    time (the earliest is kept, so the order notices arrive in does not matter)."""
    held = state.cases.get(tomb.record_id)
    target = _target(state, tomb.record_id, {})
    if held is None or target is None:
        return  # a case we do not hold: the partner's own business
    if not target.rights.shared:
        gate.refuse(
            Refusal(
                RecordKind.TOMBSTONE,
                tomb.record_id,
                target.display_name,
                RefusalReason.CASE_NOT_SHARED,
            )
        )
        return
    known = closed.get(tomb.record_id, held.closed_by_sender)
    if known is None or tomb.deleted_at < known:
        closed[tomb.record_id] = tomb.deleted_at
        gate.closures.append(ClosingNotice(tomb.record_id, target.display_name, tomb.deleted_at))


def gate_records(state: LocalState, content: ImportContent) -> RecordGate:
    """Decide every timeline event, attachment and (partner) tombstone of a bundle, against the
    vault before any case is written. Records held here already are skipped (no change)."""
    gate = RecordGate()
    new_cases = _new_case_origins(state, content)
    seen_events: set[uuid.UUID] = set()
    for event in content.timeline:
        if event.id in seen_events or event.id in state.timeline_events:
            continue
        target = _target(state, event.case_id, new_cases)
        origin = _admit_addition(
            state, gate, RecordKind.TIMELINE, target, event.case_id, event.origin_org
        )
        if origin is not None:
            seen_events.add(event.id)
            gate.timeline.append(PlannedEvent(event, origin))
    seen_attachments: set[uuid.UUID] = set()
    for attachment in content.attachments:
        if attachment.id in seen_attachments or attachment.id in state.attachments:
            continue
        target = _target(state, attachment.case_id, new_cases)
        origin = _admit_addition(
            state, gate, RecordKind.ATTACHMENT, target, attachment.case_id, attachment.origin_org
        )
        if origin is not None:
            seen_attachments.add(attachment.id)
            stored = attachment.model_copy(update={"origin_org": origin})
            gate.attachments.append(PlannedAttachment(stored))
    _gate_notes(state, gate, content, new_cases)
    if not state.sender.is_own_node:
        closed: dict[uuid.UUID, dt.datetime] = {}
        for tomb in content.tombstones:
            _gate_tombstone(state, gate, tomb, closed)
    return gate


def _gate_notes(
    state: LocalState,
    gate: RecordGate,
    content: ImportContent,
    new_cases: Mapping[uuid.UUID, str],
) -> None:
    """Examination notes about a case the sender may add to (as for an attachment). Whether
    the attachment they name is held is checked when they are written; whether they verify,
    whenever they are shown (services/examination_verify.py)."""
    seen: set[uuid.UUID] = set()
    for note in content.examination_notes:
        note_id = note.statement.note.id
        target = _target(state, note.case_id, new_cases)
        if note_id in seen or target is None or not target.rights.shared:
            continue  # a case we do not hold, or not shared with the sender: its attachment is
            # refused (and listed) too
        seen.add(note_id)
        gate.notes.append(note)


@dataclass
class _Evaluations:
    """What is held, plus what the plan stores, as the evaluation rules look at it."""

    owners: dict[uuid.UUID, str]
    evaluators: dict[uuid.UUID, str]
    corrected: set[tuple[uuid.UUID, str]]


def _refusal(
    state: LocalState, held: _Evaluations, verified: VerifiedEvaluation
) -> EvaluationRefusal | None:
    """services/evaluation_intake.py's rules, against what is held plus what the plan stores."""
    statement = verified.statement
    signer = statement.signer.organisation_id
    if signer in state.revoked_signers:
        return EvaluationRefusal.SIGNER_REVOKED
    target = statement.evaluation.supersedes
    if target is not None:
        owner = held.owners.get(target)
        if owner is not None and owner != signer:
            return EvaluationRefusal.SUPERSEDES_OTHER_ORGANISATION
    known = held.evaluators.get(statement.evaluator.id)
    if known is not None and known != signer:
        return EvaluationRefusal.EVALUATOR_OF_OTHER_ORGANISATION
    return None


def _skip(
    state: LocalState,
    held: _Evaluations,
    verified: VerifiedEvaluation,
    cases: frozenset[uuid.UUID],
) -> SkippedEvaluation | None:
    evaluation = verified.statement.evaluation
    if evaluation.id in held.owners:
        return SkippedEvaluation(evaluation.id, evaluation.case_id, EvaluationSkip.ALREADY_HELD)
    refusal = _refusal(state, held, verified)
    if refusal is not None:
        return SkippedEvaluation(evaluation.id, evaluation.case_id, EvaluationSkip.REFUSED, refusal)
    skip: EvaluationSkip | None = None
    if evaluation.case_id not in cases:
        skip = EvaluationSkip.CASE_NOT_HELD
    elif evaluation.supersedes and evaluation.supersedes not in held.owners:
        skip = EvaluationSkip.SUPERSEDED_NOT_HELD
    elif evaluation.supersedes and (
        (evaluation.supersedes, evaluation.organisation_id) in held.corrected
    ):
        skip = EvaluationSkip.ALREADY_CORRECTED  # a second correction is refused
    return None if skip is None else SkippedEvaluation(evaluation.id, evaluation.case_id, skip)


def plan_evaluations(
    state: LocalState, content: ImportContent, cases: frozenset[uuid.UUID]
) -> tuple[tuple[VerifiedEvaluation, ...], tuple[SkippedEvaluation, ...]]:
    """The evaluations to store, in finalised order, and those skipped with why. `cases` are the
    cases held once the plan's case records are written."""
    held = _Evaluations(dict(state.evaluations), dict(state.evaluators), set(state.corrected))
    taken: list[VerifiedEvaluation] = []
    skipped: list[SkippedEvaluation] = []
    for verified in sorted(content.evaluations, key=lambda e: e.record.finalised_at):
        skip = _skip(state, held, verified, cases)
        if skip is not None:
            skipped.append(skip)
            continue
        statement = verified.statement
        org = statement.evaluation.organisation_id
        held.owners[statement.evaluation.id] = org
        held.evaluators.setdefault(statement.evaluator.id, statement.evaluator.organisation_id)
        if statement.evaluation.supersedes is not None:
            held.corrected.add((statement.evaluation.supersedes, org))
        taken.append(verified)
    return tuple(taken), tuple(skipped)


def plan_deletions(
    state: LocalState, content: ImportContent, cases: Mapping[uuid.UUID, HeldCase]
) -> tuple[PlannedDeletion, ...]:
    """Deletions from another of our laptops: removal wins, and the earliest deletion time is
    kept, so the order bundles arrive in does not matter. `cases` as held after the plan's case
    records are written."""
    tombstones: dict[uuid.UUID, dt.datetime] = dict(state.tombstones)
    planned: list[PlannedDeletion] = []
    for tomb in content.tombstones:
        case_id = tomb.record_id
        if case_id in tombstones:
            tombstones[case_id] = min(tombstones[case_id], tomb.deleted_at)
            planned.append(PlannedDeletion(case_id, tomb.deleted_at, False, False))
            continue
        tombstones[case_id] = tomb.deleted_at
        held = cases.get(case_id)
        planned.append(
            PlannedDeletion(case_id, tomb.deleted_at, True, held is not None and not held.deleted)
        )
    return tuple(planned)
