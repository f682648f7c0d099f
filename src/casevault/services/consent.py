"""Consent use cases: record what the man agreed to (or withdrew), list it, and check it before
an export. Every statement is one transaction with one audit entry (ids and enum values only).

For the exporter, two entry points do the same check:

* `check_export_consent(session, ...)` runs in its own transaction (commits the override, if
  one was needed, before returning);
* `check_export_consent_in(conn, session, ...)` runs inside the CALLER's transaction, so that
  the override and its audit entry are committed together with the export, or not at all.
  This is the one an exporter should use.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from casevault.domain.audit_actions import AuditAction
from casevault.domain.consent import (
    ConsentAction,
    ConsentDecision,
    ConsentMethod,
    ConsentRecord,
    ConsentStatus,
    consent_for,
    validate_consent_record,
    validate_override_reason,
)
from casevault.domain.organisation import PartnerKind
from casevault.services import cases as case_service
from casevault.services.errors import (
    CaseDeleted,
    CaseNotFound,
    ConsentMissing,
    PartnerNotFound,
)
from casevault.services.session import Session
from casevault.services.short_ids import IdKind, resolve_id
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import consent as consent_repo
from casevault.vault.repos import partners as partner_repo

MAX_EXPORT_CASES = 1_000_000  # a sanity bound on one check, far above any real export


def _partner_id(conn: Connection, partner_ref: str) -> str:
    return resolve_id(conn, IdKind.PARTNER, partner_ref)


def _statement(
    session: Session,
    case_ref: str | uuid.UUID,
    action: ConsentAction,
    *,
    partner_ref: str | None,
    kind: PartnerKind | None,
    method: ConsentMethod,
    witness: str,
    note: str,
    attachment_id: uuid.UUID | None,
    given_at: dt.datetime | None,
) -> ConsentRecord:
    case = case_service.get_case(session, case_ref)
    if case.deleted and action is ConsentAction.GRANT:
        raise CaseDeleted(str(case.id))
    now = session.clock()
    with session.vault.transaction() as conn:
        partner_id = _partner_id(conn, partner_ref) if partner_ref is not None else None
        record = validate_consent_record(
            {
                "id": uuid.uuid4(),
                "case_id": case.id,
                "action": action,
                "partner_id": partner_id,
                "partner_kind": kind,
                "method": method,
                "attachment_id": attachment_id,
                "witness": witness,
                "note": note,
                "given_at": given_at or now,
                "recorded_at": now,
                "recorded_by": session.actor,
            }
        )
        consent_repo.insert_consent(conn, record)
        details: dict[str, str] = {"case": str(case.id), "method": method.value}
        if partner_id is not None:
            details["partner"] = partner_id
        if kind is not None:
            details["kind"] = kind.value
        session.audit(
            conn, AuditAction(f"consent.{action.value}"), "consent", str(record.id), details
        )
    return record


def record_consent(
    session: Session,
    case_ref: str | uuid.UUID,
    *,
    partner_ref: str | None = None,
    kind: PartnerKind | None = None,
    method: ConsentMethod,
    witness: str = "",
    note: str = "",
    attachment_id: uuid.UUID | None = None,
    given_at: dt.datetime | None = None,
) -> ConsentRecord:
    """Record that the man agreed his file may go to a partner (`partner_ref`: id or prefix) or
    to every partner of a kind. `given_at` defaults to now. Audited as consent.grant.

    Raises CaseNotFound, CaseDeleted, PartnerNotFound, AmbiguousPartnerId, InvalidField (scope,
    witness, attachment, note or time rules of domain/consent.py).
    """
    return _statement(
        session,
        case_ref,
        ConsentAction.GRANT,
        partner_ref=partner_ref,
        kind=kind,
        method=method,
        witness=witness,
        note=note,
        attachment_id=attachment_id,
        given_at=given_at,
    )


def withdraw_consent(
    session: Session,
    case_ref: str | uuid.UUID,
    *,
    partner_ref: str | None = None,
    kind: PartnerKind | None = None,
    method: ConsentMethod,
    witness: str = "",
    note: str = "",
    given_at: dt.datetime | None = None,
) -> ConsentRecord:
    """Record that the man withdrew (or refused) consent for a partner or a kind of partner.

    A new record: earlier grants stay in the history and stop counting from `given_at` on.
    Allowed on a deleted case too (he may always say no). Audited as consent.withdraw.
    Raises as record_consent.
    """
    return _statement(
        session,
        case_ref,
        ConsentAction.WITHDRAW,
        partner_ref=partner_ref,
        kind=kind,
        method=method,
        witness=witness,
        note=note,
        attachment_id=None,
        given_at=given_at,
    )


def list_consent(session: Session, case_ref: str | uuid.UUID) -> list[ConsentRecord]:
    """Every statement about this case, oldest first (the full history)."""
    case = case_service.get_case(session, case_ref)
    with session.vault.reading() as conn:
        return consent_repo.list_consents(conn, case.id)


def consent_status(
    session: Session, case_ref: str | uuid.UUID, partner_ref: str, at: dt.datetime | None = None
) -> ConsentDecision:
    """May this case's file go to this partner now (or at `at`)? See domain consent_for."""
    case = case_service.get_case(session, case_ref)
    with session.vault.reading() as conn:
        partner = partner_repo.get_partner(conn, _partner_id(conn, partner_ref))
        records = consent_repo.list_consents(conn, case.id)
    return consent_for(records, partner.id, partner.kind, at or session.clock(), case_id=case.id)


def check_export_consent_in(
    conn: Connection,
    session: Session,
    case_ids: Sequence[str | uuid.UUID],
    partner_id: str,
    override_reason: str | None = None,
) -> list[ConsentDecision]:
    """Check consent for exporting `case_ids` (full ids) to `partner_id`, in the caller's
    transaction `conn`. Returns one decision per case, in the order given.

    If any case lacks consent (NONE or WITHDRAWN): without `override_reason`, raises
    ConsentMissing naming those cases and writes nothing; with a reason (validated: non-empty,
    at most 2,000 characters), stores the reason in consent_overrides and writes the audit entry
    `consent.override` (details: the cases concerned and the partner id; the reason itself is
    only referenced by the entry's record id). Raises PartnerNotFound, CaseNotFound,
    InvalidField (reason).
    """
    if len(case_ids) > MAX_EXPORT_CASES:
        raise ValueError("too many cases for one export")
    reason = validate_override_reason(override_reason) if override_reason is not None else None
    partner = partner_repo.find_partner(conn, partner_id)
    if partner is None:
        raise PartnerNotFound(partner_id)
    now = session.clock()
    decisions: list[ConsentDecision] = []
    for ref in case_ids:
        case_id = ref if isinstance(ref, uuid.UUID) else _parse_case_id(ref)
        try:
            case_repo.get_case(conn, case_id)
        except RecordNotFound as exc:
            raise CaseNotFound(str(ref)) from exc
        records = consent_repo.list_consents(conn, case_id)
        decisions.append(consent_for(records, partner.id, partner.kind, now, case_id=case_id))
    missing = tuple(str(d.case_id) for d in decisions if not d.allowed)
    if not missing:
        return decisions
    if reason is None:
        raise ConsentMissing(missing, partner.id)
    override_id = uuid.uuid4()
    consent_repo.insert_override(conn, override_id, partner.id, reason, now, session.actor, missing)
    withdrawn = [str(d.case_id) for d in decisions if d.status is ConsentStatus.WITHDRAWN]
    session.audit(
        conn,
        AuditAction.CONSENT_OVERRIDE,
        "consent_override",
        str(override_id),
        {"cases": list(missing), "partner": partner.id, "withdrawn": withdrawn},
    )
    return decisions


def check_export_consent(
    session: Session,
    case_ids: Sequence[str | uuid.UUID],
    partner_id: str,
    override_reason: str | None = None,
) -> list[ConsentDecision]:
    """check_export_consent_in in a transaction of its own (committed on return).

    Use this to ask before an export; an exporter that writes the export in a transaction
    should call check_export_consent_in with that transaction instead.
    """
    with session.vault.transaction() as conn:
        return check_export_consent_in(conn, session, case_ids, partner_id, override_reason)


def _parse_case_id(ref: str) -> uuid.UUID:
    try:
        return uuid.UUID(ref)
    except ValueError as exc:
        raise CaseNotFound(ref) from exc
