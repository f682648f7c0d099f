"""Attachment bytes inside the encrypted database, in chunks: streamed in and out, never whole.

Each chunk is a row of `attachment_chunks` (64 KiB), so adding a 1 GB scan never holds it in
memory, and reading streams it back. The rows are encrypted by SQLCipher like every other page,
and `secure_delete` zeroes them when an attachment or its case is erased.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Iterator

from casevault.domain.attachment import MAX_ATTACHMENT_BYTES, Attachment
from casevault.vault.connection import Connection
from casevault.vault.errors import AttachmentTooLarge, RecordNotFound

_COLUMNS = (
    "id, case_id, filename, media_type, size, sha256, created_at, origin_org,"
    " received_from, received_on, derived_from, derived_how"
)


def write_chunks(
    conn: Connection, attachment_id: uuid.UUID, chunks: Iterable[bytes]
) -> tuple[int, str]:
    """Store the bytes; return (size, SHA-256 hex). Raises AttachmentTooLarge past the bound.

    The caller inserts the metadata row first and owns the transaction, so a failure halfway
    leaves nothing behind.
    """
    digest = hashlib.sha256()
    size = 0
    for seq, chunk in enumerate(chunks):
        size += len(chunk)
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentTooLarge(MAX_ATTACHMENT_BYTES)
        digest.update(chunk)
        conn.execute(
            "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
            (str(attachment_id), seq, chunk),
        )
    return size, digest.hexdigest()


def insert_attachment(conn: Connection, attachment: Attachment) -> None:
    """Store the metadata row (before the chunks)."""
    conn.execute(
        f"INSERT INTO attachments ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            str(attachment.id),
            str(attachment.case_id),
            attachment.filename,
            attachment.media_type,
            attachment.size,
            attachment.sha256,
            attachment.created_at.isoformat(),
            attachment.origin_org,
            attachment.received_from,
            attachment.received_on.isoformat() if attachment.received_on else None,
            str(attachment.derived_from) if attachment.derived_from else None,
            attachment.derived_how,
        ),
    )


def finish_attachment(conn: Connection, attachment_id: uuid.UUID, size: int, sha256: str) -> None:
    """Record the size and hash once every chunk is written."""
    conn.execute(
        "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
        (size, sha256, str(attachment_id)),
    )


def _attachment(row: tuple[object, ...]) -> Attachment:
    return Attachment(
        id=uuid.UUID(str(row[0])),
        case_id=uuid.UUID(str(row[1])),
        filename=str(row[2]),
        media_type=str(row[3]),
        size=int(row[4]),  # type: ignore[call-overload]
        sha256=str(row[5]),
        created_at=dt.datetime.fromisoformat(str(row[6])),
        origin_org=str(row[7]),
        received_from=None if row[8] is None else str(row[8]),
        received_on=None if row[9] is None else dt.date.fromisoformat(str(row[9])),
        derived_from=None if row[10] is None else uuid.UUID(str(row[10])),
        derived_how=None if row[11] is None else str(row[11]),
    )


def get_attachment(conn: Connection, attachment_id: uuid.UUID) -> Attachment:
    """The metadata; RecordNotFound if unknown."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",  # noqa: S608
        (str(attachment_id),),
    ).fetchone()
    if row is None:
        raise RecordNotFound("attachment", str(attachment_id))
    return _attachment(row)


def attachment_exists(conn: Connection, attachment_id: uuid.UUID) -> bool:
    """True if stored (attachments are immutable: merged by id)."""
    row = conn.execute("SELECT 1 FROM attachments WHERE id = ?", (str(attachment_id),))
    return row.fetchone() is not None


def list_attachments(conn: Connection, case_id: uuid.UUID) -> list[Attachment]:
    """A case's attachments, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE case_id = ? ORDER BY created_at, id",  # noqa: S608
        (str(case_id),),
    ).fetchall()
    return [_attachment(row) for row in rows]


def iter_chunks(conn: Connection, attachment_id: uuid.UUID) -> Iterator[bytes]:
    """The bytes, chunk by chunk, in order (the caller holds a read transaction)."""
    cursor = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
        (str(attachment_id),),
    )
    for (data,) in cursor:
        yield bytes(data)


def list_derived_ids(conn: Connection, original_id: uuid.UUID) -> list[uuid.UUID]:
    """The ids of the copies derived from `original_id`, and of copies derived from those."""
    rows = conn.execute(
        "WITH RECURSIVE derived(id) AS ("
        " SELECT id FROM attachments WHERE derived_from = ?"
        " UNION SELECT a.id FROM attachments a JOIN derived d ON a.derived_from = d.id)"
        " SELECT id FROM derived ORDER BY id",
        (str(original_id),),
    ).fetchall()
    return [uuid.UUID(row[0]) for row in rows]


def delete_attachment(conn: Connection, attachment_id: uuid.UUID) -> None:
    """Remove the attachment and its chunks (zeroed on disk by secure_delete)."""
    conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (str(attachment_id),))
    conn.execute("DELETE FROM attachments WHERE id = ?", (str(attachment_id),))
