"""Store, fetch, list and index cases (tables cases, case_tags, case_fts, case_fts_terms)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from casevault.domain.case import Case, CaseFields, CaseStatus, Risk
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import bulk, case_index
from casevault.vault.repos.name_keys import (
    write_cases_name_keys,
    write_name_keys,
    write_new_name_keys,
)

SortKey = Literal["name", "updated", "created", "status", "risk"]
_ORDER_BY: dict[str, str] = {
    "name": "sort_name, id",
    "updated": "updated_at DESC, id",
    "created": "created_at DESC, id",
    "status": "status, sort_name, id",
    "risk": "CASE risk WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2"
    " ELSE 3 END, sort_name, id",
}
MAX_PAGE = 1000


@dataclass(frozen=True)
class CaseSummary:
    """What a list row shows: no notes, no contact channel."""

    id: uuid.UUID
    display_name: str
    status: CaseStatus
    risk: Risk
    country: str | None
    date_of_birth: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class CaseFilter:
    """List filters; None means any."""

    status: CaseStatus | None = None
    country: str | None = None
    risk: Risk | None = None
    tag: str | None = None
    include_deleted: bool = False
    only_ids: tuple[str, ...] | None = None  # restrict to these cases (e.g. a clearance state)
    except_ids: tuple[str, ...] | None = None


def _columns(case: Case) -> dict[str, Any]:
    fields = case.fields
    display = fields.display_name()
    return {
        "id": str(case.id),
        "origin_org": case.origin_org,
        "status": fields.status.value,
        "risk": fields.risk.value,
        "country": fields.country,
        "display_name": display,
        "sort_name": display.casefold(),
        "date_of_birth": fields.date_of_birth.isoformat() if fields.date_of_birth else None,
        "created_at": case.created_at.isoformat(),
        "updated_at": case.updated_at.isoformat(),
        "deleted": int(case.deleted),
        "fields": fields.model_dump_json(),
    }


def insert_case(conn: Connection, case: Case) -> None:
    """Insert a new case with its tags and index entries."""
    cols = _columns(case)
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    cursor = conn.execute(f"INSERT INTO cases ({names}) VALUES ({marks})", tuple(cols.values()))  # noqa: S608 - column names are ours
    _write_tags(conn, [case])
    if not case.deleted:
        case_index.write_entries(conn, [(cursor.lastrowid, case.fields, "")], replace=False)
        write_name_keys(conn, cursor.lastrowid, case.fields)


def update_case(conn: Connection, case: Case) -> None:
    """Overwrite a stored case (fields, flags, tags, index). RecordNotFound if not stored."""
    update_cases(conn, [case])


def update_cases(conn: Connection, cases: Sequence[Case]) -> None:
    """Overwrite stored cases (fields, flags, tags, index entries) with one statement per table
    for all of them (an import merging into hundreds of held cases), the last of two with the
    same id winning. RecordNotFound if one is not stored; nothing is written then."""
    latest = {str(case.id): case for case in cases}
    if not latest:
        return
    ids = sorted(latest)
    condition, parameters = bulk.one_of("id", ids)
    rowid_of = {
        str(row[0]): int(row[1])
        for row in conn.execute(f"SELECT id, rowid FROM cases WHERE {condition}", parameters)  # noqa: S608 - our own names
    }
    missing = [case_id for case_id in ids if case_id not in rowid_of]
    if missing:
        raise RecordNotFound("case", missing[0])
    rows = [_columns(latest[case_id]) for case_id in ids]
    bulk.update_rows(
        conn,
        "cases",
        "id",
        [name for name in rows[0] if name != "id"],
        [(cols.pop("id"), *cols.values()) for cols in rows],
    )
    _write_tags(conn, [latest[case_id] for case_id in ids])
    timelines = case_index.timeline_texts(conn, ids)
    live = {case_id: None if latest[case_id].deleted else latest[case_id].fields for case_id in ids}
    case_index.write_entries(conn, [(rowid_of[i], live[i], timelines.get(i, "")) for i in ids])
    write_cases_name_keys(conn, [(rowid_of[i], live[i]) for i in ids])


def _write_tags(conn: Connection, cases: Sequence[Case], *, replace: bool = True) -> None:
    """Write the cases' tags, replacing theirs unless `replace` is False (new cases)."""
    if replace and cases:
        condition, parameters = bulk.one_of("case_id", [str(case.id) for case in cases])
        conn.execute(f"DELETE FROM case_tags WHERE {condition}", parameters)  # noqa: S608 - our own names
    bulk.insert_rows(
        conn,
        "case_tags",
        ("tag", "case_id"),
        [(tag, str(case.id)) for case in cases if not case.deleted for tag in case.fields.tags],
    )


def reindex_timeline(conn: Connection, case_id: uuid.UUID) -> None:
    """Refresh the case's index entry after a timeline change."""
    case_index.reindex_timelines(conn, [case_id])


_CASE_COLUMNS = "id, origin_org, created_at, updated_at, deleted, fields"


def _case_of(row: tuple[Any, ...]) -> Case:
    return Case(
        id=uuid.UUID(row[0]),
        origin_org=row[1],
        created_at=dt.datetime.fromisoformat(row[2]),
        updated_at=dt.datetime.fromisoformat(row[3]),
        deleted=bool(row[4]),
        fields=CaseFields.model_validate_json(row[5]),
    )


def get_case(conn: Connection, case_id: uuid.UUID) -> Case:
    """The case, deleted or not; RecordNotFound if the id is unknown."""
    row = conn.execute(
        f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?",  # noqa: S608 - our own names
        (str(case_id),),
    ).fetchone()
    if row is None:
        raise RecordNotFound("case", str(case_id))
    return _case_of(row)


def get_cases(conn: Connection, case_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Case]:
    """The cases among `case_ids` that are stored (deleted or not), read in one query."""
    condition, parameters = bulk.one_of("id", sorted({str(case_id) for case_id in case_ids}))
    rows = conn.execute(
        f"SELECT {_CASE_COLUMNS} FROM cases WHERE {condition}",  # noqa: S608 - our own names
        parameters,
    ).fetchall()
    return {case.id: case for case in map(_case_of, rows)}


def _summary(row: tuple[Any, ...]) -> CaseSummary:
    return CaseSummary(
        id=uuid.UUID(row[0]),
        display_name=row[1],
        status=CaseStatus(row[2]),
        risk=Risk(row[3]),
        country=row[4],
        date_of_birth=dt.date.fromisoformat(row[5]) if row[5] else None,
        updated_at=dt.datetime.fromisoformat(row[6]),
    )


_SUMMARY_COLUMNS = "id, display_name, status, risk, country, date_of_birth, updated_at"


def _where(filters: CaseFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not filters.include_deleted:
        clauses.append("deleted = 0")
    if filters.status is not None:
        clauses.append("status = ?")
        params.append(filters.status.value)
    if filters.country is not None:
        clauses.append("country = ?")
        params.append(filters.country.upper())
    if filters.risk is not None:
        clauses.append("risk = ?")
        params.append(filters.risk.value)
    if filters.tag is not None:
        clauses.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
        params.append(filters.tag.strip().lower())
    # Id sets travel as one JSON array parameter (json_each), whatever their size.
    if filters.only_ids is not None:
        clauses.append("id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(filters.only_ids)))
    if filters.except_ids is not None:
        clauses.append("id NOT IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(filters.except_ids)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_cases(
    conn: Connection,
    filters: CaseFilter,
    sort: SortKey = "name",
    limit: int = 50,
    offset: int = 0,
) -> list[CaseSummary]:
    """One page of summaries; the database sorts and pages (indexed), Python never scans all."""
    where, params = _where(filters)
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM cases{where} ORDER BY {_ORDER_BY[sort]}"  # noqa: S608
        " LIMIT ? OFFSET ?",
        (*params, min(limit, MAX_PAGE), offset),
    ).fetchall()
    return [_summary(row) for row in rows]


def count_cases(conn: Connection, filters: CaseFilter) -> int:
    """How many cases match the filters."""
    where, params = _where(filters)
    return int(conn.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()[0])  # noqa: S608


def summaries_by_rowid(conn: Connection, rowids: list[int]) -> dict[int, CaseSummary]:
    """Summaries of live cases by rowid (for ranked name search; at most MAX_PAGE rowids)."""
    rowids = rowids[:MAX_PAGE]
    if not rowids:
        return {}
    marks = ", ".join("?" for _ in rowids)
    # `+deleted`: without it SQLite prefers an index on `deleted` for IN lists of ~20 or more
    # rowids and reads every live case instead of seeking the rowids.
    rows = conn.execute(
        f"SELECT rowid, {_SUMMARY_COLUMNS} FROM cases WHERE +deleted = 0 AND rowid IN ({marks})",  # noqa: S608
        rowids,
    ).fetchall()
    return {int(row[0]): _summary(row[1:]) for row in rows}


def insert_tombstone(conn: Connection, record_type: str, record_id: str, at: dt.datetime) -> None:
    """Remember a deletion (idempotent)."""
    conn.execute(
        "INSERT OR IGNORE INTO tombstones (record_type, record_id, deleted_at) VALUES (?, ?, ?)",
        (record_type, record_id, at.isoformat()),
    )


def remove_tombstone(conn: Connection, record_type: str, record_id: str) -> None:
    """Forget a deletion (when a caseworker restores the record)."""
    conn.execute(
        "DELETE FROM tombstones WHERE record_type = ? AND record_id = ?", (record_type, record_id)
    )


def iter_case_ids(conn: Connection, include_deleted: bool = False) -> list[str]:
    """Every case id (ids only: 100,000 of them are a few megabytes)."""
    if include_deleted:
        return [row[0] for row in conn.execute("SELECT id FROM cases ORDER BY id")]
    return [row[0] for row in conn.execute("SELECT id FROM cases WHERE deleted = 0 ORDER BY id")]


def list_tombstones(conn: Connection, record_type: str) -> list[tuple[str, str]]:
    """(record id, deleted at) of every tombstone of one type."""
    rows = conn.execute(
        "SELECT record_id, deleted_at FROM tombstones WHERE record_type = ? ORDER BY record_id",
        (record_type,),
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def has_tombstone(conn: Connection, record_type: str, record_id: str) -> bool:
    """True if the record was deleted (here or by a partner)."""
    row = conn.execute(
        "SELECT 1 FROM tombstones WHERE record_type = ? AND record_id = ?",
        (record_type, record_id),
    ).fetchone()
    return row is not None


def keep_earliest_tombstone(
    conn: Connection, record_type: str, record_id: str, at: dt.datetime
) -> None:
    """Lower a tombstone's time to `at` if that is earlier (deterministic under any order)."""
    conn.execute(
        "UPDATE tombstones SET deleted_at = min(deleted_at, ?)"
        " WHERE record_type = ? AND record_id = ?",
        (at.isoformat(), record_type, record_id),
    )


def insert_new_cases(
    conn: Connection, cases: Sequence[Case], timelines: Sequence[str] | None = None
) -> None:
    """Insert cases not stored yet, with their tags and index entries, in batches: the rows
    `insert_case` writes for each, with one statement per table instead of several per case
    (an import of thousands of cases). Rowids are given explicitly, after the highest in use,
    so the index rows can name them; call inside a write transaction. `timelines`, one per
    case, is the text of timeline events stored in the same transaction (as `reindex_timeline`
    would index it); by default the cases have none yet."""
    if not cases:
        return
    first = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM cases").fetchone()[0]
    rows = [(first + i, _columns(case)) for i, case in enumerate(cases)]
    # One statement run per block of rows, not per row (vault/repos/bulk.py says why).
    bulk.insert_rows(
        conn,
        "cases",
        ("rowid", *rows[0][1]),
        [(rowid, *cols.values()) for rowid, cols in rows],
    )
    texts = list(timelines) if timelines is not None else [""] * len(cases)
    live = [(rowid, case) for (rowid, _), case in zip(rows, cases, strict=True) if not case.deleted]
    _write_tags(conn, [case for _, case in live], replace=False)
    timeline_of = {rowid: text for (rowid, _), text in zip(rows, texts, strict=True)}
    case_index.write_entries(
        conn, [(rowid, case.fields, timeline_of[rowid]) for rowid, case in live], replace=False
    )
    write_new_name_keys(conn, [(rowid, case.fields) for rowid, case in live])
