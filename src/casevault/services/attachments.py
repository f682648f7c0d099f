"""Attachments: add a file to a case, list, view from memory, copy out, delete. All audited.

Adding streams the user's file into the encrypted database chunk by chunk; viewing returns the
bytes in memory (for QImage / QPdfDocument), never through a temp file; a copy out goes only
where the user points, and the caller warns that the copy is not encrypted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import BinaryIO

from casevault.domain.attachment import (
    CHUNK_SIZE,
    MAX_ATTACHMENT_BYTES,
    VIEWABLE_IN_MEMORY_BYTES,
    Attachment,
    sniff_media_type,
)
from casevault.domain.errors import InvalidField
from casevault.domain.outside_names import safe_file_name
from casevault.services.case_refs import resolve_case
from casevault.services.errors import AttachmentNotFound, CaseDeleted
from casevault.services.session import Session
from casevault.services.short_ids import IdKind, resolve_uuid
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.errors import AttachmentTooLarge, RecordNotFound
from casevault.vault.repos import organisation as org_repo


def _chunks(source: BinaryIO, first: bytes) -> Iterator[bytes]:
    if first:
        yield first
    while chunk := source.read(CHUNK_SIZE):
        yield chunk


def add_attachment(
    session: Session, case_ref: str | uuid.UUID, source: BinaryIO, filename: str
) -> Attachment:
    """Store the file read from `source` with the case. One transaction; audited (no name).

    Raises CaseNotFound, CaseDeleted, InvalidField (file name), AttachmentTooLarge.
    """
    if not filename.strip():
        raise InvalidField("filename", "empty")
    # The name travels to partners and is offered back when the file is copied out: stored as
    # a safe base name (no path, no control or bidi characters), as received names are.
    name = safe_file_name(filename.strip())[:200]
    first = source.read(CHUNK_SIZE)
    attachment_id = uuid.uuid4()
    with session.vault.transaction() as conn:
        case = resolve_case(conn, case_ref)
        if case.deleted:
            raise CaseDeleted(str(case.id))
        draft = Attachment(
            id=attachment_id,
            case_id=case.id,
            filename=name,
            media_type=sniff_media_type(first),
            size=0,
            sha256="0" * 64,
            created_at=session.clock(),
            origin_org=org_repo.get_own_organisation(conn).id,
        )
        blobs.insert_attachment(conn, draft)
        size, digest = blobs.write_chunks(conn, attachment_id, _chunks(source, first))
        blobs.finish_attachment(conn, attachment_id, size, digest)
        session.audit(
            conn, "attachment.add", "case", str(case.id), {"attachment": str(attachment_id)}
        )
        return blobs.get_attachment(conn, attachment_id)


def _resolve(conn: Connection, ref: str | uuid.UUID) -> uuid.UUID:
    return resolve_uuid(conn, IdKind.ATTACHMENT, ref)


def list_attachments(session: Session, case_ref: str | uuid.UUID) -> list[Attachment]:
    """A case's attachments (metadata only)."""
    with session.vault.reading() as conn:
        case = resolve_case(conn, case_ref)
        return blobs.list_attachments(conn, case.id)


def get_attachment(session: Session, ref: str | uuid.UUID) -> Attachment:
    """One attachment's metadata."""
    with session.vault.reading() as conn:
        try:
            return blobs.get_attachment(conn, _resolve(conn, ref))
        except RecordNotFound as exc:
            raise AttachmentNotFound(str(ref)) from exc


def read_attachment(session: Session, ref: str | uuid.UUID) -> tuple[Attachment, bytes]:
    """The whole file in memory, for viewing. Refuses files above the in-memory bound."""
    with session.vault.reading() as conn:
        attachment = blobs.get_attachment(conn, _resolve(conn, ref))
        if attachment.size > VIEWABLE_IN_MEMORY_BYTES:
            raise AttachmentTooLarge(VIEWABLE_IN_MEMORY_BYTES)
        data = b"".join(blobs.iter_chunks(conn, attachment.id))
    return attachment, data


def copy_attachment_out(session: Session, ref: str | uuid.UUID, sink: BinaryIO) -> Attachment:
    """Write a plaintext copy to `sink` (a place the user chose). Audited."""
    with session.vault.reading() as conn:
        attachment = blobs.get_attachment(conn, _resolve(conn, ref))
        for chunk in blobs.iter_chunks(conn, attachment.id):
            sink.write(chunk)
    with session.vault.transaction() as conn:
        session.audit(
            conn,
            "attachment.copy_out",
            "case",
            str(attachment.case_id),
            {"attachment": str(attachment.id)},
        )
    return attachment


def delete_attachment(session: Session, ref: str | uuid.UUID) -> Attachment:
    """Remove an attachment for good (its pages are zeroed). Audited."""
    with session.vault.transaction() as conn:
        attachment = blobs.get_attachment(conn, _resolve(conn, ref))
        blobs.delete_attachment(conn, attachment.id)
        session.audit(
            conn,
            "attachment.delete",
            "case",
            str(attachment.case_id),
            {"attachment": str(attachment.id)},
        )
    return attachment


__all__ = ["MAX_ATTACHMENT_BYTES"]
