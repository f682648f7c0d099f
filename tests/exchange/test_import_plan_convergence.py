"""Properties of the import plan, without a database (exchange/import_plan.py).

Bundles are snapshots of what a sender held at some moment (cases with some of their field
versions, their timeline events, attachments, evaluations, tombstones), from another laptop of
ours or from a partner. The receiving vault is an in-memory model (tests/exchange/plan_model.py)
that holds cases of ours (one shared with the partner, one not), an evaluation of ours and an
erased case. Whatever the order, with duplicates: the same final state (whole records:
fields and versions, deletion, timeline, attachments, evaluations, closures, erasure holding),
and the partner's refusals are the same whatever order its bundles arrive in.
"""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.domain.case import CaseFields
from casevault.exchange.admission import RefusalReason
from casevault.exchange.local_state import HeldCase
from casevault.exchange.merge import FieldVersion
from casevault.exchange.plan_types import EvaluationSkip, ImportPlan
from tests.exchange.plan_model import (
    OWN,
    PARTNER,
    Bundle,
    Model,
    attachment,
    case_record,
    evaluation,
    event,
    tombstone,
    uid,
    version,
)

SHARED, THEIRS, NOT_SHARED, ERASED, CLAIMS_OURS = (uid(1, n) for n in range(5))
ORIGINS = {SHARED: OWN, THEIRS: PARTNER, NOT_SHARED: OWN, ERASED: OWN, CLAIMS_OURS: OWN}
FIELDS = ("city", "notes", "unit")
OWN_EVALUATOR, PARTNER_EVALUATOR = uid(5, 1), uid(5, 2)
OUR_EVALUATION = uid(4, 0)


def _pool(case_id: uuid.UUID, name: str) -> tuple[FieldVersion, ...]:
    """Versions of one field on three laptops: two concurrent edits, then one that saw both."""
    tag = f"{case_id.int & 0xF}{name[0]}"
    return (
        version(f"{tag}-a1", {"na": 1}, 1_000, "na"),
        version(f"{tag}-b1", {"nb": 1}, 1_001, "nb"),
        version(f"{tag}-a2", {"na": 2, "nb": 1}, 1_002, "na"),
    )


def _events(case_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    n = case_id.int & 0xF
    return [(uid(2, 2 * n), ORIGINS[case_id]), (uid(2, 2 * n + 1), PARTNER)]


def _evaluations(case_id: uuid.UUID) -> list[tuple[int, object]]:
    """(rank, evaluation): a correction has a higher rank than what it corrects."""
    n = case_id.int & 0xF
    first, second = uid(4, 10 * n + 1), uid(4, 10 * n + 2)
    return [
        (0, evaluation(first, case_id, PARTNER, PARTNER_EVALUATOR, 10 * n + 1)),
        (1, evaluation(second, case_id, PARTNER, PARTNER_EVALUATOR, 10 * n + 2, first)),
        # Corrects our evaluation: refused. Borrows our evaluator's id: refused.
        (
            0,
            evaluation(
                uid(4, 10 * n + 3), case_id, PARTNER, PARTNER_EVALUATOR, 10 * n + 3, OUR_EVALUATION
            ),
        ),
        (
            0,
            evaluation(
                uid(4, 10 * n + 4), case_id, PARTNER, OWN_EVALUATOR, 10 * n + 4, None, PARTNER
            ),
        ),
    ]


@st.composite
def bundles(draw: st.DrawFn, senders: tuple[str, ...] = (OWN, PARTNER)) -> Bundle:
    """One snapshot bundle."""
    sender = draw(st.sampled_from(senders))
    choices = [SHARED, THEIRS, NOT_SHARED, ERASED] + ([CLAIMS_OURS] if sender == PARTNER else [])
    case_ids = draw(st.lists(st.sampled_from(choices), unique=True, max_size=len(choices)))
    cases, timeline, attachments, evaluations = [], [], [], []
    for case_id in case_ids:
        fields = {}
        for name in draw(st.lists(st.sampled_from(FIELDS), unique=True, min_size=1)):
            pool = _pool(case_id, name)
            picked = draw(st.lists(st.sampled_from(pool), unique=True, min_size=1))
            fields[name] = tuple(picked)
        cases.append(case_record(case_id, ORIGINS[case_id], fields))
        for event_id, origin in _events(case_id):
            if draw(st.booleans()):
                timeline.append(event(event_id, case_id, origin))
            if draw(st.booleans()):
                attachments.append(attachment(uid(3, event_id.int & 0xFFFF), case_id, origin))
        if sender == PARTNER and case_id != CLAIMS_OURS:
            # A snapshot holds what a correction corrects: take a prefix by rank.
            upto = draw(st.integers(-1, 1))
            evaluations += [e for rank, e in _evaluations(case_id) if rank <= upto]
    tombstones = []
    if sender == OWN:
        for case_id in draw(st.lists(st.sampled_from([SHARED, THEIRS]), unique=True)):
            tombstones.append(tombstone(case_id, draw(st.integers(1, 5))))
    elif draw(st.booleans()):
        tombstones.append(tombstone(SHARED, draw(st.integers(1, 5))))  # a closure notice
    return Bundle(
        f"b-{draw(st.integers(0, 10**9))}",
        sender,
        tuple(cases),
        tuple(timeline),
        tuple(attachments),
        tuple(tombstones),
        tuple(evaluations),  # type: ignore[arg-type]
    )


def _receiver() -> Model:
    """Our vault: a case shared with the partner (city and notes only), one never sent to it,
    an evaluation of ours by our evaluator, and an erased case."""
    model = Model()
    start = {"city": (version("start", {"own": 1}, 900, "own"),)}
    for case_id in (SHARED, NOT_SHARED):
        model.cases[case_id] = HeldCase(OWN, CaseFields(city="start"), False, start)
    model.shared[(SHARED, PARTNER)] = frozenset({"city", "notes"})
    model.evaluations[OUR_EVALUATION] = (OWN, None)
    model.evaluators[OWN_EVALUATOR] = OWN
    model.erased.add(ERASED)
    return model


def _run(order: list[Bundle]) -> tuple[Model, dict[str, list[ImportPlan]]]:
    model = _receiver()
    plans: dict[str, list[ImportPlan]] = {}
    for bundle in order:
        plans.setdefault(bundle.bundle_id, []).append(model.receive(bundle))
    return model, plans


@settings(max_examples=60)
@given(
    st.lists(bundles(), min_size=1, max_size=5, unique_by=lambda b: b.bundle_id),
    st.randoms(use_true_random=False),
    st.lists(st.integers(0, 4), max_size=3),
)
def test_any_order_with_duplicates_converges(
    sent: list[Bundle], shuffler: object, repeats: list[int]
) -> None:
    reference, _ = _run(sent)
    again = list(sent) + [sent[i % len(sent)] for i in repeats]
    shuffler.shuffle(again)  # type: ignore[attr-defined]
    other, _ = _run(again)
    assert other.snapshot() == reference.snapshot()
    # Erasure is final, and a case never shared keeps what we hold.
    assert ERASED not in other.cases
    assert all(case_id != ERASED for case_id, _ in other.timeline.values())
    assert other.cases[NOT_SHARED].fields.city == "start" or any(
        b.sender == OWN and NOT_SHARED in {c.id for c in b.cases} for b in sent
    )
    assert CLAIMS_OURS not in other.cases


def _refusals(plan: ImportPlan) -> list[tuple[object, ...]]:
    records = sorted(
        (r.kind, r.case_id, r.reason, r.fields, r.claimed_origin, r.count) for r in plan.refusals
    )
    evaluations = sorted(
        (s.evaluation_id, s.refusal)
        for s in plan.skipped_evaluations
        if s.skip is EvaluationSkip.REFUSED
    )
    return [*records, *evaluations]


@settings(max_examples=60)
@given(
    st.lists(bundles((PARTNER,)), min_size=1, max_size=5, unique_by=lambda b: b.bundle_id),
    st.randoms(use_true_random=False),
)
def test_partner_refusals_do_not_depend_on_order(sent: list[Bundle], shuffler: object) -> None:
    _, first = _run(sent)
    shuffled = list(sent)
    shuffler.shuffle(shuffled)  # type: ignore[attr-defined]
    _, second = _run(shuffled)
    for bundle in sent:
        assert _refusals(first[bundle.bundle_id][0]) == _refusals(second[bundle.bundle_id][0])
        for plan in first[bundle.bundle_id]:
            for refusal in plan.refusals:
                # Only records about our cases the partner may not change are refused.
                assert refusal.case_id in {NOT_SHARED, SHARED, CLAIMS_OURS}
                if refusal.case_id == CLAIMS_OURS:
                    assert refusal.reason is RefusalReason.CLAIMS_OUR_ORIGIN


@settings(max_examples=40)
@given(bundles())
def test_a_bundle_planned_again_after_it_was_applied_writes_nothing(bundle: Bundle) -> None:
    model = _receiver()
    model.receive(bundle)
    before = model.snapshot()
    again = model.plan(bundle)
    assert not any(p.writes for p in again.cases)
    assert (again.timeline, again.attachments, again.evaluations) == ((), (), ())
    assert all(not d.new for d in again.deletions)
    model.apply(again)
    assert model.snapshot() == before


@settings(max_examples=40)
@given(bundles())
def test_the_plan_is_a_function_of_state_and_content(bundle: Bundle) -> None:
    model = _receiver()
    state = model.state(bundle.sender)
    content = bundle.content()
    from casevault.exchange.import_plan import plan_import

    assert plan_import(state, content) == plan_import(state, content)
    assert state == _receiver().state(bundle.sender)  # the snapshot was not changed
