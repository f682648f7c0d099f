"""The clearance policy and each case's clearance (services/case_clearance.py)."""

from __future__ import annotations

import pytest

from casevault.domain.clearance import ClearanceState, NoteKind
from casevault.domain.errors import ThresholdTooLow
from casevault.services import case_clearance
from casevault.services import evaluations as svc
from casevault.services.audit_log import list_audit_entries
from casevault.services.session import Session
from tests.services.test_evaluations import CLEARED, Screening, new_screening


@pytest.fixture
def screening(session: Session) -> Screening:
    return new_screening(session)


def test_explanation_names_the_draft(screening: Screening) -> None:
    session = screening.session
    screening.finalised(screening.a)
    svc.create_draft(session, screening.case_id, screening.b.id, CLEARED)
    report = case_clearance.explain_clearance(session, screening.case_id)
    explanation = report.explanation
    assert explanation.state is ClearanceState.PENDING
    assert (len(explanation.clearing_evaluators), explanation.threshold) == (1, 2)
    assert [(n.kind, report.evaluator_names[n.evaluator_id]) for n in explanation.notes] == [
        (NoteKind.DRAFT, "Evaluator B")
    ]


def test_threshold_setting_can_rise_but_never_below_two(screening: Screening) -> None:
    session = screening.session
    screening.finalised(screening.a)
    screening.finalised(screening.b)
    assert case_clearance.explain_clearance(session, screening.case_id).explanation.cleared
    with pytest.raises(ThresholdTooLow):
        case_clearance.set_clearance_policy(session, threshold=1)
    assert case_clearance.get_clearance_policy(session).threshold == 2
    case_clearance.set_clearance_policy(session, threshold=3)
    assert case_clearance.get_clearance_policy(session).threshold == 3
    assert not case_clearance.explain_clearance(session, screening.case_id).explanation.cleared
    c = svc.add_evaluator(session, "Evaluator C")
    screening.finalised(c)
    assert case_clearance.explain_clearance(session, screening.case_id).explanation.cleared
    actions = [e.action for e in list_audit_entries(session, record_id="clearance")]
    assert actions == ["settings.clearance"]
