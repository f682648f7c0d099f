"""A synthetic asylum case in a real vault: typed timeline, an attachment, two signed
evaluations (one tampered on request) and a draft. Shared by the services, CLI and GUI tests."""

from __future__ import annotations

import datetime as dt
import io
import uuid

from casevault.domain.case import CaseFields, PersonName, ServiceType
from casevault.domain.timeline_kinds import make_details
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.session import Session

CONTACT = "Signal +7 700 000 0000"
CLEARED = {
    "date": "2025-05-01",
    "methods": ["interview", "documents"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "seen"}},
    "verdict": "cleared",
    "confidence": "high",
    "notes": "Consistent account.",
}
SCREENSHOT = b"\x89PNG synthetic register screenshot"


def make_asylum_case(session: Session, departure: str = "2025-03-12") -> uuid.UUID:
    """The case id. Departure on `departure`: before 2025-03-01 makes the summons come after."""
    case = case_service.create_case(
        session,
        CaseFields(
            name_cyrillic=PersonName(surname="Чувиляев", given="Сергей", patronymic="Юрьевич"),
            name_latin=PersonName(surname="Chuviliaev", given="Sergei"),
            aliases=["Tchouviliaev"],
            date_of_birth=dt.date(1994, 7, 2),
            service_type=ServiceType.MOBILISED,
            unit="в/ч 00000",
            rank="рядовой",
            contact_channel=CONTACT,
            caseworker="Our Caseworker",
        ),
    )
    add = case_service.add_timeline_event
    add(
        session,
        case.id,
        dt.date(2025, 3, 1),
        "Повестка в реестре",
        make_details("summons", channel="register"),
    )
    add(session, case.id, dt.date(2025, 3, 9), "Exit ban", make_details("exit_ban"))
    add(session, case.id, dt.date.fromisoformat(departure), "Left Moscow", "departure")
    add(
        session,
        case.id,
        dt.date(2025, 3, 13),
        "Upper Lars",
        make_details("crossing", from_country="RU", to_country="GE"),
    )
    add(session, case.id, dt.date(2025, 4, 2), "Paris", "arrival")
    add(session, case.id, dt.date(2025, 3, 5), "Called his sister", "call")
    attachment_service.add_attachment(session, case.id, io.BytesIO(SCREENSHOT), "register.png")
    a = eval_service.add_evaluator(session, "Evaluator Alpha", role="lawyer")
    b = eval_service.add_evaluator(session, "Evaluator Beta")
    for evaluator in (a, b):
        draft = eval_service.create_draft(session, case.id, evaluator.id, CLEARED)
        eval_service.finalise_evaluation(session, draft.evaluation.id)
    eval_service.create_draft(session, case.id, a.id, {**CLEARED, "verdict": "inconclusive"})
    return case.id
