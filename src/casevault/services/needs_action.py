"""What needs a person's attention today: the "needs action" list on the app's first screen.

A pure selection (no Qt, no sentences): typed rows that the GUI words and opens. Guarantees:

* Every kind is computed with set-wide queries (vault/repos/needs_action.py) and the clearance
  rule applied once per screened case (shared with the case list's cache), never a query per
  case; at 10,000 cases the whole list takes a few hundred milliseconds (docs/performance.md).
* At most `MAX_ROWS_PER_KIND` rows per kind are returned, the most urgent first; `totals` says
  how many there are in all, so nothing is hidden silently.
* Read-only, except that bundles imported by hand meanwhile are moved out of the inbox's
  `waiting/` (services.inbox_waiting.list_waiting does that, audited).

What each kind means (docs/dashboard-and-safety.md, "Needs action"):

* SECOND_SCREENING: the case has a signed evaluation but is not cleared or blocked yet
  (clearance PENDING: another independent evaluation is needed, or an inconclusive one waits).
* DRAFT_EVALUATION: an evaluation of the case is still a draft (it counts for nothing).
* DEADLINE: a dated event coming up within `deadline_days` (see `upcoming_deadlines`).
* CONSENT_MISSING: the case was sent to a partner before, so the next export to that partner
  carries it again, and the man's consent for that partner is missing or withdrawn now.
* CONFLICT: fields of the case hold competing values from two laptops or organisations.
* INBOX_WAITING: a verified bundle waits in an inbox for a person to look at it.
* PARTNER_KEYS_CHANGED: a partner's keys changed and the new short code is not compared yet.
* UNTOUCHED: an open (not closed) case not changed for `untouched_days` days.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import CaseStatus
from casevault.domain.clearance import ClearanceState
from casevault.domain.consent import ConsentStatus, consent_for
from casevault.domain.transport import WaitReason
from casevault.services.case_list import clearance_states
from casevault.services.inbox_waiting import list_waiting
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import needs_action as repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo

MAX_ROWS_PER_KIND = 200
DEFAULT_UNTOUCHED_DAYS = 30
DEFAULT_DEADLINE_DAYS = 30
MAX_DAYS = 3650
UNTOUCHED_DAYS_SETTING = "needs_action.untouched_days"


class ActionKind(StrEnum):
    """Why a row is on the list. The order here is the order on screen (most urgent first)."""

    CONFLICT = "conflict"
    INBOX_WAITING = "inbox_waiting"
    PARTNER_KEYS_CHANGED = "partner_keys_changed"
    DEADLINE = "deadline"
    CONSENT_MISSING = "consent_missing"
    DRAFT_EVALUATION = "draft_evaluation"
    SECOND_SCREENING = "second_screening"
    UNTOUCHED = "untouched"


class Target(StrEnum):
    """What opening a row shows."""

    CASE = "case"
    CONFLICTS = "conflicts"
    INBOX = "inbox"
    PARTNERS = "partners"


TARGETS: Mapping[ActionKind, Target] = {
    ActionKind.CONFLICT: Target.CONFLICTS,
    ActionKind.INBOX_WAITING: Target.INBOX,
    ActionKind.PARTNER_KEYS_CHANGED: Target.PARTNERS,
}


@dataclass(frozen=True)
class ActionRow:
    """One thing to do. `case_id`/`case_name` for rows about a case, `partner_*` for rows
    about a partner or a bundle's sender. `day` is the deadline, the last change (UNTOUCHED),
    the day a bundle arrived or the partner's keys changed. `fields` names conflicting fields;
    `event_kind`/`event_text` describe a deadline; `consent` says missing or withdrawn."""

    kind: ActionKind
    case_id: uuid.UUID | None = None
    case_name: str = ""
    partner_id: str | None = None
    partner_name: str = ""
    day: dt.date | None = None
    days: int | None = None  # days until a deadline, or days untouched
    fields: tuple[str, ...] = ()
    event_kind: str = ""
    event_text: str = ""
    consent: ConsentStatus | None = None
    wait_reasons: tuple[WaitReason, ...] = ()
    file_name: str = ""

    @property
    def target(self) -> Target:
        """What opening this row shows: the case, or the conflicts, inbox or partners screen."""
        return TARGETS.get(self.kind, Target.CASE)


@dataclass(frozen=True)
class NeedsAction:
    """The rows, most urgent kind first, and how many of each kind exist in all."""

    rows: tuple[ActionRow, ...]
    totals: Mapping[ActionKind, int] = field(default_factory=dict)
    untouched_days: int = DEFAULT_UNTOUCHED_DAYS
    deadline_days: int = DEFAULT_DEADLINE_DAYS

    def of_kind(self, kind: ActionKind) -> list[ActionRow]:
        """The rows of one kind, in their order."""
        return [row for row in self.rows if row.kind is kind]


# --- settings ----------------------------------------------------------------------------
def _days(value: object, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_DAYS:
        return value
    return default


def get_untouched_days(session: Session) -> int:
    """Days without a change after which an open case is listed (default 30)."""
    with session.vault.reading() as conn:
        return _days(org_repo.get_setting(conn, UNTOUCHED_DAYS_SETTING), DEFAULT_UNTOUCHED_DAYS)


def set_untouched_days(session: Session, days: int) -> int:
    """Remember the setting (clamped to 1..3650 days). Audited. Returns the value stored."""
    days = min(max(int(days), 1), MAX_DAYS)
    with session.vault.transaction() as conn:
        org_repo.put_setting(conn, UNTOUCHED_DAYS_SETTING, days)
        session.audit(
            conn,
            AuditAction.SETTINGS_NEEDS_ACTION,
            "settings",
            UNTOUCHED_DAYS_SETTING,
            {"value": days},
        )
    return days


# --- the deadline source (one place to re-point) -----------------------------------------
def upcoming_deadlines(
    conn: Connection, today: dt.date, horizon_days: int, limit: int
) -> tuple[list[repo.UpcomingEvent], int]:
    """The deadlines due from `today` to `today + horizon_days`, soonest first, and their total.

    Today a deadline is any timeline event dated today or later (a residence permit or visa
    expiring, an asylum interview: the caseworker enters it on its date, and an event in the
    future can only be something expected). When the timeline gets typed kinds for these,
    this is the one function to narrow to them."""
    return repo.upcoming_events(conn, today, today + dt.timedelta(days=horizon_days), limit)


# --- the selection -----------------------------------------------------------------------
def _case_rows(
    kind: ActionKind, case_ids: list[str], names: Mapping[str, str]
) -> tuple[list[ActionRow], int]:
    live = [case_id for case_id in case_ids if case_id in names]
    rows = [
        ActionRow(kind, uuid.UUID(case_id), names[case_id])
        for case_id in sorted(live, key=lambda c: (names[c].casefold(), c))[:MAX_ROWS_PER_KIND]
    ]
    return rows, len(live)


def _consent_rows(conn: Connection, now: dt.datetime) -> list[tuple[str, str, ConsentStatus]]:
    pairs = repo.delivered_pairs(conn)
    partners = {p.id: p for p in partner_repo.list_partners(conn) if p.revoked_at is None}
    pairs = [(case_id, partner_id) for case_id, partner_id in pairs if partner_id in partners]
    records = repo.consents_by_case(conn, {case_id for case_id, _ in pairs})
    missing = []
    for case_id, partner_id in pairs:
        partner = partners[partner_id]
        decision = consent_for(
            records.get(case_id, ()), partner.id, partner.kind, now, case_id=uuid.UUID(case_id)
        )
        if not decision.allowed:
            missing.append((case_id, partner_id, decision.status))
    return missing


def needs_action(
    session: Session,
    *,
    untouched_days: int | None = None,
    deadline_days: int = DEFAULT_DEADLINE_DAYS,
) -> NeedsAction:
    """Everything that needs a person now (see the module docstring for each kind).

    `untouched_days` None reads the setting. Raises only the vault's errors (a locked or
    damaged vault)."""
    now = session.clock()
    today = now.astimezone().date()
    if untouched_days is None:
        untouched_days = get_untouched_days(session)
    states = clearance_states(session)
    waiting = list_waiting(session)
    totals: dict[ActionKind, int] = {}
    rows: list[ActionRow] = []
    with session.vault.reading() as conn:
        conflicts = repo.conflict_fields(conn)
        partners = partner_repo.list_partners(conn)
        deadlines, totals[ActionKind.DEADLINE] = upcoming_deadlines(
            conn, today, deadline_days, MAX_ROWS_PER_KIND
        )
        consent = _consent_rows(conn, now)
        drafts = repo.cases_with_drafts(conn)
        stale, totals[ActionKind.UNTOUCHED] = repo.stale_cases(
            conn,
            now - dt.timedelta(days=untouched_days),
            CaseStatus.CLOSED.value,
            MAX_ROWS_PER_KIND,
        )
        pending = [c for c, state in states.items() if state is ClearanceState.PENDING]
        named = {
            *conflicts,
            *(e.case_id for e in deadlines),
            *(c for c, _, _ in consent),
            *drafts,
            *pending,
            *(s.case_id for s in stale),
        }
        names = repo.case_names(conn, named)
    partner_names = {p.id: p.name for p in partners}

    conflict_ids = [c for c in sorted(conflicts) if c in names]
    totals[ActionKind.CONFLICT] = len(conflict_ids)
    rows += [
        ActionRow(ActionKind.CONFLICT, uuid.UUID(c), names[c], fields=tuple(conflicts[c]))
        for c in conflict_ids[:MAX_ROWS_PER_KIND]
    ]
    totals[ActionKind.INBOX_WAITING] = len(waiting)
    rows += [
        ActionRow(
            ActionKind.INBOX_WAITING,
            partner_id=w.peer.id,
            partner_name=w.peer_name,
            day=_day_of(w.seen_at),
            wait_reasons=w.reasons,
            file_name=w.path.name,
        )
        for w in waiting[:MAX_ROWS_PER_KIND]
    ]
    changed = [p for p in partners if p.keys_changed_at and not p.verified and not p.revoked_at]
    totals[ActionKind.PARTNER_KEYS_CHANGED] = len(changed)
    rows += [
        ActionRow(
            ActionKind.PARTNER_KEYS_CHANGED,
            partner_id=p.id,
            partner_name=p.name,
            day=p.keys_changed_at.astimezone().date() if p.keys_changed_at else None,
        )
        for p in changed[:MAX_ROWS_PER_KIND]
    ]
    rows += [
        ActionRow(
            ActionKind.DEADLINE,
            uuid.UUID(e.case_id),
            names.get(e.case_id, ""),
            day=e.date,
            days=(e.date - today).days,
            event_kind=e.kind,
            event_text=e.text,
        )
        for e in deadlines
    ]
    totals[ActionKind.CONSENT_MISSING] = len(consent)
    rows += [
        ActionRow(
            ActionKind.CONSENT_MISSING,
            uuid.UUID(c),
            names.get(c, ""),
            partner_id=p,
            partner_name=partner_names.get(p, p[:8]),
            consent=status,
        )
        for c, p, status in consent[:MAX_ROWS_PER_KIND]
    ]
    for kind, ids in (
        (ActionKind.DRAFT_EVALUATION, drafts),
        (ActionKind.SECOND_SCREENING, pending),
    ):
        kind_rows, totals[kind] = _case_rows(kind, ids, names)
        rows += kind_rows
    rows += [
        ActionRow(
            ActionKind.UNTOUCHED,
            uuid.UUID(s.case_id),
            names.get(s.case_id, ""),
            day=s.updated_at.astimezone().date(),
            days=(now - s.updated_at).days,
        )
        for s in stale
    ]
    return NeedsAction(tuple(rows), totals, untouched_days, deadline_days)


def _day_of(iso_time: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(iso_time).astimezone().date()
    except ValueError:
        return None
