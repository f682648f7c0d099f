"""domain/clearance.py: the clearance rule, by example and by property over random evaluations."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casevault.domain.case import CaseStatus, validate_fields
from casevault.domain.clearance import (
    MIN_THRESHOLD,
    ClearancePolicy,
    ClearanceState,
    NoteKind,
    ScreeningRecord,
    SignerStanding,
    assess_clearance,
    policy_from_settings,
    superseded_ids,
)
from casevault.domain.errors import InvalidField, ThresholdTooLow
from casevault.domain.evaluation import Verdict

A, B, C = (uuid.UUID(int=n) for n in (0xA, 0xB, 0xC))
OURS, PARTNER = "org-ours", "org-partner"


def _record(
    evaluator: uuid.UUID,
    verdict: Verdict = Verdict.CLEARED,
    *,
    finalised: bool = True,
    org: str = OURS,
    supersedes: uuid.UUID | None = None,
    signer: SignerStanding = SignerStanding.OURS,
) -> ScreeningRecord:
    return ScreeningRecord(
        uuid.uuid4(), evaluator, org, finalised, verdict, supersedes, signer=signer
    )


POLICY = ClearancePolicy()


# ---- examples -----------------------------------------------------------------------------


def test_two_cleared_by_different_evaluators_clear() -> None:
    result = assess_clearance([_record(A), _record(B)], POLICY)
    assert result.state is ClearanceState.CLEARED
    assert result.cleared
    assert set(result.clearing_evaluators) == {A, B}


def test_no_evaluations_is_pending() -> None:
    result = assess_clearance([], POLICY)
    assert result.state is ClearanceState.PENDING
    assert result.notes == ()


def test_same_evaluator_twice_counts_once() -> None:
    result = assess_clearance([_record(A), _record(A)], POLICY)
    assert result.state is ClearanceState.PENDING
    assert result.clearing_evaluators == (A,)
    assert [note.kind for note in result.notes] == [NoteKind.SAME_EVALUATOR]


def test_draft_does_not_count_and_is_named() -> None:
    draft = _record(B, finalised=False)
    result = assess_clearance([_record(A), draft], POLICY)
    assert result.state is ClearanceState.PENDING
    assert result.clearing_evaluators == (A,)
    assert [(n.kind, n.evaluator_id) for n in result.notes] == [(NoteKind.DRAFT, B)]


def test_live_not_cleared_blocks_whatever_else() -> None:
    result = assess_clearance([_record(A), _record(B), _record(C, Verdict.NOT_CLEARED)], POLICY)
    assert result.state is ClearanceState.BLOCKED
    assert any(n.kind is NoteKind.NOT_CLEARED and n.evaluator_id == C for n in result.notes)


def test_live_inconclusive_keeps_it_pending() -> None:
    result = assess_clearance([_record(A), _record(B), _record(C, Verdict.INCONCLUSIVE)], POLICY)
    assert result.state is ClearanceState.PENDING


def test_correction_by_same_evaluator_replaces_the_old_verdict() -> None:
    old = _record(C, Verdict.NOT_CLEARED)
    fixed = _record(C, Verdict.CLEARED, supersedes=old.id)
    result = assess_clearance([_record(A), old, fixed], POLICY)
    assert result.state is ClearanceState.CLEARED
    superseded = [n for n in result.notes if n.kind is NoteKind.SUPERSEDED]
    assert [(n.evaluation_id, n.superseded_by) for n in superseded] == [(old.id, fixed.id)]


def test_draft_correction_does_not_supersede_yet() -> None:
    old = _record(C, Verdict.NOT_CLEARED)
    draft_fix = _record(C, Verdict.CLEARED, supersedes=old.id, finalised=False)
    result = assess_clearance([_record(A), _record(B), old, draft_fix], POLICY)
    assert result.state is ClearanceState.BLOCKED


def test_another_evaluator_cannot_supersede_a_not_cleared() -> None:
    old = _record(C, Verdict.NOT_CLEARED)
    hijack = _record(B, Verdict.CLEARED, supersedes=old.id)
    result = assess_clearance([_record(A), old, hijack], POLICY)
    assert result.state is ClearanceState.BLOCKED
    assert superseded_ids([old, hijack]) == {}


def test_another_organisation_cannot_supersede_even_naming_our_evaluator() -> None:
    # A partner signs a "correction" of our "not cleared", borrowing our evaluator's id.
    old = _record(C, Verdict.NOT_CLEARED)
    hijack = _record(C, Verdict.CLEARED, org=PARTNER, supersedes=old.id)
    assert superseded_ids([old, hijack]) == {}
    assert assess_clearance([_record(A), old, hijack], POLICY).state is ClearanceState.BLOCKED


@pytest.mark.parametrize(
    "standing",
    [
        SignerStanding.UNVERIFIED,
        SignerStanding.REVOKED,
        SignerStanding.UNKNOWN,
        SignerStanding.UNKNOWN_KEY,
    ],
)
def test_untrusted_signer_never_counts_and_is_named(standing: SignerStanding) -> None:
    relayed = _record(B, org=PARTNER, signer=standing)
    result = assess_clearance([_record(A), relayed], POLICY)
    assert result.state is ClearanceState.PENDING
    assert result.clearing_evaluators == (A,)
    [note] = result.notes
    assert (note.kind, note.evaluation_id, note.organisation_id, note.signer) == (
        NoteKind.UNTRUSTED_SIGNER,
        relayed.id,
        PARTNER,
        standing,
    )


def test_untrusted_not_cleared_neither_blocks_nor_corrects() -> None:
    verified = SignerStanding.VERIFIED
    old = _record(C, Verdict.NOT_CLEARED, org=PARTNER, signer=verified)
    forged_fix = _record(
        C, Verdict.CLEARED, org=PARTNER, supersedes=old.id, signer=SignerStanding.REVOKED
    )
    assert superseded_ids([old, forged_fix]) == {}
    revoked_no = _record(B, Verdict.NOT_CLEARED, org=PARTNER, signer=SignerStanding.REVOKED)
    assert assess_clearance([_record(A), _record(B), revoked_no], POLICY).cleared


def test_higher_threshold_needs_more_evaluators() -> None:
    records = [_record(A), _record(B)]
    assert assess_clearance(records, ClearancePolicy(3)).state is ClearanceState.PENDING
    assert assess_clearance([*records, _record(C)], ClearancePolicy(3)).cleared


def test_two_organisations_policy() -> None:
    policy = ClearancePolicy(require_two_organisations=True)
    assert not assess_clearance([_record(A), _record(B)], policy).cleared
    result = assess_clearance([_record(A), _record(B, org=PARTNER)], policy)
    assert result.cleared
    assert result.clearing_organisations == (OURS, PARTNER)


@pytest.mark.parametrize("threshold", [-1, 0, 1])
def test_threshold_never_below_two(threshold: int) -> None:
    with pytest.raises(ThresholdTooLow) as info:
        ClearancePolicy(threshold)
    assert info.value.minimum == MIN_THRESHOLD


@pytest.mark.parametrize(
    ("stored", "expected"),
    [(None, 2), (1, 2), (0, 2), ("3", 2), (True, 2), (3.0, 2), (3, 3), (10_000, 20)],
)
def test_damaged_settings_never_loosen_the_rule(stored: object, expected: int) -> None:
    assert policy_from_settings(stored, None).threshold == expected
    assert policy_from_settings(3, "yes").require_two_organisations is False


def test_cleared_is_not_a_case_status() -> None:
    assert "cleared" not in {status.value for status in CaseStatus}
    with pytest.raises(InvalidField) as info:
        validate_fields({"status": "cleared"})
    assert info.value.field == "status"


# ---- properties ---------------------------------------------------------------------------

EVALUATORS = [uuid.UUID(int=n) for n in range(1, 6)]
ORGS = ["org-1", "org-2", "org-3"]


@st.composite
def evaluation_sets(draw: st.DrawFn) -> list[ScreeningRecord]:
    """Up to 12 evaluations by up to 5 evaluators of 3 organisations; some correct earlier ones
    (sometimes, wrongly, another evaluator's), some are drafts."""
    count = draw(st.integers(0, 12))
    records: list[ScreeningRecord] = []
    for index in range(count):
        evaluator = draw(st.sampled_from(EVALUATORS))
        supersedes = None
        if records and draw(st.booleans()):
            supersedes = draw(st.sampled_from(records)).id
        records.append(
            ScreeningRecord(
                id=uuid.UUID(int=1000 + index),
                evaluator_id=evaluator,
                organisation_id=ORGS[EVALUATORS.index(evaluator) % len(ORGS)],
                finalised=draw(st.booleans()),
                verdict=draw(st.sampled_from(list(Verdict))),
                supersedes=supersedes,
                signer=draw(st.sampled_from(list(SignerStanding))),
            )
        )
    return records


policies = st.builds(ClearancePolicy, st.integers(MIN_THRESHOLD, 5), st.booleans())


def _live(records: list[ScreeningRecord]) -> list[ScreeningRecord]:
    superseded = superseded_ids(records)
    return [r for r in records if r.finalised and r.signer.trusted and r.id not in superseded]


@given(evaluation_sets(), policies)
def test_never_cleared_with_fewer_than_threshold_distinct_evaluators(
    records: list[ScreeningRecord], policy: ClearancePolicy
) -> None:
    result = assess_clearance(records, policy)
    if result.cleared:
        clearing = {r.evaluator_id for r in _live(records) if r.verdict is Verdict.CLEARED}
        assert len(clearing) >= policy.threshold >= MIN_THRESHOLD
        assert len({r.organisation_id for r in _live(records)}) >= policy.required_organisations


@given(evaluation_sets(), policies)
def test_never_cleared_with_a_live_not_cleared_or_any_live_non_cleared(
    records: list[ScreeningRecord], policy: ClearancePolicy
) -> None:
    result = assess_clearance(records, policy)
    live_verdicts = {r.verdict for r in _live(records)}
    if Verdict.NOT_CLEARED in live_verdicts:
        assert result.state is ClearanceState.BLOCKED
    if result.cleared:
        assert live_verdicts == {Verdict.CLEARED}


@given(evaluation_sets(), policies, st.data())
def test_superseded_and_draft_verdicts_never_count(
    records: list[ScreeningRecord], policy: ClearancePolicy, data: st.DataObject
) -> None:
    """Changing the verdict of any superseded evaluation or any draft changes nothing."""
    live_ids = {r.id for r in _live(records)}
    changed = [
        r
        if r.id in live_ids
        else dataclasses.replace(r, verdict=data.draw(st.sampled_from(list(Verdict))))
        for r in records
    ]
    assert assess_clearance(changed, policy).state == assess_clearance(records, policy).state


@given(evaluation_sets(), policies, st.randoms(use_true_random=False))
def test_order_does_not_matter(
    records: list[ScreeningRecord], policy: ClearancePolicy, rng: object
) -> None:
    shuffled = list(records)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]  # hypothesis' Random
    assert assess_clearance(shuffled, policy) == assess_clearance(records, policy)


@given(evaluation_sets(), st.integers(MIN_THRESHOLD, 4))
def test_raising_the_threshold_never_clears_more(
    records: list[ScreeningRecord], threshold: int
) -> None:
    if assess_clearance(records, ClearancePolicy(threshold + 1)).cleared:
        assert assess_clearance(records, ClearancePolicy(threshold)).cleared


@given(evaluation_sets(), policies)
def test_every_non_counting_evaluation_is_explained(
    records: list[ScreeningRecord], policy: ClearancePolicy
) -> None:
    result = assess_clearance(records, policy)
    explained = {note.evaluation_id for note in result.notes}
    counted_evaluators = set(result.clearing_evaluators)
    for record in records:
        assert record.id in explained or (
            record.verdict is Verdict.CLEARED and record.evaluator_id in counted_evaluators
        )
