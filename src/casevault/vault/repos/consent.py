"""Consent statements and consent overrides (tables consents, consent_overrides,
consent_override_cases). Both are append-only; the database refuses edits (0007_consent.sql)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casevault.domain.consent import ConsentAction, ConsentMethod, ConsentRecord
from casevault.domain.organisation import PartnerKind
from casevault.vault.connection import Connection


@dataclass(frozen=True)
class StoredOverride:
    """An export made without consent. `reason` is None once erased with one of its cases."""

    id: uuid.UUID
    partner_id: str
    reason: str | None
    at: dt.datetime
    actor: str
    case_ids: tuple[str, ...]
    reason_erased_at: dt.datetime | None


_COLUMNS = (
    "id, case_id, action, partner_id, partner_kind, method, attachment_id, witness, note,"
    " given_at, recorded_at, recorded_by"
)


def insert_consent(conn: Connection, record: ConsentRecord) -> None:
    """Store one statement (never changed afterwards)."""
    conn.execute(
        f"INSERT INTO consents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - fixed columns
        (
            str(record.id),
            str(record.case_id),
            record.action.value,
            record.partner_id,
            record.partner_kind.value if record.partner_kind else None,
            record.method.value,
            str(record.attachment_id) if record.attachment_id else None,
            record.witness,
            record.note,
            record.given_at.isoformat(),
            record.recorded_at.isoformat(),
            record.recorded_by,
        ),
    )


def _to_record(row: tuple[Any, ...]) -> ConsentRecord:
    return ConsentRecord(
        id=uuid.UUID(row[0]),
        case_id=uuid.UUID(row[1]),
        action=ConsentAction(row[2]),
        partner_id=row[3],
        partner_kind=PartnerKind(row[4]) if row[4] else None,
        method=ConsentMethod(row[5]),
        attachment_id=uuid.UUID(row[6]) if row[6] else None,
        witness=row[7],
        note=row[8],
        given_at=dt.datetime.fromisoformat(row[9]),
        recorded_at=dt.datetime.fromisoformat(row[10]),
        recorded_by=row[11],
    )


def list_consents(conn: Connection, case_id: uuid.UUID) -> list[ConsentRecord]:
    """One case's statements, oldest first (by when he gave them, then when recorded)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM consents WHERE case_id = ?"  # noqa: S608 - fixed columns
        " ORDER BY given_at, recorded_at, id",
        (str(case_id),),
    ).fetchall()
    return [_to_record(row) for row in rows]


def insert_override(
    conn: Connection,
    override_id: uuid.UUID,
    partner_id: str,
    reason: str,
    at: dt.datetime,
    actor: str,
    case_ids: Sequence[str],
) -> None:
    """Store an export without consent, its written reason and the cases it covered."""
    conn.execute(
        "INSERT INTO consent_overrides (id, partner_id, reason, at, actor) VALUES (?, ?, ?, ?, ?)",
        (str(override_id), partner_id, reason, at.isoformat(), actor),
    )
    conn.executemany(
        "INSERT INTO consent_override_cases (override_id, case_id) VALUES (?, ?)",
        [(str(override_id), case_id) for case_id in dict.fromkeys(case_ids)],
    )


def list_overrides_for_case(conn: Connection, case_id: uuid.UUID) -> list[StoredOverride]:
    """Every export without consent that covered this case, oldest first."""
    rows = conn.execute(
        "SELECT o.id, o.partner_id, o.reason, o.at, o.actor, o.reason_erased_at"
        " FROM consent_overrides o JOIN consent_override_cases c ON c.override_id = o.id"
        " WHERE c.case_id = ? ORDER BY o.at, o.id",
        (str(case_id),),
    ).fetchall()
    overrides = []
    for row in rows:
        cases = conn.execute(
            "SELECT case_id FROM consent_override_cases WHERE override_id = ? ORDER BY case_id",
            (row[0],),
        ).fetchall()
        overrides.append(
            StoredOverride(
                id=uuid.UUID(row[0]),
                partner_id=row[1],
                reason=row[2],
                at=dt.datetime.fromisoformat(row[3]),
                actor=row[4],
                case_ids=tuple(c[0] for c in cases),
                reason_erased_at=dt.datetime.fromisoformat(row[5]) if row[5] else None,
            )
        )
    return overrides
