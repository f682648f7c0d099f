"""services/subject_access.py: everything held about one man, and only about him."""

from __future__ import annotations

import datetime as dt

from casevault.domain.case import CaseFields
from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import PartnerKind
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import evaluations as eval_service
from casevault.services.audit_log import list_audit_entries
from casevault.services.session import Session
from casevault.services.subject_access import build_subject_access_report
from casevault.vault.repos import sync_state

EVALUATION = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "none seen"}},
    "verdict": "cleared",
    "confidence": "high",
    "notes": "Report-Note-5b1",
}


def test_report_holds_everything_about_him_and_nothing_else(session: Session) -> None:
    man = case_service.create_case(
        session, CaseFields.model_validate({"name_latin": {"surname": "Ivanov"}, "notes": "n1"})
    )
    other = case_service.create_case(session, CaseFields(notes="someone else"))
    case_service.edit_case(session, man.id, {"city": "Astana"})
    event = case_service.add_timeline_event(session, man.id, dt.date(2024, 2, 1), "crossed")
    case_service.add_timeline_event(session, other.id, dt.date(2024, 2, 1), "not him")
    evaluator = eval_service.add_evaluator(session, "Evaluator A")
    signed = eval_service.create_draft(session, man.id, evaluator.id, EVALUATION)
    eval_service.finalise_evaluation(session, signed.evaluation.id)
    draft = eval_service.create_draft(session, man.id, evaluator.id, EVALUATION)
    consent = consent_service.record_consent(
        session, man.id, kind=PartnerKind.LAWYER, method=ConsentMethod.MESSAGE, note="by chat"
    )
    with session.vault.transaction() as conn:
        sync_state.record_delivery(conn, str(man.id), "paris-partner", "bundle-7", session.clock())
        sync_state.put_field_versions(conn, str(man.id), "city", [{"value": "Astana"}])

    report = build_subject_access_report(session, str(man.id)[:8])

    assert report.case.fields.city == "Astana"
    assert report.field_versions["city"] == [{"value": "Astana"}]
    assert "contact_channel" in report.field_versions  # every field's version history
    assert [e.id for e in report.timeline] == [event.id]
    states = {e.evaluation.evaluation.id: e.verification for e in report.evaluations}
    assert states == {signed.evaluation.id: "verified", draft.evaluation.id: "draft"}
    assert report.consents == (consent,)
    assert report.consent_overrides == ()
    assert [(d.partner_id, d.bundle_id, d.partner_name) for d in report.deliveries] == [
        ("paris-partner", "bundle-7", None)
    ]
    assert report.attachments == ()
    actions = [entry.action for entry in report.audit]
    assert actions == [
        "case.create",
        "case.edit",
        "timeline.add",
        "evaluation.create",
        "evaluation.finalise",
        "evaluation.create",
        "consent.grant",
    ]
    assert all(str(other.id) not in str(entry) for entry in report.audit)
    # Handing out a copy is itself audited.
    assert list_audit_entries(session, str(man.id), limit=1)[0].action == "case.access_report"


def test_report_shows_a_broken_signature(session: Session) -> None:
    man = case_service.create_case(session, CaseFields(notes="x"))
    evaluator = eval_service.add_evaluator(session, "Evaluator A")
    draft = eval_service.create_draft(session, man.id, evaluator.id, EVALUATION)
    eval_service.finalise_evaluation(session, draft.evaluation.id)
    with session.vault.transaction() as conn:
        # Simulate tampering outside the application: the trigger must be lifted to do it.
        conn.execute("DROP TRIGGER evaluations_finalised_no_update")
        conn.execute("UPDATE evaluations SET sig_ed25519 = zeroblob(64)")
    report = build_subject_access_report(session, man.id)
    assert [e.verification for e in report.evaluations] == ["signature"]
