"""The erased-cases register, erasure notices sent and complied with (migration 0012).

The register holds a case id and a date per erased case and nothing else; the database itself
refuses to update or delete its rows and to insert a case whose id is in it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from casevault.vault.connection import Connection


@dataclass(frozen=True)
class OutgoingNotice:
    """An erasure notice owed to one recipient organisation."""

    notice_id: uuid.UUID
    case_id: uuid.UUID
    erased_at: dt.datetime
    recipient_org: str


def register_erased(conn: Connection, case_id: str, at: dt.datetime) -> None:
    """Remember for good that this case was erased (keeps the first date)."""
    conn.execute(
        "INSERT OR IGNORE INTO erased_cases (case_id, erased_at) VALUES (?, ?)",
        (case_id, at.isoformat()),
    )


def is_erased(conn: Connection, case_id: str) -> bool:
    """True if this case id was erased in this vault."""
    row = conn.execute("SELECT 1 FROM erased_cases WHERE case_id = ?", (case_id,)).fetchone()
    return row is not None


def erased_among(conn: Connection, case_ids: Iterable[str]) -> set[str]:
    """The ids among `case_ids` that were erased here."""
    return {case_id for case_id in set(case_ids) if is_erased(conn, case_id)}


def note_received_from(conn: Connection, case_id: str, sender_org: str) -> None:
    """Remember that `sender_org` sent us this case (it held a copy)."""
    conn.execute(
        "INSERT OR IGNORE INTO case_received_from (case_id, sender_org) VALUES (?, ?)",
        (case_id, sender_org),
    )


def was_received_from(conn: Connection, case_id: str, sender_org: str) -> bool:
    """True if `sender_org` ever sent us this case."""
    row = conn.execute(
        "SELECT 1 FROM case_received_from WHERE case_id = ? AND sender_org = ?",
        (case_id, sender_org),
    ).fetchone()
    return row is not None


def forget_received_from(conn: Connection, case_id: str) -> None:
    """Part of erasure: who sent us the case goes with it."""
    conn.execute("DELETE FROM case_received_from WHERE case_id = ?", (case_id,))


def add_outgoing_notice(
    conn: Connection,
    notice_id: uuid.UUID,
    case_id: str,
    erased_at: dt.datetime,
    recipients: Iterable[str],
) -> None:
    """Owe one erasure notice to each recipient organisation."""
    for recipient in sorted(set(recipients)):
        conn.execute(
            "INSERT OR IGNORE INTO erasure_notices_out"
            " (notice_id, case_id, erased_at, recipient_org) VALUES (?, ?, ?, ?)",
            (str(notice_id), case_id, erased_at.isoformat(), recipient),
        )


def notices_for(conn: Connection, recipients: Sequence[str]) -> list[OutgoingNotice]:
    """Every notice owed to any of `recipients`, one per notice id, oldest first."""
    found: dict[str, OutgoingNotice] = {}
    for recipient in recipients:
        rows = conn.execute(
            "SELECT notice_id, case_id, erased_at FROM erasure_notices_out"
            " WHERE recipient_org = ? ORDER BY erased_at, notice_id",
            (recipient,),
        ).fetchall()
        for notice_id, case_id, erased_at in rows:
            found.setdefault(
                notice_id,
                OutgoingNotice(
                    uuid.UUID(notice_id),
                    uuid.UUID(case_id),
                    dt.datetime.fromisoformat(erased_at),
                    recipient,
                ),
            )
    return sorted(found.values(), key=lambda n: (n.erased_at, str(n.notice_id)))


def mark_sent(
    conn: Connection, notice_ids: Iterable[uuid.UUID], recipients: Sequence[str], at: dt.datetime
) -> None:
    """Count one more sending of these notices to these recipients."""
    for notice_id in notice_ids:
        for recipient in recipients:
            conn.execute(
                "UPDATE erasure_notices_out SET sent_count = sent_count + 1, last_sent_at = ?"
                " WHERE notice_id = ? AND recipient_org = ?",
                (at.isoformat(), str(notice_id), recipient),
            )


def record_compliance(
    conn: Connection,
    notice_id: uuid.UUID,
    case_id: uuid.UUID,
    sender_org: str,
    bundle_id: str,
    erased_at: dt.datetime,
    complied_at: dt.datetime,
) -> None:
    """Record that we complied with a partner's (or our own laptop's) erasure notice."""
    conn.execute(
        "INSERT OR IGNORE INTO erasure_compliance"
        " (notice_id, case_id, sender_org, bundle_id, erased_at, complied_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            str(notice_id),
            str(case_id),
            sender_org,
            bundle_id,
            erased_at.isoformat(),
            complied_at.isoformat(),
        ),
    )


def has_complied(conn: Connection, notice_id: uuid.UUID) -> bool:
    """True if this notice was already complied with here."""
    row = conn.execute(
        "SELECT 1 FROM erasure_compliance WHERE notice_id = ?", (str(notice_id),)
    ).fetchone()
    return row is not None


def note_many_received_from(conn: Connection, case_ids: Iterable[str], sender_org: str) -> None:
    """`note_received_from` for many cases, in one statement (an import)."""
    conn.executemany(
        "INSERT OR IGNORE INTO case_received_from (case_id, sender_org) VALUES (?, ?)",
        [(case_id, sender_org) for case_id in case_ids],
    )
