"""Signed erasure notices between real organisations: the eraser's next bundle carries one to
every partner that received the case; the receiver sees it in the preview with the name it
holds, erases only on confirmation and records that it complied; a notice from an organisation
that never held the case is listed and ignored."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.services import cases as case_service
from casevault.services import import_verify, imports
from casevault.services.audit_log import list_audit_entries
from casevault.services.erasure import erase_case
from casevault.services.erasure_notices import NoticeAction, comply_with_notices
from casevault.services.errors import CaseNotFound
from casevault.services.versioning import node_id
from casevault.vault.repos import organisation as org_repo
from tests.support.orgs import Org, export_bytes, import_bytes, introduce, logical_dump, make_org

SURNAME = "Noticecanaryz"


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org, Org]]:
    berlin, paris, yerevan = (make_org(tmp_path, n) for n in ("berlin", "paris", "yerevan"))
    introduce(berlin, paris)
    introduce(paris, yerevan)
    yield berlin, paris, yerevan
    for org in (berlin, paris, yerevan):
        org.session.close()


def _case(org: Org) -> str:
    fields = CaseFields(name_latin=PersonName(surname=SURNAME, given="Oleg"), country="KZ")
    return str(case_service.create_case(org.session, fields).id)


def _staged(org: Org, bundle: bytes) -> import_verify.StagedBundle:
    return import_verify.verify_and_stage(org.session, io.BytesIO(bundle))


def _compliance(org: Org) -> list[tuple[str, ...]]:
    with org.session.vault.reading() as conn:
        rows = conn.execute(
            "SELECT notice_id, case_id, sender_org FROM erasure_compliance"
        ).fetchall()
    return [tuple(row) for row in rows]


def test_the_partner_that_received_him_is_notified_and_complies_on_confirmation(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, yerevan = orgs
    case_id = _case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    import_bytes(yerevan, export_bytes(paris, yerevan))  # Paris passed him on
    erased = erase_case(berlin.session, case_id, case_id)
    assert [p.partner_id for p in erased.partners_to_notify] == [paris.org_id]

    notice_bundle = export_bytes(berlin, paris)  # no case left: the notice alone travels
    staged = _staged(paris, notice_bundle)
    preview = imports.preview_import(paris.session, staged)
    [notice] = preview.erasure_notices
    assert (notice.case_id, notice.action) == (uuid.UUID(case_id), NoticeAction.ERASE)
    assert SURNAME in notice.display_name  # the name as held here; the notice carries none
    assert SURNAME.encode() not in notice_bundle

    imports.apply_import(paris.session, staged)  # the import alone erases nothing
    assert case_service.get_case(paris.session, case_id).id == uuid.UUID(case_id)
    assert comply_with_notices(paris.session, staged, set()).erased == ()
    assert _compliance(paris) == []

    result = comply_with_notices(paris.session, staged, {uuid.UUID(case_id)})
    assert result.erased == (uuid.UUID(case_id),)
    with pytest.raises(CaseNotFound):
        case_service.get_case(paris.session, case_id)
    assert _compliance(paris) == [(str(notice.notice_id), case_id, berlin.org_id)]
    actions = [e.action for e in list_audit_entries(paris.session, case_id)]
    assert "case.erase" in actions
    assert "erasure_notice.comply" in actions

    # Paris now owes Yerevan a notice in turn; Berlin keeps re-sending its own, which Paris
    # recognises as complied with.
    staged = _staged(yerevan, export_bytes(paris, yerevan))
    assert [n.action for n in imports.preview_import(yerevan.session, staged).erasure_notices] == [
        NoticeAction.ERASE
    ]
    again = _staged(paris, export_bytes(berlin, paris))
    assert [n.action for n in imports.preview_import(paris.session, again).erasure_notices] == [
        NoticeAction.ALREADY_COMPLIED
    ]


def _forged_notice(sender: Org, recipient: Org, case_id: str) -> bytes:
    """A real bundle, signed with the sender's real keys, carrying a notice it has no right to."""
    sink = io.BytesIO()
    with sender.session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        identity = SenderIdentity(org_repo.get_own_private_keys(conn), own.id, node_id(conn))
        with recipient.session.vault.reading() as their:
            keys = org_repo.get_own_organisation(their).public_keys
        with BundleWriter(
            sink,
            identity,
            [RecipientKeys(recipient.org_id, keys)],
            str(uuid.uuid4()),
            dt.datetime.now(dt.UTC),
        ) as writer:
            writer.add_record(
                "erasure_notice",
                {
                    "notice_id": str(uuid.uuid4()),
                    "case_id": case_id,
                    "erased_at": "2025-01-01T00:00:00+00:00",
                },
            )
    return sink.getvalue()


def test_a_notice_from_an_organisation_that_never_held_him_is_ignored(
    orgs: tuple[Org, Org, Org],
) -> None:
    berlin, paris, yerevan = orgs
    case_id = _case(berlin)
    import_bytes(paris, export_bytes(berlin, paris))
    staged = _staged(paris, _forged_notice(yerevan, paris, case_id))
    preview = imports.preview_import(paris.session, staged)
    assert [n.action for n in preview.erasure_notices] == [NoticeAction.SENDER_NEVER_HAD_IT]
    assert SURNAME not in repr(preview.erasure_notices)
    before = logical_dump(paris.session)
    assert comply_with_notices(paris.session, staged, {uuid.UUID(case_id)}).erased == ()
    assert logical_dump(paris.session) == before
    assert case_service.get_case(paris.session, case_id).id == uuid.UUID(case_id)
