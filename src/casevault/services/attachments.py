"""Attachments: add a file to a case (with its provenance), derive a copy, list, view from
memory, copy out, delete. All audited.

Adding streams the user's file into the encrypted database chunk by chunk; viewing returns the
bytes in memory (for QImage / QPdfDocument), never through a temp file; a copy out goes only
where the user points, and the caller warns that the copy is not encrypted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from pydantic import ValidationError

from casevault.domain.attachment import (
    CHUNK_SIZE,
    MAX_ATTACHMENT_BYTES,
    VIEWABLE_IN_MEMORY_BYTES,
    Attachment,
    sniff_media_type,
)
from casevault.domain.audit_actions import AuditAction
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem, invalid_field_from
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


def _draft(
    session: Session,
    conn: Connection,
    case_id: uuid.UUID,
    filename: str,
    first: bytes,
    provenance: Mapping[str, object],
) -> Attachment:
    """The metadata row of a new attachment, before its bytes (size and digest follow)."""
    if not filename.strip():
        raise InvalidField("filename", Problem.EMPTY)
    # The name travels to partners and is offered back when the file is copied out: stored as
    # a safe base name (no path, no control or bidi characters), as received names are.
    name = safe_file_name(filename.strip())[:200]
    try:
        return Attachment.model_validate(
            {
                "id": uuid.uuid4(),
                "case_id": case_id,
                "filename": name,
                "media_type": sniff_media_type(first),
                "size": 0,
                "sha256": "0" * 64,
                "created_at": session.clock(),
                "origin_org": org_repo.get_own_organisation(conn).id,
                **provenance,
            }
        )
    except ValidationError as exc:
        raise invalid_field_from(exc, "attachment") from exc


def _store(conn: Connection, draft: Attachment, source: BinaryIO, first: bytes) -> Attachment:
    blobs.insert_attachment(conn, draft)
    size, digest = blobs.write_chunks(conn, draft.id, _chunks(source, first))
    blobs.finish_attachment(conn, draft.id, size, digest)
    return blobs.get_attachment(conn, draft.id)


def _optional_text(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def add_attachment(
    session: Session,
    case_ref: str | uuid.UUID,
    source: BinaryIO,
    filename: str,
    *,
    received_from: str | None = None,
    received_on: dt.date | None = None,
) -> Attachment:
    """Store the file read from `source` with the case, byte for byte as read: its SHA-256,
    size and sniffed type are recorded, and the stored bytes can never change afterwards (the
    database refuses it, migration 0020). `received_from` (who handed it over and by which
    channel, as typed) and `received_on` are its provenance; without them it reads as "not
    recorded". One transaction; audited (ids only, never a name or the provenance text).

    Raises CaseNotFound, CaseDeleted, InvalidField (file name, provenance), AttachmentTooLarge.
    """
    first = source.read(CHUNK_SIZE)
    provenance = {"received_from": _optional_text(received_from), "received_on": received_on}
    with session.vault.transaction() as conn:
        case = resolve_case(conn, case_ref)
        if case.deleted:
            raise CaseDeleted(str(case.id))
        stored = _store(
            conn, _draft(session, conn, case.id, filename, first, provenance), source, first
        )
        session.audit(
            conn, AuditAction.ATTACHMENT_ADD, "case", str(case.id), {"attachment": str(stored.id)}
        )
        return stored


def derive_attachment(
    session: Session,
    original_ref: str | uuid.UUID,
    source: BinaryIO,
    filename: str,
    how: str,
) -> Attachment:
    """Store a derived copy (a crop, a redaction) of an attachment as a NEW attachment of the
    same case, naming the original in `derived_from` with `how` it was made. The original is
    not touched. Audited with both ids.

    Raises AttachmentNotFound, CaseDeleted, InvalidField (empty `how`, file name),
    AttachmentTooLarge.
    """
    if not how.strip():
        raise InvalidField("derived_how", Problem.EMPTY)
    first = source.read(CHUNK_SIZE)
    with session.vault.transaction() as conn:
        original = _get(conn, original_ref)
        case = resolve_case(conn, original.case_id)
        if case.deleted:
            raise CaseDeleted(str(case.id))
        provenance = {"derived_from": original.id, "derived_how": how.strip()}
        draft = _draft(session, conn, case.id, filename, first, provenance)
        stored = _store(conn, draft, source, first)
        session.audit(
            conn,
            AuditAction.ATTACHMENT_DERIVE,
            "case",
            str(case.id),
            {"attachment": str(stored.id), "derived_from": str(original.id)},
        )
        return stored


def _resolve(conn: Connection, ref: str | uuid.UUID) -> uuid.UUID:
    return resolve_uuid(conn, IdKind.ATTACHMENT, ref)


def _get(conn: Connection, ref: str | uuid.UUID) -> Attachment:
    try:
        return blobs.get_attachment(conn, _resolve(conn, ref))
    except RecordNotFound as exc:
        raise AttachmentNotFound(str(ref)) from exc


def derived_copies(session: Session, ref: str | uuid.UUID) -> list[Attachment]:
    """The copies derived from an attachment (and from those), which deleting it removes too."""
    with session.vault.reading() as conn:
        original = _get(conn, ref)
        return [blobs.get_attachment(conn, i) for i in blobs.list_derived_ids(conn, original.id)]


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
            AuditAction.ATTACHMENT_COPY_OUT,
            "case",
            str(attachment.case_id),
            {"attachment": str(attachment.id)},
        )
    return attachment


def delete_attachment(session: Session, ref: str | uuid.UUID) -> Attachment:
    """Remove an attachment for good (its pages are zeroed), with its examination notes and
    every copy derived from it: a crop or redaction is part of the document it was made from,
    as erasing the case removes them all (the caller warns, see `derived_copies`). Audited."""
    with session.vault.transaction() as conn:
        attachment = _get(conn, ref)
        derived = blobs.list_derived_ids(conn, attachment.id)
        for copy_id in derived:
            blobs.delete_attachment(conn, copy_id)
        blobs.delete_attachment(conn, attachment.id)
        details: dict[str, object] = {"attachment": str(attachment.id)}
        if derived:
            details["derived"] = [str(i) for i in derived]
        session.audit(conn, AuditAction.ATTACHMENT_DELETE, "case", str(attachment.case_id), details)
    return attachment


__all__ = ["MAX_ATTACHMENT_BYTES"]
