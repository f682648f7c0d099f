"""The import plan's decisions, one rule at a time, without a database (exchange/import_plan.py).

Each test builds the receiving vault in memory (tests/exchange/plan_model.py) and checks the
typed outcome the plan gives a record: insert, merge, no-op, refused with its reason, an
evaluation taken or skipped and why, a deletion, a closure, an erased case's records dropped.
"""

from __future__ import annotations

import uuid

import pytest

from casevault.domain.case import CaseFields
from casevault.exchange.admission import RecordKind, RefusalReason
from casevault.exchange.errors import ContentInvalid
from casevault.exchange.local_state import HeldCase
from casevault.exchange.plan_types import CaseAction, EvaluationRefusal, EvaluationSkip
from tests.exchange.plan_model import (
    OWN,
    PARTNER,
    THIRD,
    Bundle,
    Model,
    case_record,
    evaluation,
    event,
    tombstone,
    uid,
    version,
)

CASE, OTHER = uid(1, 1), uid(1, 2)
CITY_A = version("Almaty", {"na": 1}, 1_000, "na")
CITY_B = version("Astana", {"nb": 1}, 1_001, "nb")
CITY_AB = version("Bishkek", {"na": 2, "nb": 1}, 1_002, "na")


def _ours(model: Model, case_id: uuid.UUID = CASE, shared: frozenset[str] | None = None) -> None:
    model.cases[case_id] = HeldCase(OWN, CaseFields(city="Almaty"), False, {"city": (CITY_A,)})
    if shared is not None:
        model.shared[(case_id, PARTNER)] = shared


def test_a_new_case_is_inserted_with_its_merged_versions() -> None:
    plan = Model().plan(Bundle("b", OWN, (case_record(CASE, OWN, {"city": (CITY_A, CITY_AB)}),)))
    (case,) = plan.cases
    assert case.action is CaseAction.INSERT
    assert case.merged == {"city": (CITY_AB,)}  # the dominated version is dropped
    assert case.new_fields.city == "Bishkek"
    assert case.origin_org == OWN


def test_concurrent_versions_merge_into_a_conflict() -> None:
    model = Model()
    _ours(model)
    (case,) = model.plan(Bundle("b", OWN, (case_record(CASE, OWN, {"city": (CITY_B,)}),))).cases
    assert case.action is CaseAction.MERGE
    assert case.conflicts == ("city",)
    assert case.new_fields.city == "Astana"  # the newest stamp is shown


def test_what_we_hold_already_is_a_no_op() -> None:
    model = Model()
    _ours(model)
    (case,) = model.plan(Bundle("b", OWN, (case_record(CASE, OWN, {"city": (CITY_A,)}),))).cases
    assert case.action is CaseAction.NO_OP
    assert not case.writes


def test_a_partner_may_not_claim_our_origin_for_a_new_case() -> None:
    (case,) = (
        Model().plan(Bundle("b", PARTNER, (case_record(CASE, OWN, {"city": (CITY_A,)}),))).cases
    )
    assert case.action is CaseAction.REFUSED
    assert [(r.reason, r.claimed_origin) for r in case.refusals] == [
        (RefusalReason.CLAIMS_OUR_ORIGIN, OWN)
    ]


def test_a_third_origin_is_kept_as_the_senders_own() -> None:
    (case,) = (
        Model().plan(Bundle("b", PARTNER, (case_record(CASE, THIRD, {"city": (CITY_A,)}),))).cases
    )
    assert case.action is CaseAction.INSERT
    assert case.origin_org == PARTNER
    assert [r.reason for r in case.refusals] == [RefusalReason.OTHER_ORIGIN]


def test_a_partner_changes_only_the_fields_that_left_to_it() -> None:
    model = Model()
    _ours(model, shared=frozenset({"notes"}))
    note = version("seen", {"np": 1}, 1_003, "np")
    record = case_record(CASE, OWN, {"city": (CITY_AB,), "notes": (note,)})
    (case,) = model.plan(Bundle("b", PARTNER, (record,))).cases
    assert set(case.merged) == {"notes"}
    assert [(r.reason, r.fields) for r in case.refusals] == [
        (RefusalReason.FIELD_NOT_SHARED, ("city",))
    ]


def test_a_case_never_sent_to_the_partner_is_refused_whole() -> None:
    model = Model()
    _ours(model)
    plan = model.plan(
        Bundle(
            "b",
            PARTNER,
            (case_record(CASE, OWN, {"city": (CITY_AB,)}),),
            timeline=(event(uid(2, 1), CASE, PARTNER),),
        )
    )
    assert plan.cases[0].action is CaseAction.REFUSED
    assert plan.timeline == ()
    assert [(r.kind, r.reason) for r in plan.refusals] == [
        (RecordKind.CASE, RefusalReason.CASE_NOT_SHARED),
        (RecordKind.TIMELINE, RefusalReason.CASE_NOT_SHARED),
    ]


def test_a_repeated_case_id_merges_into_its_first_occurrence() -> None:
    records = (
        case_record(CASE, OWN, {"city": (CITY_A,)}),
        case_record(CASE, OWN, {"city": (CITY_AB,)}),
    )
    first, second = Model().plan(Bundle("b", OWN, records)).cases
    assert (first.action, second.action) == (CaseAction.INSERT, CaseAction.MERGE)
    assert second.new_fields.city == "Bishkek"


def test_records_of_an_erased_case_are_dropped_and_listed() -> None:
    model = Model()
    model.erased.add(CASE)
    plan = model.plan(
        Bundle(
            "b",
            OWN,
            (case_record(CASE, OWN, {"city": (CITY_A,)}),),
            timeline=(event(uid(2, 1), CASE, OWN),),
        )
    )
    assert (plan.cases, plan.timeline, plan.erased_here) == ((), (), (CASE,))


def test_an_invalid_merged_case_is_content_invalid() -> None:
    bad = version("x" * 10_000, {"na": 1}, 1_000, "na")
    with pytest.raises(ContentInvalid):
        Model().plan(Bundle("b", OWN, (case_record(CASE, OWN, {"city": (bad,)}),)))


def test_evaluations_are_taken_or_skipped_with_a_reason() -> None:
    model = Model()
    _ours(model, shared=frozenset({"city"}))
    ours_evaluated = uid(4, 99)
    model.evaluations[ours_evaluated] = (OWN, None)
    model.evaluators[uid(5, 9)] = OWN
    first, second, again = uid(4, 1), uid(4, 2), uid(4, 3)
    evaluations = (
        evaluation(first, CASE, PARTNER, uid(5, 1), 1),
        evaluation(second, CASE, PARTNER, uid(5, 1), 2, first),
        evaluation(again, CASE, PARTNER, uid(5, 1), 3, first),  # a second correction
        evaluation(uid(4, 4), CASE, PARTNER, uid(5, 1), 4, ours_evaluated),
        evaluation(uid(4, 5), CASE, PARTNER, uid(5, 9), 5, None, PARTNER),  # our evaluator's id
        evaluation(uid(4, 6), OTHER, PARTNER, uid(5, 1), 6),  # a case we do not hold
        evaluation(uid(4, 7), CASE, PARTNER, uid(5, 1), 7, uid(4, 50)),  # corrects the unknown
    )
    plan = model.plan(Bundle("b", PARTNER, evaluations=evaluations))
    assert [e.statement.evaluation.id for e in plan.evaluations] == [first, second]
    assert [(s.evaluation_id, s.skip, s.refusal) for s in plan.skipped_evaluations] == [
        (again, EvaluationSkip.ALREADY_CORRECTED, None),
        (uid(4, 4), EvaluationSkip.REFUSED, EvaluationRefusal.SUPERSEDES_OTHER_ORGANISATION),
        (uid(4, 5), EvaluationSkip.REFUSED, EvaluationRefusal.EVALUATOR_OF_OTHER_ORGANISATION),
        (uid(4, 6), EvaluationSkip.CASE_NOT_HELD, None),
        (uid(4, 7), EvaluationSkip.SUPERSEDED_NOT_HELD, None),
    ]


def test_a_revoked_signers_evaluations_are_refused() -> None:
    model = Model(revoked=frozenset({PARTNER}))
    _ours(model, shared=frozenset({"city"}))
    plan = model.plan(
        Bundle("b", PARTNER, evaluations=(evaluation(uid(4, 1), CASE, PARTNER, uid(5, 1), 1),))
    )
    assert [s.refusal for s in plan.skipped_evaluations] == [EvaluationRefusal.SIGNER_REVOKED]


def test_deletions_from_our_laptops_win_and_keep_the_earliest_time() -> None:
    model = Model()
    _ours(model)
    plan = model.plan(Bundle("b", OWN, tombstones=(tombstone(CASE, 5), tombstone(CASE, 2))))
    assert [(d.new, d.mark_deleted) for d in plan.deletions] == [(True, True), (False, False)]
    model.apply(plan)
    assert model.cases[CASE].deleted
    assert model.tombstones[CASE].minute == 2


def test_a_partners_deletion_is_a_closure_notice_never_a_deletion() -> None:
    model = Model()
    _ours(model, shared=frozenset({"city"}))
    plan = model.plan(Bundle("b", PARTNER, tombstones=(tombstone(CASE, 5),)))
    assert plan.deletions == ()
    assert [c.case_id for c in plan.closures] == [CASE]
    model.apply(plan)
    assert model.plan(Bundle("c", PARTNER, tombstones=(tombstone(CASE, 7),))).closures == ()
    assert len(model.plan(Bundle("d", PARTNER, tombstones=(tombstone(CASE, 1),))).closures) == 1
