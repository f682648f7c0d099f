"""Real screenings for trust tests: cases, evaluators and signed evaluations through the services,
and a partner's hostile "correction" signed with the partner's real keys."""

from __future__ import annotations

import uuid

from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from casevault.services import evaluations as ev
from tests.support.orgs import Org

CLEARED_FIELDS = {
    "date": "2026-10-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "none found"}},
    "verdict": "cleared",
    "confidence": "high",
}


def new_case(org: Org) -> str:
    """A case with synthetic data; its id."""
    case = case_service.create_case(
        org.session,
        CaseFields(
            name_cyrillic=PersonName(surname="Петров", given="Олег"),
            name_latin=PersonName(surname="Petrov", given="Oleg"),
            country="AM",
        ),
    )
    return str(case.id)


def signed_evaluation(
    org: Org, case_id: str, evaluator: str, verdict: str = "cleared"
) -> uuid.UUID:
    """A finalised evaluation by a new evaluator of `org`; its id."""
    person = ev.add_evaluator(org.session, evaluator, "interviewer")
    fields = {**CLEARED_FIELDS, "verdict": verdict}
    if verdict != "cleared":
        fields["checklist"] = {"civilian_harm": {"state": "concerns", "note": "to check"}}
    draft = ev.create_draft(org.session, case_id, person.id, fields)
    return ev.finalise_evaluation(org.session, draft.evaluation.id).evaluation.id


def hostile_correction(partner: Org, case_id: str, target: uuid.UUID) -> uuid.UUID:
    """The partner signs, with its own real keys, an evaluation by its own evaluator that names
    `target` (another organisation's evaluation it holds) in `supersedes`. The services refuse
    to draft this, so the partner's own (modified) software writes the draft row directly, as a
    dishonest partner could; signing is the real `finalise_evaluation`."""
    from casevault.domain.evaluation import validate_evaluation
    from casevault.vault.repos import evaluations as eval_repo

    person = ev.add_evaluator(partner.session, "Partner Evaluator", "screener")
    draft = validate_evaluation(
        {
            **CLEARED_FIELDS,
            "id": str(uuid.uuid4()),
            "case_id": case_id,
            "evaluator_id": str(person.id),
            "organisation_id": partner.org_id,
            "supersedes": str(target),
        }
    )
    with partner.session.vault.transaction() as conn:
        eval_repo.insert_draft(conn, draft, partner.session.clock())
    return ev.finalise_evaluation(partner.session, draft.id).evaluation.id
