"""Names from a partner's bundle: unsafe file names made safe in the preview, unsafe signed
evaluator names refuse the bundle, and nothing fails half-way through apply."""

from __future__ import annotations

import io
from typing import Any

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.outside_names import file_name_problem
from casevault.exchange.errors import UnsafeNameInBundle
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import evaluations as ev
from casevault.services import import_verify, imports
from tests.support.orgs import Org, export_bytes, import_bytes, logical_dump
from tests.support.resealed import reseal
from tests.support.screening import hostile_evaluator

PDF = b"%PDF-1.4 synthetic call-up paper\n"


def _case_with_attachment(org: Org, filename: str) -> str:
    case = case_service.create_case(
        org.session, CaseFields(name_cyrillic=PersonName(surname="Орлов", given="Пётр"))
    )
    attachment_service.add_attachment(org.session, case.id, io.BytesIO(PDF), filename)
    return str(case.id)


def _preview(receiver: Org, bundle: bytes) -> tuple[import_verify.StagedBundle, Any]:
    staged = import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))
    return staged, imports.preview_import(receiver.session, staged)


def test_a_path_as_file_name_is_stored_as_a_safe_base_name(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    case_id = _case_with_attachment(berlin, "scan.pdf")

    def as_path(kind: str, value: dict[str, Any]) -> dict[str, Any]:
        # Our own add_attachment stores safe names; a hostile client sends whatever it likes.
        return {**value, "filename": "../../.bashrc"} if kind == "attachment" else value

    bundle = reseal(berlin, paris, export_bytes(berlin, paris), as_path)
    staged, preview = _preview(paris, bundle)
    assert [(r.stored_as, r.problem) for r in preview.renamed_attachments] == [("bashrc", "path")]
    assert "names-safe" in preview.checks_passed
    imports.apply_import(paris.session, staged)
    [stored] = attachment_service.list_attachments(paris.session, case_id)
    assert stored.filename == "bashrc"
    assert file_name_problem(stored.filename) is None


@pytest.mark.parametrize(
    ("hostile", "safe", "problem"),
    [
        ("scan\x00.pdf", "scan_.pdf", "control"),
        ("photo\u202egpj.exe", "photo_gpj.exe", "invisible"),
        ("C:\\Users\\Public\\run.bat", "run.bat", "path"),
        ("report\u200b.pdf", "report_.pdf", "invisible"),
        ("a\nb.pdf", "a_b.pdf", "control"),
    ],
)
def test_hostile_file_names_never_fail_during_apply(
    orgs: tuple[Org, Org], hostile: str, safe: str, problem: str
) -> None:
    berlin, paris = orgs
    case_id = _case_with_attachment(berlin, "scan.pdf")

    def rename(kind: str, value: dict[str, Any]) -> dict[str, Any]:
        return {**value, "filename": hostile} if kind == "attachment" else value

    bundle = reseal(berlin, paris, export_bytes(berlin, paris), rename)
    staged, preview = _preview(paris, bundle)
    assert [(r.stored_as, r.problem) for r in preview.renamed_attachments] == [(safe, problem)]
    result = imports.apply_import(paris.session, staged)
    assert result.attachments == 1
    [stored] = attachment_service.list_attachments(paris.session, case_id)
    assert stored.filename == safe
    assert attachment_service.read_attachment(paris.session, stored.id)[1] == PDF


@pytest.mark.parametrize(
    ("name", "role", "field"),
    [
        ("Anna\u200bPetrova", "interviewer", "evaluator.name"),  # zero-width space
        ("Anna\u200ePetrova", "interviewer", "evaluator.name"),  # left-to-right mark
        ("Anna\u00a0Petrova", "interviewer", "evaluator.name"),  # no-break space
        ("Anna Petrova", "inter\ufeffviewer", "evaluator.role"),  # byte order mark
    ],
)
def test_an_unsafe_signed_evaluator_name_refuses_the_bundle(
    orgs: tuple[Org, Org], name: str, role: str, field: str
) -> None:
    berlin, paris = orgs
    case = case_service.create_case(
        berlin.session, CaseFields(name_cyrillic=PersonName(surname="Орлов"))
    )
    person_id = hostile_evaluator(berlin, name, role)
    draft = ev.create_draft(
        berlin.session,
        case.id,
        person_id,
        {
            "date": "2026-10-01",
            "methods": ["interview"],
            "checklist": {"civilian_harm": {"state": "checked", "note": "none found"}},
            "verdict": "not_cleared",
            "confidence": "high",
        },
    )
    ev.finalise_evaluation(berlin.session, draft.evaluation.id)
    bundle = export_bytes(berlin, paris)
    before = logical_dump(paris.session)
    with pytest.raises(UnsafeNameInBundle) as info:
        import_bytes(paris, bundle)
    assert info.value.field == field
    assert logical_dump(paris.session) == before
