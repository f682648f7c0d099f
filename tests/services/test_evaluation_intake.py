"""services/evaluation_intake.py through the real import: a partner's signed evaluation that
claims to correct one of ours is refused, listed in the preview, and blocks nothing."""

from __future__ import annotations

import io
import uuid

import pytest

from casevault.domain.clearance import ClearanceState
from casevault.services import case_clearance, import_verify, imports
from casevault.services import evaluations as ev
from casevault.services.errors import EvaluatorNotOurs
from casevault.services.evaluation_intake import EvaluationRefusal
from tests.support.orgs import Org, export_bytes, import_bytes, logical_dump
from tests.support.screening import (
    CLEARED_FIELDS,
    hostile_correction,
    new_case,
    signed_evaluation,
    store_as_the_old_import_did,
)


def _our_not_cleared_and_partners_claim(
    berlin: Org, paris: Org
) -> tuple[str, uuid.UUID, uuid.UUID]:
    case_id = new_case(berlin)
    ours = signed_evaluation(berlin, case_id, "Evaluator A", "not_cleared")
    import_bytes(paris, export_bytes(berlin, paris))
    forged = hostile_correction(paris, case_id, ours)
    return case_id, ours, forged


def test_partners_correction_of_our_evaluation_is_refused_and_listed(
    orgs: tuple[Org, Org],
) -> None:
    berlin, paris = orgs
    case_id, ours, forged = _our_not_cleared_and_partners_claim(berlin, paris)
    staged = import_verify.verify_and_stage(berlin.session, io.BytesIO(export_bytes(paris, berlin)))
    preview = imports.preview_import(berlin.session, staged)
    assert [(r.evaluation_id, r.reason) for r in preview.refused_evaluations] == [
        (forged, EvaluationRefusal.SUPERSEDES_OTHER_ORGANISATION)
    ]
    assert preview.new_evaluations == 0
    before = logical_dump(berlin.session)["evaluations"]
    result = imports.apply_import(berlin.session, staged)
    assert result.evaluations == 0
    assert logical_dump(berlin.session)["evaluations"] == before
    assert ev.get_evaluation(berlin.session, ours).superseded_by is None
    assert (
        case_clearance.explain_clearance(berlin.session, case_id).explanation.state
        is ClearanceState.BLOCKED
    )
    # Our own correction goes through.
    correction = ev.supersede_evaluation(berlin.session, ours, CLEARED_FIELDS)
    ev.finalise_evaluation(berlin.session, correction.evaluation.id)
    assert ev.get_evaluation(berlin.session, ours).superseded_by == correction.evaluation.id


def test_our_correction_works_where_an_old_import_stored_a_partners_claim(
    orgs: tuple[Org, Org],
) -> None:
    berlin, paris = orgs
    case_id, ours, forged = _our_not_cleared_and_partners_claim(berlin, paris)
    store_as_the_old_import_did(paris, berlin, forged)
    # The partner's claim supersedes nothing: ours still blocks.
    assert ev.get_evaluation(berlin.session, ours).superseded_by is None
    report = case_clearance.explain_clearance(berlin.session, case_id)
    assert report.explanation.state is ClearanceState.BLOCKED
    correction = ev.supersede_evaluation(berlin.session, ours, CLEARED_FIELDS)
    ev.finalise_evaluation(berlin.session, correction.evaluation.id)
    assert ev.get_evaluation(berlin.session, ours).superseded_by == correction.evaluation.id
    # Our correction (cleared) and the partner's (cleared, by another person) now clear it.
    assert case_clearance.explain_clearance(berlin.session, case_id).explanation.cleared


def test_we_cannot_start_a_correction_of_a_partners_evaluation(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = new_case(berlin)
    theirs = signed_evaluation(berlin, case_id, "Evaluator A")
    import_bytes(paris, export_bytes(berlin, paris))
    before = logical_dump(paris.session)
    with pytest.raises(EvaluatorNotOurs):
        ev.supersede_evaluation(paris.session, theirs, {"verdict": "inconclusive"})
    assert logical_dump(paris.session) == before


def test_evaluation_naming_another_organisations_evaluator_is_refused(
    orgs: tuple[Org, Org],
) -> None:
    """A partner cannot speak for one of our evaluators: the clearance rule counts people."""
    from tests.support.screening import evaluation_with_borrowed_evaluator

    berlin, paris = orgs
    case_id = new_case(berlin)
    ours = signed_evaluation(berlin, case_id, "Evaluator A", "not_cleared")
    our_evaluator = ev.get_evaluation(berlin.session, ours).evaluation.evaluator_id
    import_bytes(paris, export_bytes(berlin, paris))
    borrowed = evaluation_with_borrowed_evaluator(paris, case_id, our_evaluator)
    staged = import_verify.verify_and_stage(berlin.session, io.BytesIO(export_bytes(paris, berlin)))
    preview = imports.preview_import(berlin.session, staged)
    assert [(r.evaluation_id, r.reason) for r in preview.refused_evaluations] == [
        (borrowed, EvaluationRefusal.EVALUATOR_OF_OTHER_ORGANISATION)
    ]
    before = logical_dump(berlin.session)["evaluations"]
    imports.apply_import(berlin.session, staged)
    assert logical_dump(berlin.session)["evaluations"] == before
