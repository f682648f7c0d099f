"""Attachments: stored encrypted in chunks, viewed from memory, travel in bundles, erased."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from casevault.domain.attachment import CHUNK_SIZE, sniff_media_type
from casevault.domain.case import CaseFields
from casevault.domain.errors import InvalidField
from casevault.services import attachments as svc
from casevault.services import cases as case_service
from casevault.services.errors import AttachmentNotFound, CaseDeleted
from casevault.services.session import Session
from casevault.vault.layout import database_path
from tests.support.orgs import export_bytes, import_bytes, introduce, make_org

CANARY = b"%PDF-1.4 canary-attachment-7713 "


def _pdf(size: int) -> bytes:
    return CANARY + os.urandom(size)


def test_add_view_copy_delete(session: Session, vault_dir: Path, tmp_path: Path) -> None:
    case = case_service.create_case(session, CaseFields(notes="x"))
    data = _pdf(3 * CHUNK_SIZE + 17)
    stored = svc.add_attachment(session, str(case.id)[:8], io.BytesIO(data), "call-up.pdf")
    assert stored.media_type == "application/pdf"
    assert stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    meta, viewed = svc.read_attachment(session, str(stored.id)[:8])
    assert viewed == data
    assert meta == stored
    copy = io.BytesIO()
    svc.copy_attachment_out(session, stored.id, copy)
    assert copy.getvalue() == data
    assert [a.id for a in svc.list_attachments(session, case.id)] == [stored.id]
    session.vault.compact()
    raw = b"".join(p.read_bytes() for p in vault_dir.iterdir() if p.is_file())
    assert b"canary-attachment-7713" not in raw  # encrypted at rest
    svc.delete_attachment(session, stored.id)
    with pytest.raises(AttachmentNotFound):
        svc.get_attachment(session, stored.id)
    assert database_path(vault_dir).exists()


def test_refusals(session: Session) -> None:
    case = case_service.create_case(session, CaseFields())
    with pytest.raises(InvalidField):
        svc.add_attachment(session, case.id, io.BytesIO(b"x"), "  ")
    case_service.delete_case(session, case.id)
    with pytest.raises(CaseDeleted):
        svc.add_attachment(session, case.id, io.BytesIO(b"x"), "a.txt")


def test_media_type_comes_from_content_not_name() -> None:
    assert sniff_media_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff_media_type(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert sniff_media_type(b"MZ\x90\x00 pretending.pdf") == "application/octet-stream"


def test_attachments_travel_in_bundles(tmp_path: Path) -> None:
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    case = case_service.create_case(berlin.session, CaseFields(notes="has a scan"))
    data = _pdf(5 * CHUNK_SIZE)
    stored = svc.add_attachment(berlin.session, case.id, io.BytesIO(data), "scan.pdf")
    bundle = export_bytes(berlin, paris)
    assert b"canary-attachment-7713" not in bundle
    result = import_bytes(paris, bundle)
    assert result.attachments == 1
    meta, received = svc.read_attachment(paris.session, stored.id)
    assert received == data
    assert meta.filename == "scan.pdf"
    # Sent again (a later bundle): nothing duplicated.
    import_bytes(paris, export_bytes(berlin, paris))
    assert len(svc.list_attachments(paris.session, case.id)) == 1
    berlin.session.close()
    paris.session.close()


def test_a_local_file_name_is_stored_as_a_safe_base_name(tmp_path: Path) -> None:
    """The stored name travels to partners and comes back as a copy-out suggestion: never a
    path, never a hidden right-to-left override."""
    import io

    from casevault.domain.case import CaseFields
    from casevault.domain.outside_names import file_name_problem
    from casevault.services import attachments
    from casevault.services import cases as case_service
    from tests.support.orgs import make_org

    org = make_org(tmp_path, "berlin")
    case = case_service.create_case(org.session, CaseFields(notes="n"))
    for hostile in ("../../.bashrc", "C:\\Users\\scan.pdf", "scan\u202efdp.exe"):
        stored = attachments.add_attachment(org.session, case.id, io.BytesIO(b"%PDF"), hostile)
        assert file_name_problem(stored.filename) is None, stored.filename
        assert "/" not in stored.filename
        assert "\\" not in stored.filename
    org.session.close()
