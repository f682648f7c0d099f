"""services/statistics.py on a real vault with real, signed evaluations."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from casevault.domain.case import CaseFields, CaseStatus
from casevault.domain.evaluation import Evaluator
from casevault.services import case_clearance
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.case_merge import merge_cases
from casevault.services.session import Session
from casevault.services.statistics import ClearanceCounts, compute_statistics, month_window

CANARY = "Canary-Statistics-Name-51c2"
CLEARED = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "seen"}},
    "verdict": "cleared",
    "confidence": "high",
}


def _case(session: Session, status: CaseStatus = CaseStatus.INTAKE, country: str | None = "KZ"):
    fields = CaseFields(status=status, country=country, unit=CANARY, notes=CANARY)
    return case_service.create_case(session, fields).id


def _finalise(session: Session, case_id: uuid.UUID, evaluator: Evaluator, verdict: str) -> None:
    draft = eval_service.create_draft(
        session, case_id, evaluator.id, {**CLEARED, "verdict": verdict}
    )
    eval_service.finalise_evaluation(session, draft.evaluation.id)


def test_month_window_crosses_the_year_and_is_bounded() -> None:
    assert month_window(dt.date(2026, 2, 14), 3) == ["2025-12", "2026-01", "2026-02"]
    assert len(month_window(dt.date(2026, 2, 14), 10_000)) == 120
    assert month_window(dt.date(2026, 2, 14), 0) == ["2026-02"]


def test_empty_vault_counts_zero_everywhere(session: Session) -> None:
    stats = compute_statistics(session)
    assert stats.total == 0
    assert all(count == 0 for _, count in stats.by_status)
    assert [status for status, _ in stats.by_status] == [s.value for s in CaseStatus]
    assert len(stats.by_month) == 12
    assert stats.by_country == ()
    assert stats.clearance == ClearanceCounts()


def test_counts_by_status_country_and_month_skip_deleted_cases(session: Session) -> None:
    _case(session, CaseStatus.INTAKE, "KZ")
    _case(session, CaseStatus.INTAKE, "AM")
    _case(session, CaseStatus.IN_HIDING, "KZ")
    _case(session, CaseStatus.ARRIVED, None)
    gone = _case(session, CaseStatus.ARRIVED, "DE")
    case_service.delete_case(session, gone)
    stats = compute_statistics(session)
    assert stats.total == 4
    by_status = dict(stats.by_status)
    assert (by_status["intake"], by_status["in_hiding"], by_status["arrived"]) == (2, 1, 1)
    assert by_status["closed"] == 0
    assert stats.by_country == (("KZ", 2), ("", 1), ("AM", 1))
    this_month = session.clock().strftime("%Y-%m")
    assert stats.by_month[-1] == (this_month, 4)
    assert sum(count for _, count in stats.by_month) == 4


def test_old_cases_fall_outside_the_month_window(session: Session) -> None:
    _case(session)
    later = session.clock() + dt.timedelta(days=800)
    session.clock = lambda: later
    stats = compute_statistics(session)
    assert sum(count for _, count in stats.by_month) == 0
    assert stats.total == 1


def test_clearance_follows_the_domain_rule(session: Session) -> None:
    a = eval_service.add_evaluator(session, "Evaluator A")
    b = eval_service.add_evaluator(session, "Evaluator B")
    cleared = _case(session)
    _finalise(session, cleared, a, "cleared")
    _finalise(session, cleared, b, "cleared")
    same_twice = _case(session)  # two "cleared" by the same evaluator: still pending
    _finalise(session, same_twice, a, "cleared")
    _finalise(session, same_twice, a, "cleared")
    blocked = _case(session)
    _finalise(session, blocked, a, "cleared")
    _finalise(session, blocked, b, "cleared")
    _finalise(session, blocked, b, "not_cleared")
    waiting = _case(session)
    _finalise(session, waiting, a, "cleared")
    _finalise(session, waiting, b, "inconclusive")
    only_draft = _case(session)
    eval_service.create_draft(session, only_draft, a.id, CLEARED)
    _case(session)  # nothing at all
    stats = compute_statistics(session)
    assert stats.clearance == ClearanceCounts(cleared=1, blocked=1, pending=2, not_screened=2)
    for case_id, state in ((cleared, "cleared"), (blocked, "blocked"), (waiting, "pending")):
        assert case_clearance.explain_clearance(session, case_id).explanation.state == state


def test_a_correction_lifts_a_block(session: Session) -> None:
    a = eval_service.add_evaluator(session, "Evaluator A")
    b = eval_service.add_evaluator(session, "Evaluator B")
    case_id = _case(session)
    _finalise(session, case_id, a, "cleared")
    draft = eval_service.create_draft(session, case_id, b.id, {**CLEARED, "verdict": "not_cleared"})
    wrong = eval_service.finalise_evaluation(session, draft.evaluation.id)
    assert compute_statistics(session).clearance.blocked == 1
    fix = eval_service.supersede_evaluation(session, wrong.evaluation.id, {"verdict": "cleared"})
    eval_service.finalise_evaluation(session, fix.evaluation.id)
    assert compute_statistics(session).clearance == ClearanceCounts(cleared=1)


def test_screenings_of_a_merged_case_count_for_the_kept_case(session: Session) -> None:
    a = eval_service.add_evaluator(session, "Evaluator A")
    b = eval_service.add_evaluator(session, "Evaluator B")
    kept = _case(session)
    absorbed = _case(session)
    _finalise(session, kept, a, "cleared")
    _finalise(session, absorbed, b, "cleared")
    assert compute_statistics(session).clearance == ClearanceCounts(pending=2)
    merge_cases(session, str(kept), str(absorbed))
    stats = compute_statistics(session)
    assert stats.total == 1
    assert stats.clearance == ClearanceCounts(cleared=1)
    assert case_clearance.explain_clearance(session, kept).explanation.cleared


def test_statistics_carry_no_identities(session: Session) -> None:
    _case(session)
    stats = compute_statistics(session)
    assert CANARY not in repr(stats)
    with pytest.raises(AttributeError):
        stats.total = 5  # type: ignore[misc]  # frozen: the result is a value, not a view
