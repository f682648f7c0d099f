"""Append to and read the audit chain (table audit_log)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from casevault.domain.audit import (
    GENESIS_HASH,
    AuditEntry,
    StoredEntry,
    canonical_details,
    entry_hash,
)
from casevault.vault.connection import Connection
from casevault.vault.repos import bulk


def append_entry(
    conn: Connection,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    record_type: str,
    record_id: str,
    details: dict[str, Any],
) -> int:
    """Append one chained entry inside the caller's transaction; return its seq."""
    (seq,) = append_entries(conn, [NewEntry(at, actor, action, record_type, record_id, details)])
    return seq


def _chain_head(conn: Connection) -> tuple[str, int]:
    """(hash of the last entry, seq the next entry gets): a seq is never reused, even after
    the entry that had it was erased (AUTOINCREMENT's counter, not the last row)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    issued = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    return (last[1] if last else GENESIS_HASH), (issued[0] if issued else 0) + 1


@dataclass(frozen=True)
class NewEntry:
    """One entry to append: when, who, what was done to which record, and its details."""

    at: dt.datetime
    actor: str
    action: str
    record_type: str
    record_id: str
    details: dict[str, Any]


def append_entries(conn: Connection, entries: Sequence[NewEntry]) -> list[int]:
    """Append entries in order inside the caller's transaction, each chained to the one before
    (seq, text, prev_hash and hash), and return their seqs.

    For a bulk import (one entry per case): the chain head is read once, the hashes are
    chained in one pass, and the rows go in with one statement run per block of rows instead
    of three statements per entry (vault/repos/bulk.py says why that matters). Raises what
    the INSERT raises; the caller's transaction is then rolled back whole."""
    if not entries:
        return []
    prev_hash, first = _chain_head(conn)
    rows: list[tuple[int, str, str, str, str, str, str, str, str]] = []
    for seq, entry in enumerate(entries, start=first):
        at_text = entry.at.astimezone(dt.UTC).isoformat(timespec="microseconds")
        fields = (entry.actor, entry.action, entry.record_type, entry.record_id)
        details_json = canonical_details(entry.details)
        digest = entry_hash(prev_hash, seq, at_text, *fields, details_json)
        rows.append((seq, at_text, *fields, details_json, prev_hash, digest))
        prev_hash = digest
    bulk.insert_rows(conn, "audit_log", _COLUMNS.split(", "), rows)
    return [row[0] for row in rows]


def _to_entry(row: tuple[Any, ...]) -> AuditEntry:
    return AuditEntry(
        seq=row[0],
        at=dt.datetime.fromisoformat(row[1]),
        actor=row[2],
        action=row[3],
        record_type=row[4],
        record_id=row[5],
        details=json.loads(row[6]),
        prev_hash=row[7],
        hash=row[8],
    )


_COLUMNS = "seq, at, actor, action, record_type, record_id, details, prev_hash, hash"


def list_entries(
    conn: Connection,
    *,
    record_id: str | None = None,
    limit: int = 100,
    before_seq: int | None = None,
) -> list[AuditEntry]:
    """Newest first, optionally for one record, paged by `before_seq`."""
    clauses: list[str] = []
    params: list[object] = []
    if record_id is not None:
        clauses.append("record_id = ?")
        params.append(record_id)
    if before_seq is not None:
        clauses.append("seq < ?")
        params.append(before_seq)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY seq DESC LIMIT ?",  # noqa: S608 - fixed clauses
        (*params, limit),
    ).fetchall()
    return [_to_entry(row) for row in rows]


def iter_stored_entries(conn: Connection) -> Iterator[StoredEntry]:
    """Every entry in seq order, exactly as stored, streamed (never all in memory)."""
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608
    for row in cursor:
        yield StoredEntry(*row)


def stored_entries_after(
    conn: Connection, after_seq: int, up_to_seq: int, limit: int
) -> list[StoredEntry]:
    """At most `limit` entries with after_seq < seq <= up_to_seq, in seq order, as stored."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",  # noqa: S608
        (after_seq, up_to_seq, limit),
    ).fetchall()
    return [StoredEntry(*row) for row in rows]


def highest_seq_issued(conn: Connection) -> int:
    """The AUTOINCREMENT counter: the largest seq ever issued, even if that row was removed."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    return int(row[0]) if row else 0


def list_entries_about(conn: Connection, record_id: str) -> list[AuditEntry]:
    """Oldest first: entries on this record, and entries whose details name its id (e.g. an
    evaluation or consent entry naming the case). A full scan: used for subject access only."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE record_id = ? OR instr(details, ?) > 0"  # noqa: S608
        " ORDER BY seq",
        (record_id, record_id),
    ).fetchall()
    return [_to_entry(row) for row in rows]
