"""When a case counts as cleared. The one place this rule lives; pure, no storage.

A case is cleared only if, among its *live* evaluations (finalised and not superseded):
  * at least `threshold` different evaluators gave "cleared" (threshold >= 2, always);
  * every live verdict is "cleared" (a live "not cleared" blocks; a live "inconclusive" waits);
  * with `require_two_organisations`, the clearing evaluators belong to at least two organisations.
Drafts never count, and neither does an evaluation whose signer we do not trust (the caller
says, per evaluation, how far it trusts the signer: `SignerStanding`; only our own organisation
and a partner verified in person and not revoked count). "Cleared" is derived here and never
stored as a case status.

Supersession: an evaluation is superseded only by a *finalised* evaluation of the *same
evaluator* of the *same organisation*, signed by a trusted signer, that names it. A link from
anyone else is ignored, so nobody can make another evaluator's (or another organisation's)
"not cleared" disappear by "correcting" it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from casevault.domain.errors import ThresholdTooLow
from casevault.domain.evaluation import Verdict

MIN_THRESHOLD = 2
MAX_THRESHOLD = 20  # A sanity bound for a value read from settings; real policies use 2-3.


@dataclass(frozen=True)
class ClearancePolicy:
    """How many independent evaluations clear a case, and whether two organisations must agree."""

    threshold: int = MIN_THRESHOLD
    require_two_organisations: bool = False

    def __post_init__(self) -> None:
        if self.threshold < MIN_THRESHOLD:
            raise ThresholdTooLow(self.threshold, MIN_THRESHOLD)
        if self.threshold > MAX_THRESHOLD:
            raise ValueError(f"threshold above {MAX_THRESHOLD}")

    @property
    def required_organisations(self) -> int:
        """Distinct organisations needed among the clearing evaluators."""
        return 2 if self.require_two_organisations else 1


class SignerStanding(StrEnum):
    """How far we trust whoever signed one evaluation. Decided by the services (who hold the
    partners and their keys) and passed in, so that this rule stays pure."""

    OURS = "ours"  # our own organisation (drafts are ours too)
    VERIFIED = "verified"  # a partner whose keys we compared with it, not revoked
    UNVERIFIED = "unverified"  # a partner whose keys were never compared with it
    REVOKED = "revoked"  # a partner whose keys we revoked
    UNKNOWN = "unknown"  # an organisation we hold no keys for
    UNKNOWN_KEY = "unknown_key"  # signed with a key that is not (or no longer) the signer's

    @property
    def trusted(self) -> bool:
        """Only our own organisation and a verified, non-revoked partner count."""
        return self in (SignerStanding.OURS, SignerStanding.VERIFIED)


@dataclass(frozen=True)
class ScreeningRecord:
    """What the rule needs to know about one evaluation of the case. `signer` has no default:
    every caller must say how far it trusts the signer (forgetting it must not mean trusted)."""

    id: uuid.UUID
    evaluator_id: uuid.UUID
    organisation_id: str
    finalised: bool
    verdict: Verdict
    supersedes: uuid.UUID | None = None
    signer: SignerStanding = field(kw_only=True)


class ClearanceState(StrEnum):
    """The outcome: cleared, blocked by a live "not cleared", or still pending."""

    CLEARED = "cleared"
    BLOCKED = "blocked"
    PENDING = "pending"


class NoteKind(StrEnum):
    """Why an evaluation does or does not count."""

    DRAFT = "draft"  # not finalised: does not count yet
    NOT_CLEARED = "not_cleared"  # live "not cleared": blocks clearance
    INCONCLUSIVE = "inconclusive"  # live "inconclusive": clearance waits for a correction
    SUPERSEDED = "superseded"  # replaced by a correction: no longer counts
    SAME_EVALUATOR = "same_evaluator"  # a further "cleared" by an evaluator already counted
    UNTRUSTED_SIGNER = "untrusted_signer"  # signed by someone we do not trust: never counts


@dataclass(frozen=True)
class ClearanceNote:
    """One fact about one evaluation, for the explanation."""

    kind: NoteKind
    evaluation_id: uuid.UUID
    evaluator_id: uuid.UUID
    superseded_by: uuid.UUID | None = None
    # For UNTRUSTED_SIGNER: which organisation signed and why it is not trusted.
    organisation_id: str | None = None
    signer: SignerStanding | None = None


@dataclass(frozen=True)
class ClearanceExplanation:
    """The outcome and everything needed to say it in plain words."""

    state: ClearanceState
    threshold: int
    clearing_evaluators: tuple[uuid.UUID, ...]
    required_organisations: int
    clearing_organisations: tuple[str, ...]
    notes: tuple[ClearanceNote, ...]

    @property
    def cleared(self) -> bool:
        """True only in state CLEARED."""
        return self.state is ClearanceState.CLEARED


def superseded_ids(records: Iterable[ScreeningRecord]) -> dict[uuid.UUID, uuid.UUID]:
    """{superseded id: id of the finalised correction by the same evaluator of the same
    organisation, signed by a trusted signer}. Any other link supersedes nothing."""
    by_id = {record.id: record for record in records}
    result: dict[uuid.UUID, uuid.UUID] = {}
    for record in by_id.values():
        if not record.finalised or record.supersedes is None or not record.signer.trusted:
            continue
        target = by_id.get(record.supersedes)
        if (
            target is not None
            and target.evaluator_id == record.evaluator_id
            and target.organisation_id == record.organisation_id
        ):
            result[target.id] = record.id
    return result


def assess_clearance(
    records: Sequence[ScreeningRecord], policy: ClearancePolicy
) -> ClearanceExplanation:
    """Apply the clearance rule to all evaluations of one case; the order of `records` is
    irrelevant (the result, notes included, is sorted)."""
    ordered = sorted(records, key=lambda record: str(record.id))
    superseded = superseded_ids(ordered)
    notes: list[ClearanceNote] = []
    clearing: dict[uuid.UUID, str] = {}
    blocked = waiting = False
    for record in ordered:
        if not record.finalised:
            notes.append(ClearanceNote(NoteKind.DRAFT, record.id, record.evaluator_id))
        elif not record.signer.trusted:
            notes.append(
                ClearanceNote(
                    NoteKind.UNTRUSTED_SIGNER,
                    record.id,
                    record.evaluator_id,
                    organisation_id=record.organisation_id,
                    signer=record.signer,
                )
            )
        elif record.id in superseded:
            notes.append(
                ClearanceNote(
                    NoteKind.SUPERSEDED, record.id, record.evaluator_id, superseded[record.id]
                )
            )
        elif record.verdict is Verdict.NOT_CLEARED:
            blocked = True
            notes.append(ClearanceNote(NoteKind.NOT_CLEARED, record.id, record.evaluator_id))
        elif record.verdict is Verdict.INCONCLUSIVE:
            waiting = True
            notes.append(ClearanceNote(NoteKind.INCONCLUSIVE, record.id, record.evaluator_id))
        elif record.evaluator_id in clearing:
            notes.append(ClearanceNote(NoteKind.SAME_EVALUATOR, record.id, record.evaluator_id))
        else:
            clearing[record.evaluator_id] = record.organisation_id
    organisations = tuple(sorted(set(clearing.values())))
    if blocked:
        state = ClearanceState.BLOCKED
    elif (
        not waiting
        and len(clearing) >= policy.threshold
        and len(organisations) >= policy.required_organisations
    ):
        state = ClearanceState.CLEARED
    else:
        state = ClearanceState.PENDING
    return ClearanceExplanation(
        state=state,
        threshold=policy.threshold,
        clearing_evaluators=tuple(sorted(clearing, key=str)),
        required_organisations=policy.required_organisations,
        clearing_organisations=organisations,
        notes=tuple(notes),
    )


def policy_from_settings(threshold: object, require_two_organisations: object) -> ClearancePolicy:
    """A policy from stored setting values. A missing, malformed or too-low value gives the
    floor of 2: a damaged setting can make clearance stricter, never looser."""
    number = threshold if isinstance(threshold, int) and not isinstance(threshold, bool) else 0
    number = min(max(number, MIN_THRESHOLD), MAX_THRESHOLD)
    return ClearancePolicy(number, require_two_organisations is True)
