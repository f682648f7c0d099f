"""The reads behind the "needs action" list (services/needs_action.py): a few set-wide queries.

Each function is one query over a whole table (no query per case), so the list costs the same
handful of scans at 10 cases or 10,000. Deleted cases are never returned.

Joins with `cases` are written CROSS JOIN, which in SQLite fixes the loop order: the small
table (conflicts, deliveries, events, drafts) drives and each case is looked up by its id.
Left to itself the planner may scan every case row instead, and reading a case row means
decrypting its page: seconds at 10,000 cases.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from casevault.domain.consent import ConsentRecord
from casevault.vault.connection import Connection
from casevault.vault.repos.consent import _COLUMNS as CONSENT_COLUMNS
from casevault.vault.repos.consent import _to_record as consent_record


@dataclass(frozen=True)
class UpcomingEvent:
    """A timeline event of a live case dated between two days (both included)."""

    case_id: str
    date: dt.date
    kind: str
    text: str


@dataclass(frozen=True)
class StaleCase:
    """A live, open case and when it last changed."""

    case_id: str
    updated_at: dt.datetime


def case_names(conn: Connection, case_ids: Collection[str]) -> dict[str, str]:
    """{case id: display name} of the live cases among `case_ids` (one query)."""
    if not case_ids:
        return {}
    rows = conn.execute(
        "SELECT id, display_name FROM cases"
        " WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(case_ids)),),
    ).fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


def upcoming_events(
    conn: Connection, first_day: dt.date, last_day: dt.date, limit: int
) -> tuple[list[UpcomingEvent], int]:
    """Timeline events of live cases dated `first_day`..`last_day`, soonest first (at most
    `limit`), and how many there are in all."""
    span = (first_day.isoformat(), last_day.isoformat())
    where = (
        " FROM timeline_events t CROSS JOIN cases c ON c.id = t.case_id"
        " WHERE c.deleted = 0 AND t.date BETWEEN ? AND ?"
    )
    total = int(conn.execute(f"SELECT count(*){where}", span).fetchone()[0])
    rows = conn.execute(
        f"SELECT t.case_id, t.date, t.kind, t.text{where} ORDER BY t.date, t.case_id, t.id LIMIT ?",
        (*span, limit),
    ).fetchall()
    events = [
        UpcomingEvent(str(r[0]), dt.date.fromisoformat(str(r[1])), str(r[2]), str(r[3]))
        for r in rows
    ]
    return events, total


def stale_cases(
    conn: Connection, changed_before: dt.datetime, closed_status: str, limit: int
) -> tuple[list[StaleCase], int]:
    """Live cases not in `closed_status` whose last change is before `changed_before` (UTC),
    longest untouched first (at most `limit`), and how many there are in all."""
    cutoff = changed_before.astimezone(dt.UTC).isoformat()
    where = " FROM cases WHERE deleted = 0 AND status != ? AND updated_at < ?"
    total = int(conn.execute(f"SELECT count(*){where}", (closed_status, cutoff)).fetchone()[0])
    rows = conn.execute(
        f"SELECT id, updated_at{where} ORDER BY updated_at, id LIMIT ?",
        (closed_status, cutoff, limit),
    ).fetchall()
    return [StaleCase(str(r[0]), dt.datetime.fromisoformat(str(r[1]))) for r in rows], total


def delivered_pairs(conn: Connection) -> list[tuple[str, str]]:
    """(case id, partner id) for every live case that was ever sent to a partner."""
    rows = conn.execute(
        "SELECT DISTINCT d.case_id, d.partner_id FROM case_deliveries d"
        " CROSS JOIN cases c ON c.id = d.case_id WHERE c.deleted = 0"
        " ORDER BY d.case_id, d.partner_id"
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def consents_by_case(conn: Connection, case_ids: Collection[str]) -> dict[str, list[ConsentRecord]]:
    """{case id: its consent statements, oldest first} for `case_ids` (one query)."""
    if not case_ids:
        return {}
    rows = conn.execute(
        f"SELECT {CONSENT_COLUMNS} FROM consents"  # noqa: S608 - fixed columns
        " WHERE case_id IN (SELECT value FROM json_each(?))"
        " ORDER BY case_id, given_at, recorded_at, id",
        (json.dumps(list(case_ids)),),
    ).fetchall()
    found: dict[str, list[ConsentRecord]] = defaultdict(list)
    for row in rows:
        found[str(row[1])].append(consent_record(row))
    return dict(found)


def conflict_fields(conn: Connection) -> dict[str, list[str]]:
    """{case id: fields with more than one live value} for live cases (one query)."""
    rows = conn.execute(
        "SELECT v.case_id, v.versions FROM case_field_versions v"
        " CROSS JOIN cases c ON c.id = v.case_id"
        " WHERE v.conflicts > 0 AND c.deleted = 0 ORDER BY v.case_id"
    ).fetchall()
    found: dict[str, list[str]] = {}
    for case_id, versions_json in rows:
        fields = sorted(
            name for name, versions in json.loads(versions_json).items() if len(versions) > 1
        )
        if fields:
            found[str(case_id)] = fields
    return found


def cases_with_drafts(conn: Connection) -> list[str]:
    """Live cases with a draft evaluation, their own or one of a case merged into them (the
    merge chain is walked upwards from the drafts only, not over every case)."""
    rows = conn.execute(
        "WITH RECURSIVE up(owner) AS ("
        "   SELECT DISTINCT case_id FROM evaluations WHERE state = 'draft'"
        "   UNION SELECT m.kept FROM case_merges m JOIN up ON m.absorbed = up.owner"
        ")"
        " SELECT DISTINCT up.owner FROM up CROSS JOIN cases c ON c.id = up.owner"
        " WHERE c.deleted = 0 ORDER BY up.owner"
    ).fetchall()
    return [str(row[0]) for row in rows]
