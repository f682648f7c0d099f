"""Erasure notices: an organisation that erased a man's case asks every partner that received
it (and its own other laptops) to erase it too, by a signed record in the next bundle.

Sending: `erase_in` (services/erasure.py) owes a notice to each recipient; `pending_for` lists
what a bundle to some recipients carries. A notice is re-sent in every bundle to its recipient
(there is no acknowledgement channel, a bundle may be lost, and a notice is about 150 bytes);
the receiver complies once and then ignores it.

Receiving: `plan_notices` says what each notice in a verified bundle would do; nothing is
erased by the import itself. `comply_with_notices` erases only the notices a person confirmed,
records compliance (table erasure_compliance and the audit log), and owes notices in turn to
whoever we passed the case on to. A notice is acted on only if its sender held the case: it is
our own organisation (another laptop), the case's origin, a partner we delivered it to, or one
that sent it to us. Any other notice is listed and ignored.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from casevault.domain.audit_actions import AuditAction
from casevault.exchange.content import ErasureNoticeRecord
from casevault.services.import_verify import StagedBundle
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import erasure as erasure_repo
from casevault.vault.repos import erasure_register, sync_state
from casevault.vault.repos import organisation as org_repo


class NoticeAction(StrEnum):
    """What a received notice would do here."""

    ERASE = "erase"  # we hold the case and the sender held it: erase on confirmation
    ALREADY_ERASED = "already_erased"  # erased here before: compliance is recorded
    ALREADY_COMPLIED = "already_complied"  # this notice was complied with before
    NOT_HELD = "not_held"  # we never held this case: nothing to do
    SENDER_NEVER_HAD_IT = "sender_never_had_it"  # ignored: the sender had no copy to erase


@dataclass(frozen=True)
class NoticePlan:
    """One received erasure notice, as the import preview shows it."""

    notice_id: uuid.UUID
    case_id: uuid.UUID
    erased_at: dt.datetime
    action: NoticeAction
    display_name: str = ""  # the name as held HERE (ERASE only); the notice carries none
    related: tuple[uuid.UUID, ...] = ()  # other cases of the same man, erased with it


@dataclass(frozen=True)
class ComplianceResult:
    """What complying did: the cases erased here, and the notices recorded as complied with."""

    erased: tuple[uuid.UUID, ...]
    complied: tuple[uuid.UUID, ...]


def pending_for(conn: Connection, recipients: Sequence[str]) -> list[ErasureNoticeRecord]:
    """The notices a bundle to `recipients` (partner ids, or our own organisation's id for a
    sync bundle) carries: every notice owed to any of them."""
    return [
        ErasureNoticeRecord(notice_id=n.notice_id, case_id=n.case_id, erased_at=n.erased_at)
        for n in erasure_register.notices_for(conn, recipients)
    ]


def mark_sent(
    conn: Connection,
    notices: Sequence[ErasureNoticeRecord],
    recipients: Sequence[str],
    at: dt.datetime,
) -> None:
    """Count the sending of `notices` to `recipients` (after the bundle was written)."""
    erasure_register.mark_sent(conn, (n.notice_id for n in notices), recipients, at)


def _sender_held(conn: Connection, case_origin: str, case_id: str, sender: str) -> bool:
    own_org = org_repo.get_own_organisation(conn).id
    if sender in (own_org, case_origin):
        return True
    delivered = any(p == sender for p, _b, _s in sync_state.list_deliveries(conn, case_id))
    return delivered or erasure_register.was_received_from(conn, case_id, sender)


def _plan_one(conn: Connection, notice: ErasureNoticeRecord, sender: str) -> NoticePlan:
    case_id = str(notice.case_id)
    base = (notice.notice_id, notice.case_id, notice.erased_at)
    if erasure_register.has_complied(conn, notice.notice_id):
        return NoticePlan(*base, NoticeAction.ALREADY_COMPLIED)
    if erasure_register.is_erased(conn, case_id):
        return NoticePlan(*base, NoticeAction.ALREADY_ERASED)
    try:
        case = case_repo.get_case(conn, notice.case_id)
    except RecordNotFound:
        return NoticePlan(*base, NoticeAction.NOT_HELD)
    if not _sender_held(conn, case.origin_org, case_id, sender):
        return NoticePlan(*base, NoticeAction.SENDER_NEVER_HAD_IT)
    related = tuple(uuid.UUID(c) for c in erasure_repo.same_man_cases(conn, case_id))
    return NoticePlan(
        *base, NoticeAction.ERASE, display_name=case.fields.display_name(), related=related
    )


def plan_notices(conn: Connection, staged: StagedBundle) -> tuple[NoticePlan, ...]:
    """What each erasure notice of a verified bundle would do here. Writes nothing."""
    seen: set[uuid.UUID] = set()
    plans = []
    for notice in staged.erasure_notices:
        if notice.notice_id in seen:
            continue
        seen.add(notice.notice_id)
        plans.append(_plan_one(conn, notice, staged.sender_org_id))
    return tuple(plans)


def comply_with_notices(
    session: Session, staged: StagedBundle, confirmed: Collection[uuid.UUID]
) -> ComplianceResult:
    """Erase the cases of the notices whose CASE ids a person confirmed (with the other cases of
    the same man), in one transaction, then compact. Notices about cases already erased here
    are recorded as complied with; notices not confirmed change nothing (they come again with
    the sender's next bundle); ignored notices stay ignored. Audited per case.

    Raises CompactionFailed after a committed erasure whose compaction failed.
    """
    # Imported here: services/erasure.py imports services/cases.py, which imports the guard.
    from casevault.services.erasure import compact_after_erasure, erase_in

    erased: list[uuid.UUID] = []
    complied: list[uuid.UUID] = []
    now = session.clock()
    with session.vault.transaction() as conn:
        for plan in plan_notices(conn, staged):
            # A notice confirmed earlier in this loop may have erased this case already.
            if plan.action is NoticeAction.ERASE and erasure_register.is_erased(
                conn, str(plan.case_id)
            ):
                plan = NoticePlan(
                    plan.notice_id, plan.case_id, plan.erased_at, NoticeAction.ALREADY_ERASED
                )
            if plan.action is NoticeAction.ERASE and plan.case_id in confirmed:
                details = {"notice": str(plan.notice_id), "requested_by": staged.sender_org_id}
                erase_in(session, conn, str(plan.case_id), now, details)
                erased.append(plan.case_id)
                for other in plan.related:
                    if not erasure_register.is_erased(conn, str(other)):
                        erase_in(session, conn, str(other), now, {"with": str(plan.case_id)})
                        erased.append(other)
            elif plan.action is not NoticeAction.ALREADY_ERASED:
                continue
            erasure_register.record_compliance(
                conn,
                plan.notice_id,
                plan.case_id,
                staged.sender_org_id,
                staged.bundle_id,
                plan.erased_at,
                now,
            )
            session.audit(
                conn,
                AuditAction.ERASURE_NOTICE_COMPLY,
                "case",
                str(plan.case_id),
                {"notice": str(plan.notice_id), "sender": staged.sender_org_id},
            )
            complied.append(plan.notice_id)
    if erased:
        compact_after_erasure(session, [str(c) for c in erased])
    return ComplianceResult(tuple(erased), tuple(complied))
