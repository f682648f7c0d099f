"""The decoy's content: invented cases, screenings and evaluators, as a working vault has.

Everything here is invented (synthetic/generator.py). The cases go in through the ordinary
services, so the decoy's records and audit log are made the way a real vault's are.
"""

from __future__ import annotations

import datetime as dt
import random

from casevault.services import cases as case_service
from casevault.services import evaluations as evaluation_service
from casevault.services.session import Session
from casevault.synthetic import wordlists as words
from casevault.synthetic.generator import generate_cases

ORGANISATION_NAMES = (
    "Safe Passage Network",
    "Free Crossing Initiative",
    "Way Home Association",
    "Open Road Support Group",
    "Quiet Exit Collective",
)
_ROLES = ("caseworker", "lawyer", "coordinator")


def decoy_organisation_name(rng: random.Random) -> str:
    """An invented organisation name for the decoy's own identity."""
    return rng.choice(ORGANISATION_NAMES)


def _screen(session: Session, case_id: str, evaluator_id: str, rng: random.Random) -> None:
    draft = evaluation_service.create_draft(
        session,
        case_id,
        evaluator_id,
        {
            "date": (dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))).isoformat(),
            "methods": rng.sample(["interview", "documents", "references"], 2),
            "checklist": {"civilian_harm": {"state": "checked", "note": ""}},
            "verdict": rng.choice(["cleared", "cleared", "inconclusive"]),
            "confidence": rng.choice(["medium", "high"]),
        },
    )
    evaluation_service.finalise_evaluation(session, draft.evaluation.id)


def add_decoy_cases(session: Session, count: int, rng: random.Random) -> None:
    """Add `count` invented cases with their timelines, two evaluators, and a signed screening
    for about a quarter of the cases. Raises what the services raise (storage errors)."""
    evaluators = [
        evaluation_service.add_evaluator(session, name, rng.choice(_ROLES))
        for name in rng.sample(words.CASEWORKERS, 2)
    ]
    for synthetic in generate_cases(count, rng.randrange(2**31), rng.randrange(150, 450)):
        case = case_service.create_case(session, synthetic.fields)
        for date, kind, text in synthetic.timeline:
            case_service.add_timeline_event(session, case.id, date, text, kind)
        if rng.random() < 0.25:
            _screen(session, str(case.id), str(rng.choice(evaluators).id), rng)
