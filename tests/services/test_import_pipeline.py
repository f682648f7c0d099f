"""The import pipeline: verify (one decryption) -> plan -> write, with real vaults and bundles.

Decryptions are counted at the one place a bundle's payload stream is opened
(exchange/unseal.py, `_open_stream`); the count is the number of passes over the ciphertext.
"""

from __future__ import annotations

import io

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange import unseal
from casevault.exchange.plan_types import CaseAction
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import import_verify, imports
from casevault.services.partner_closures import list_case_closures
from casevault.vault.repos import audit as audit_repo
from tests.support.hostile import forged_bundle
from tests.support.orgs import Org, export_bytes


def _case(org: Org, surname: str) -> str:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname, given="Иван"), city="Almaty")
    return str(case_service.create_case(org.session, fields).id)


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every pass over a bundle's ciphertext."""
    opened: list[int] = []
    real = unseal._open_stream

    def counting(*args: object) -> object:
        opened.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(unseal, "_open_stream", counting)
    return opened


def test_verify_preview_apply_decrypt_a_bundle_once(
    orgs: tuple[Org, Org], passes: list[int]
) -> None:
    berlin, paris = orgs
    _case(berlin, "Петров")
    _case(berlin, "Сидоров")
    bundle = export_bytes(berlin, paris)
    passes.clear()
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(bundle))
    preview = imports.preview_import(paris.session, staged)
    result = imports.apply_import(paris.session, staged)
    assert result.new_cases == len(preview.new_cases) == 2
    assert len(passes) == 1


def test_attachment_bytes_are_the_only_second_pass(
    orgs: tuple[Org, Org], passes: list[int]
) -> None:
    """Blob bytes are streamed into the vault from a second pass, never kept in memory whole or
    written in plaintext; the records are not decrypted again for it."""
    berlin, paris = orgs
    case_id = _case(berlin, "Петров")
    attachment_service.add_attachment(berlin.session, case_id, io.BytesIO(b"scan"), "scan.pdf")
    bundle = export_bytes(berlin, paris)
    passes.clear()
    with io.BytesIO(bundle) as untrusted:
        staged = import_verify.verify_and_stage(paris.session, untrusted)
        imports.preview_import(paris.session, staged)
        assert len(passes) == 1
        assert imports.apply_import(paris.session, staged).attachments == 1
    assert len(passes) == 2


def test_the_preview_shows_the_plan_apply_writes(orgs: tuple[Org, Org]) -> None:
    berlin, paris = orgs
    _case(berlin, "Петров")
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(export_bytes(berlin, paris)))
    preview = imports.preview_import(paris.session, staged)
    assert preview.plan is not None
    assert preview.plans == preview.plan.cases
    assert [p.action for p in preview.plan.cases] == [CaseAction.INSERT]
    assert imports.apply_import(paris.session, staged).replanned is False


def test_a_plan_made_stale_by_a_change_is_made_again_and_said(orgs: tuple[Org, Org]) -> None:
    """The vault changes between preview and apply: apply plans again from the verified
    content (the shown plan would overwrite nothing now, the new one merges), reports it and
    audits it."""
    berlin, paris = orgs
    case_id = _case(berlin, "Петров")
    staged = import_verify.verify_and_stage(paris.session, io.BytesIO(export_bytes(berlin, paris)))
    shown = imports.preview_import(paris.session, staged)
    assert [p.action for p in shown.plans] == [CaseAction.INSERT]
    # Meanwhile the same case arrives here by another bundle.
    first = import_verify.verify_and_stage(paris.session, io.BytesIO(export_bytes(berlin, paris)))
    imports.apply_import(paris.session, first)
    result = imports.apply_import(paris.session, staged)
    assert (result.new_cases, result.replanned) == (0, True)
    assert len(case_service.list_cases(paris.session)) == 1
    with paris.session.vault.reading() as conn:
        entries = audit_repo.list_entries(conn, record_id=staged.bundle_id)
    assert [e.details.get("replanned") for e in entries if e.action == "bundle.import"] == [True]
    assert case_service.get_case(paris.session, case_id).fields.city == "Almaty"


def _closure(case_id: str, deleted_at: str) -> tuple[str, dict[str, object]]:
    return "tombstone", {"record_type": "case", "record_id": case_id, "deleted_at": deleted_at}


def test_a_partners_closure_keeps_the_earliest_time_whatever_the_order(
    orgs: tuple[Org, Org],
) -> None:
    """Found by the plan's property test: the later of two closure notices used to be ignored
    once one was held, so the time kept depended on the order bundles arrived in."""
    berlin, paris = orgs
    sent = _case(berlin, "Петров")
    import_verify_apply(paris, export_bytes(berlin, paris, cases=[sent]))
    late = forged_bundle(paris, berlin, [_closure(sent, "2026-10-25T10:00:00Z")])
    early = forged_bundle(paris, berlin, [_closure(sent, "2026-10-20T10:00:00Z")])
    import_verify_apply(berlin, late)
    import_verify_apply(berlin, early)
    (closure,) = list_case_closures(berlin.session, sent)
    assert closure.closed_at.day == 20


def import_verify_apply(receiver: Org, bundle: bytes) -> imports.ImportResult:
    staged = import_verify.verify_and_stage(receiver.session, io.BytesIO(bundle))
    imports.preview_import(receiver.session, staged)
    return imports.apply_import(receiver.session, staged)
