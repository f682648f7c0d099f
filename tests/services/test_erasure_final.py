"""Erasure is final (issue #11), on real vaults with real keys and real bundles: no import from a
partner or from our own laptop, no restore and no unmerge brings back any record of an erased
man; cases of the same man are erased with him only when confirmed; a failed compaction after
the erasure says so truthfully and can be retried."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
import sqlcipher3

from casevault.domain.case import CaseFields, PersonName
from casevault.services import attachments as attachment_service
from casevault.services import case_merge, duplicates, import_verify, imports, name_search
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services.erasure import compact_vault, erase_case, related_cases
from casevault.services.errors import (
    CaseErased,
    CaseNotFound,
    CompactionFailed,
    RelatedCasesNotConfirmed,
)
from casevault.services.subject_access import build_subject_access_report
from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from tests.support.orgs import (
    PASSPHRASE,
    Org,
    export_bytes,
    import_bytes,
    logical_dump,
    make_org,
)

SURNAME = "Erasedcanaryq"


def _man(org: Org, surname: str = SURNAME) -> str:
    """A case with a timeline event, a finalised (signed) evaluation and an attachment."""
    case = case_service.create_case(
        org.session,
        CaseFields(
            name_latin=PersonName(surname=surname, given="Ivan"),
            notes=f"notes {surname}",
            country="KZ",
        ),
    )
    case_service.add_timeline_event(org.session, case.id, dt.date(2024, 3, 1), f"crossed {surname}")
    evaluator = eval_service.add_evaluator(org.session, "Evaluator")
    draft = eval_service.create_draft(
        org.session,
        case.id,
        evaluator.id,
        {
            "date": "2024-05-01",
            "methods": ["interview"],
            "checklist": {"civilian_harm": {"state": "checked", "note": surname}},
            "verdict": "cleared",
            "confidence": "high",
            "notes": surname,
        },
    )
    eval_service.finalise_evaluation(org.session, draft.evaluation.id)
    attachment_service.add_attachment(
        org.session, case.id, io.BytesIO(f"scan {surname}".encode()), "scan.txt"
    )
    return str(case.id)


def _rows_about(org: Org, case_id: str) -> dict[str, int]:
    with org.session.vault.reading() as conn:
        return {
            table: conn.execute(
                f"SELECT count(*) FROM {table} WHERE {column} = ?", (case_id,)
            ).fetchone()[0]
            for table, column in (
                ("cases", "id"),
                ("timeline_events", "case_id"),
                ("evaluations", "case_id"),
                ("attachments", "case_id"),
                ("case_field_versions", "case_id"),
                ("consents", "case_id"),
            )
        }


NOTHING = {
    "cases": 0,
    "timeline_events": 0,
    "evaluations": 0,
    "attachments": 0,
    "case_field_versions": 0,
    "consents": 0,
}


def _stage(org: Org, bundle: bytes) -> import_verify.StagedBundle:
    return import_verify.verify_and_stage(org.session, io.BytesIO(bundle))


def test_an_import_from_a_partner_still_holding_him_brings_nothing_back(
    orgs: tuple[Org, Org],
) -> None:
    berlin, paris = orgs
    case_id = _man(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    late = export_bytes(berlin, paris)  # made before the erasure, arrives after it
    assert _rows_about(paris, case_id)["evaluations"] == 1  # positive control
    assert _rows_about(paris, case_id)["attachments"] == 1

    erase_case(paris.session, case_id, case_id)
    before = logical_dump(paris.session)
    staged = _stage(paris, late)
    preview = imports.preview_import(paris.session, staged)
    assert preview.erased_here == (uuid.UUID(case_id),)
    assert preview.plans == ()
    assert preview.new_timeline_events == preview.new_evaluations == preview.attachments == 0
    assert SURNAME not in repr(preview)
    imports.apply_import(paris.session, staged)

    assert _rows_about(paris, case_id) == NOTHING
    with pytest.raises(CaseNotFound):
        case_service.get_case(paris.session, case_id)
    assert case_service.search_cases(paris.session, SURNAME) == []
    assert name_search.search_names(paris.session, SURNAME) == []
    with pytest.raises(CaseNotFound):
        build_subject_access_report(paris.session, case_id)
    with pytest.raises(CaseErased):
        case_service.restore_case(paris.session, case_id)
    after = logical_dump(paris.session)
    for table in ("cases", "timeline_events", "evaluations", "attachments", "attachment_chunks"):
        assert after[table] == before[table]
    # The register holds his random id and a date, nothing else.
    with paris.session.vault.reading() as conn:
        register = conn.execute("SELECT * FROM erased_cases").fetchall()
    assert [row[0] for row in register] == [case_id]
    assert len(tuple(register[0])) == 2


def test_sync_from_our_own_laptop_brings_nothing_back_and_the_laptop_complies(
    tmp_path: Path,
) -> None:
    from tests.services.test_nodes import _enrol, _sync

    office, laptop = make_org(tmp_path, "office"), make_org(tmp_path, "laptop")
    try:
        _enrol(office, laptop)
        case_id = _man(office)
        import_bytes(laptop, _sync(office))
        assert _rows_about(laptop, case_id)["timeline_events"] == 1
        erase_case(office.session, case_id, case_id)

        import_bytes(office, _sync(laptop))  # the laptop still holds him
        assert _rows_about(office, case_id) == NOTHING

        # The office's next sync carries a signed erasure notice; the laptop sees his name as
        # held there, and nothing is erased without a yes.
        staged = _stage(laptop, _sync(office))
        preview = imports.preview_import(laptop.session, staged)
        [notice] = preview.erasure_notices
        assert notice.case_id == uuid.UUID(case_id)
        assert notice.action == "erase"
        assert SURNAME in notice.display_name
        imports.apply_import(laptop.session, staged)
        assert _rows_about(laptop, case_id)["cases"] == 1
        from casevault.services.erasure_notices import comply_with_notices

        result = comply_with_notices(laptop.session, staged, {uuid.UUID(case_id)})
        assert result.erased == (uuid.UUID(case_id),)
        assert _rows_about(laptop, case_id) == NOTHING
        with laptop.session.vault.reading() as conn:
            complied = conn.execute(
                "SELECT notice_id, case_id, sender_org FROM erasure_compliance"
            ).fetchall()
        assert [tuple(r) for r in complied] == [(str(notice.notice_id), case_id, office.org_id)]
    finally:
        office.session.close()
        laptop.session.close()


def _same_man(org: Org) -> tuple[str, str, str, str]:
    kept = _man(org)
    absorbed = _man(org, "Absorbedcanary")
    linked = _man(org, "Linkedcanary")
    other = _man(org, "Othermancanary")
    case_merge.merge_cases(org.session, kept, absorbed)
    duplicates.link_cases(org.session, kept, linked, "duplicate")
    duplicates.link_cases(org.session, kept, other, "distinct")
    return kept, absorbed, linked, other


def test_erasure_refuses_while_cases_of_the_same_man_are_unconfirmed(
    orgs: tuple[Org, Org],
) -> None:
    berlin, _ = orgs
    kept, absorbed, linked, other = _same_man(berlin)
    assert [str(c) for c in related_cases(berlin.session, kept)] == sorted([absorbed, linked])
    before = logical_dump(berlin.session)
    with pytest.raises(RelatedCasesNotConfirmed) as refused:
        erase_case(berlin.session, kept, kept, confirmed_related=[absorbed])
    assert refused.value.related == (linked,)
    with pytest.raises(RelatedCasesNotConfirmed):
        erase_case(berlin.session, absorbed, absorbed)  # from the absorbed side too
    assert logical_dump(berlin.session) == before

    result = erase_case(berlin.session, kept, kept, confirmed_related=[absorbed, linked.upper()])
    assert sorted(str(c) for c in result.related_erased) == sorted([absorbed, linked])
    for case_id in (kept, absorbed, linked):
        assert _rows_about(berlin, case_id) == NOTHING
    assert _rows_about(berlin, other)["cases"] == 1  # another man ("distinct") stays
    with pytest.raises(CaseErased):
        case_merge.unmerge_cases(berlin.session, absorbed)
    with pytest.raises(CaseErased):
        case_service.restore_case(berlin.session, absorbed)


def _raw_key(org: Org, vault_dir: Path) -> bytes:
    return read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", PASSPHRASE)


def test_a_failed_compaction_says_the_erasure_committed_and_can_be_retried(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, _ = orgs
    case_id = _man(berlin)
    vault_dir = tmp_path / "berlin"
    reader = sqlcipher3.connect(str(database_path(vault_dir)), isolation_level=None)
    try:
        reader.execute(f"PRAGMA key = \"x'{_raw_key(berlin, vault_dir).hex()}'\"")
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        # A reader keeps its snapshot open: the checkpoint that ends compaction cannot finish.
        with pytest.raises(CompactionFailed) as failed:
            erase_case(berlin.session, case_id, case_id)
        assert failed.value.case_ids == (case_id,)
    finally:
        reader.close()
    assert _rows_about(berlin, case_id) == NOTHING  # the erasure did commit
    with pytest.raises(CaseErased):
        case_service.restore_case(berlin.session, case_id)
    compact_vault(berlin.session)  # the retry, now that nothing holds the database
