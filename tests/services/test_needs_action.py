"""services/needs_action.py on real vaults: real signed evaluations, real bundles between two
organisations, real consent records and a real key rotation."""

from __future__ import annotations

import datetime as dt
import io
import uuid

from casevault.domain.case import CaseFields, CaseStatus, PersonName
from casevault.domain.consent import ConsentMethod, ConsentStatus
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import evaluations as eval_service
from casevault.services import key_events
from casevault.services.needs_action import (
    DEFAULT_UNTOUCHED_DAYS,
    ActionKind,
    Target,
    get_untouched_days,
    needs_action,
    set_untouched_days,
)
from casevault.services.session import Session
from tests.support.orgs import Org, export_bytes, import_bytes

SCREENING = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "seen"}},
    "verdict": "cleared",
    "confidence": "high",
}


def _case(session: Session, surname: str, status: CaseStatus = CaseStatus.INTAKE) -> uuid.UUID:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname), status=status)
    return case_service.create_case(session, fields).id


def _ids(session: Session, kind: ActionKind, **options: int) -> list[uuid.UUID | None]:
    return [row.case_id for row in needs_action(session, **options).of_kind(kind)]


def test_an_empty_vault_needs_nothing(session: Session) -> None:
    result = needs_action(session)
    assert result.rows == ()
    assert set(result.totals.values()) == {0}


def test_screening_drafts_and_one_signed_evaluation(session: Session) -> None:
    drafted = _case(session, "Абрамов")
    once = _case(session, "Белов")
    twice = _case(session, "Волков")
    _case(session, "Голубев")  # never screened: not on the list
    first = eval_service.add_evaluator(session, "Evaluator A")
    second = eval_service.add_evaluator(session, "Evaluator B")
    eval_service.create_draft(session, drafted, first.id, SCREENING)
    for case_id, evaluators in ((once, [first]), (twice, [first, second])):
        for evaluator in evaluators:
            draft = eval_service.create_draft(session, case_id, evaluator.id, SCREENING)
            eval_service.finalise_evaluation(session, draft.evaluation.id)
    assert _ids(session, ActionKind.DRAFT_EVALUATION) == [drafted]
    # Cleared by two evaluators: nothing more to do; one signed evaluation: a second is needed.
    assert _ids(session, ActionKind.SECOND_SCREENING) == [once]
    rows = needs_action(session).of_kind(ActionKind.SECOND_SCREENING)
    assert rows[0].case_name == "Белов"
    assert rows[0].target is Target.CASE


def test_deadlines_are_the_dated_events_coming_up(session: Session) -> None:
    soon, later, past = (_case(session, name) for name in ("Абрамов", "Белов", "Волков"))
    today = session.clock().astimezone().date()
    case_service.add_timeline_event(session, soon, today + dt.timedelta(days=12), "Visa expires")
    case_service.add_timeline_event(session, later, today + dt.timedelta(days=45), "Interview")
    case_service.add_timeline_event(session, past, today - dt.timedelta(days=1), "Crossed")
    rows = needs_action(session).of_kind(ActionKind.DEADLINE)
    assert [(r.case_id, r.days, r.event_text) for r in rows] == [(soon, 12, "Visa expires")]
    assert _ids(session, ActionKind.DEADLINE, deadline_days=60) == [soon, later]


def test_untouched_open_cases_after_the_chosen_time(session: Session) -> None:
    old = _case(session, "Абрамов")
    _case(session, "Белов", CaseStatus.CLOSED)  # closed: never nagged about
    gone = _case(session, "Волков")
    case_service.delete_case(session, gone)
    start = session.clock()
    session.clock = lambda: start + dt.timedelta(days=DEFAULT_UNTOUCHED_DAYS + 1)
    touched = _case(session, "Громов")
    assert _ids(session, ActionKind.UNTOUCHED) == [old]
    assert needs_action(session).of_kind(ActionKind.UNTOUCHED)[0].days == 31
    assert _ids(session, ActionKind.UNTOUCHED, untouched_days=40) == []
    case_service.edit_case(session, old, {"city": "Tbilisi"})
    assert _ids(session, ActionKind.UNTOUCHED) == []
    assert touched not in _ids(session, ActionKind.UNTOUCHED)


def test_the_untouched_setting_is_kept_bounded_and_audited(session: Session) -> None:
    assert get_untouched_days(session) == DEFAULT_UNTOUCHED_DAYS
    assert set_untouched_days(session, 7) == 7
    assert get_untouched_days(session) == 7
    assert needs_action(session).untouched_days == 7
    assert set_untouched_days(session, 0) == 1
    with session.vault.reading() as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log").fetchall()]
    assert actions.count("settings.needs_action") == 2


def test_consent_withdrawn_for_a_partner_the_case_went_to(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    sent = str(_case(berlin.session, "Смирнов"))
    kept_home = _case(berlin.session, "Петров")
    export_bytes(berlin, paris, cases=[sent])  # consent recorded, bundle made: a delivery
    assert _ids(berlin.session, ActionKind.CONSENT_MISSING) == []
    consent_service.withdraw_consent(
        berlin.session, sent, partner_ref=paris.org_id, method=ConsentMethod.MESSAGE
    )
    rows = needs_action(berlin.session).of_kind(ActionKind.CONSENT_MISSING)
    assert [(str(r.case_id), r.partner_id, r.consent) for r in rows] == [
        (sent, paris.org_id, ConsentStatus.WITHDRAWN)
    ]
    assert rows[0].partner_name == "paris"
    assert kept_home not in _ids(berlin.session, ActionKind.CONSENT_MISSING)


def test_conflicts_and_changed_partner_keys_open_their_screens(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = str(_case(berlin.session, "Смирнов"))
    import_bytes(paris, export_bytes(berlin, paris))
    case_service.edit_case(berlin.session, case_id, {"city": "Almaty"})
    case_service.edit_case(paris.session, case_id, {"city": "Astana"})
    import_bytes(paris, export_bytes(berlin, paris))
    rows = needs_action(paris.session).of_kind(ActionKind.CONFLICT)
    assert [(str(r.case_id), r.fields, r.target) for r in rows] == [
        (case_id, ("city",), Target.CONFLICTS)
    ]
    assert needs_action(paris.session).of_kind(ActionKind.PARTNER_KEYS_CHANGED) == []
    key_events.rotate_keys(berlin.session)
    sink = io.BytesIO()
    key_events.export_key_announcement(berlin.session, [paris.org_id], sink)
    import_bytes(paris, sink.getvalue())
    changed = needs_action(paris.session).of_kind(ActionKind.PARTNER_KEYS_CHANGED)
    assert [(r.partner_id, r.partner_name, r.target) for r in changed] == [
        (berlin.org_id, "berlin", Target.PARTNERS)
    ]
