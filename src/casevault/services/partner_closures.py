"""Partners closing their copy of a case: stored as notices, shown with the case, never a deletion.

A partner's tombstone says only that the partner deleted *its* copy. Our record is ours: it stays
as it is, and the notice ("Partner X closed their copy on …") is shown in the case's detail (CLI
`case show`, the GUI case editor). Deletions from our own laptops still delete
(services/imports.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from casevault.domain.audit_actions import AuditAction
from casevault.services.admission import ClosingNotice
from casevault.services.case_refs import resolve_case_id
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import partner_rights
from casevault.vault.repos import partners as partner_repo


def apply_closures(
    session: Session, conn: Connection, partner_id: str, notices: Iterable[ClosingNotice]
) -> int:
    """Store each notice (inside the import's transaction), audited. Returns how many are new."""
    stored = 0
    for notice in notices:
        case_id = str(notice.case_id)
        if partner_rights.record_closure(
            conn, case_id, partner_id, notice.closed_at, session.clock()
        ):
            session.audit(
                conn, AuditAction.CASE_PARTNER_CLOSED, "case", case_id, {"partner": partner_id}
            )
            stored += 1
    return stored


@dataclass(frozen=True)
class PartnerClosure:
    """One partner that closed its copy of a case, named as we hold it."""

    partner_id: str
    partner_name: str
    closed_at: dt.datetime
    received_at: dt.datetime


def list_case_closures(session: Session, case_ref: str | uuid.UUID) -> list[PartnerClosure]:
    """Every partner that told us it closed its copy of this case, earliest first.

    Raises CaseNotFound for an unknown case reference."""
    with session.vault.reading() as conn:
        case_id = resolve_case_id(conn, case_ref)
        found = []
        for closure in partner_rights.list_closures(conn, str(case_id)):
            try:
                name = partner_repo.get_partner(conn, closure.partner_id).name
            except RecordNotFound:
                name = closure.partner_id[:8]
            found.append(
                PartnerClosure(closure.partner_id, name, closure.closed_at, closure.received_at)
            )
    return found
