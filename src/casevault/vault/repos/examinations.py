"""Signed examination notes (migration 0020): insert and read. Rows are never updated (a
trigger refuses it); they go with their attachment or case. Spec: docs/spec/examination.md."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass

from casevault.vault.connection import Connection

_COLUMNS = (
    "id, case_id, attachment_id, result, signer_org_id, signer_key_fingerprint, signed_at,"
    " payload, sig_ed25519, sig_mldsa65, stored_at"
)


@dataclass(frozen=True)
class StoredNote:
    """One stored note: the index columns, the signed bytes and both signatures. Nothing here
    is trusted before services/examination_verify.py checked it against the signed bytes."""

    id: str
    case_id: str
    attachment_id: str
    result: str
    signer_org_id: str
    signer_key_fingerprint: str
    signed_at: dt.datetime
    payload: bytes
    sig_ed25519: bytes
    sig_mldsa65: bytes
    stored_at: dt.datetime


def insert_note(conn: Connection, note: StoredNote) -> None:
    """Store a note (signed here, or received and decoded)."""
    conn.execute(
        f"INSERT INTO examination_notes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            note.id,
            note.case_id,
            note.attachment_id,
            note.result,
            note.signer_org_id,
            note.signer_key_fingerprint,
            note.signed_at.isoformat(),
            note.payload,
            note.sig_ed25519,
            note.sig_mldsa65,
            note.stored_at.isoformat(),
        ),
    )


def _note(row: tuple[object, ...]) -> StoredNote:
    return StoredNote(
        id=str(row[0]),
        case_id=str(row[1]),
        attachment_id=str(row[2]),
        result=str(row[3]),
        signer_org_id=str(row[4]),
        signer_key_fingerprint=str(row[5]),
        signed_at=dt.datetime.fromisoformat(str(row[6])),
        payload=bytes(row[7]),  # type: ignore[call-overload]
        sig_ed25519=bytes(row[8]),  # type: ignore[call-overload]
        sig_mldsa65=bytes(row[9]),  # type: ignore[call-overload]
        stored_at=dt.datetime.fromisoformat(str(row[10])),
    )


def list_for_case(conn: Connection, case_id: uuid.UUID) -> list[StoredNote]:
    """Every note on the case's documents, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM examination_notes WHERE case_id = ?"  # noqa: S608
        " ORDER BY signed_at, id",
        (str(case_id),),
    ).fetchall()
    return [_note(row) for row in rows]


def list_for_attachment(conn: Connection, attachment_id: uuid.UUID) -> list[StoredNote]:
    """The notes stored with one attachment, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM examination_notes WHERE attachment_id = ?"  # noqa: S608
        " ORDER BY signed_at, id",
        (str(attachment_id),),
    ).fetchall()
    return [_note(row) for row in rows]


def notes_among(conn: Connection, note_ids: Collection[str]) -> set[str]:
    """The note ids among `note_ids` stored here."""
    found: set[str] = set()
    ids = sorted(note_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id FROM examination_notes WHERE id IN ({marks})",  # noqa: S608 - placeholders
            chunk,
        )
        found.update(row[0] for row in rows)
    return found
