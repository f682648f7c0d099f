"""The clearance filter of the case list agrees with the clearance rule, and follows changes."""

from __future__ import annotations

from casevault.domain.case import CaseFields, PersonName
from casevault.services import case_clearance, case_list
from casevault.services import cases as case_service
from casevault.services import evaluations as ev
from casevault.services.session import Session

SIGNED = {
    "date": "2026-01-02",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": ""}},
    "confidence": "high",
}


def _finalise(session: Session, case_id: str, evaluator: str, verdict: str) -> None:
    draft = ev.create_draft(session, case_id, evaluator, {**SIGNED, "verdict": verdict})
    ev.finalise_evaluation(session, draft.evaluation.id)


def test_filter_by_clearance(session: Session) -> None:
    a = str(ev.add_evaluator(session, "A").id)
    b = str(ev.add_evaluator(session, "B").id)
    ids = {}
    for name in ("cleared", "blocked", "pending", "unscreened"):
        case = case_service.create_case(session, CaseFields(name_latin=PersonName(surname=name)))
        ids[name] = case.id
    _finalise(session, str(ids["cleared"]), a, "cleared")
    _finalise(session, str(ids["cleared"]), b, "cleared")
    _finalise(session, str(ids["blocked"]), a, "not_cleared")
    _finalise(session, str(ids["pending"]), a, "cleared")

    def listed(state: case_list.ClearanceFilter) -> set[str]:
        return {s.display_name for s in case_list.list_cases(session, clearance=state)}

    assert listed("cleared") == {"cleared"}
    assert listed("blocked") == {"blocked"}
    assert listed("pending") == {"pending"}
    assert listed("not_screened") == {"unscreened"}
    assert case_list.count_cases(session, clearance="cleared") == 1
    assert case_list.count_cases(session) == 4
    # A second evaluation clears the pending case: the cached states follow the change.
    _finalise(session, str(ids["pending"]), b, "cleared")
    assert listed("cleared") == {"cleared", "pending"}
    for state in case_list.CLEARANCE_FILTERS:
        expected = {
            s.display_name
            for s in case_service.list_cases(session)
            if (
                case_clearance.explain_clearance(session, s.id).explanation.state.value
                if ev.list_evaluations(session, s.id)
                else "not_screened"
            )
            == state
        }
        assert listed(state) == expected, state
