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


def evaluation_with_borrowed_evaluator(
    partner: Org, case_id: str, evaluator_id: uuid.UUID
) -> uuid.UUID:
    """The partner signs, with its own real keys, an evaluation that names as its evaluator a
    person of another organisation (`evaluator_id`, an evaluator the partner received), and
    keeps it as sealed so that its exports carry it. The services never sign such a thing; a
    dishonest partner's modified software can."""
    from casevault.crypto.signing import sign
    from casevault.domain.evaluation import (
        SIGNING_CONTEXT,
        Evaluator,
        encode_statement,
        make_statement,
        validate_evaluation,
    )
    from casevault.vault.repos import evaluations as eval_repo
    from casevault.vault.repos import organisation as org_repo
    from casevault.vault.repos.evaluations import EvaluationSeal

    evaluation = validate_evaluation(
        {
            **CLEARED_FIELDS,
            "id": str(uuid.uuid4()),
            "case_id": case_id,
            "evaluator_id": str(evaluator_id),
            "organisation_id": partner.org_id,
        }
    )
    now = partner.session.clock().replace(microsecond=0)
    with partner.session.vault.transaction() as conn:
        org = org_repo.get_own_organisation(conn)
        fingerprint = org.public_keys.fingerprint().hex()
        claimed = Evaluator(
            id=evaluator_id, name="Borrowed", role="", organisation_id=org.id, created_at=now
        )
        payload = encode_statement(make_statement(evaluation, claimed, fingerprint, now))
        signature = sign(org_repo.get_own_private_keys(conn), SIGNING_CONTEXT, payload)
        seal = EvaluationSeal(
            org.id, fingerprint, now, payload, signature.ed25519, signature.mldsa65
        )
        eval_repo.insert_received(conn, evaluation, seal, now)
    return evaluation.id


def store_as_the_old_import_did(partner: Org, receiver: Org, evaluation_id: uuid.UUID) -> None:
    """What `_apply_evaluation` did before this rule: store the partner's signed row as is."""
    from casevault.vault.repos import evaluations as eval_repo

    with partner.session.vault.reading() as conn:
        stored = eval_repo.get_evaluation(conn, evaluation_id)
        evaluator = eval_repo.get_evaluator(conn, stored.evaluation.evaluator_id)
    assert stored.seal is not None
    with receiver.session.vault.transaction() as conn:
        eval_repo.insert_evaluator(conn, evaluator)
        eval_repo.insert_received(conn, stored.evaluation, stored.seal, stored.seal.finalised_at)


def hostile_evaluator(org: Org, name: str, role: str) -> uuid.UUID:
    """An evaluator stored the way a modified (hostile) client would, past the name check our
    own `add_evaluator` makes: what a dishonest partner's software can sign and send."""
    from casevault.domain.evaluation import new_evaluator
    from casevault.vault.repos import evaluations as eval_repo
    from casevault.vault.repos import organisation as org_repo

    with org.session.vault.transaction() as conn:
        own = org_repo.get_own_organisation(conn)
        person = new_evaluator(name, role, own.id, org.session.clock())
        eval_repo.insert_evaluator(conn, person)
    return person.id
