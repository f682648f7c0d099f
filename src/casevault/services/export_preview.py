"""The export preview: exactly which fields of which cases would leave, to whom, and what is new
since the last exchange, before a byte is written. Shown by `export --dry-run` and the app's
export wizard; decided by the same rules as the export (services/export_recipients.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casevault.domain.case import CaseFields
from casevault.domain.organisation import Partner
from casevault.exchange.redaction import RedactionProfile
from casevault.services import incremental
from casevault.services.export_recipients import (
    consent_states,
    effective_profile,
    export_recipients,
    selected_ids,
)
from casevault.services.incremental import SinceLastExchange
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo


@dataclass(frozen=True)
class CaseExportPreview:
    """One case: the fields that will leave (with a value) and those kept home."""

    case_id: uuid.UUID
    display_name: str
    leaving: tuple[str, ...]
    withheld: tuple[str, ...]
    consent: tuple[tuple[str, str], ...] = ()  # (partner id, granted / withdrawn / none)

    @property
    def consent_missing(self) -> bool:
        """True if some recipient lacks the man's consent."""
        return any(status != "granted" for _, status in self.consent)


@dataclass(frozen=True)
class ExportPreview:
    """Everything an export will carry, before anything is written."""

    recipients: tuple[Partner, ...]
    profile: RedactionProfile
    cases: tuple[CaseExportPreview, ...]
    tombstones: int
    since_last: SinceLastExchange | None = None  # None: a full bundle


def _has_value(value: Any) -> bool:
    return value not in (None, "", [], {}) and value != {
        "surname": "",
        "given": "",
        "patronymic": "",
    }


def _preview_case(
    conn: Connection,
    case_id: str,
    profile: RedactionProfile,
    partners: Sequence[Partner],
    now: dt.datetime,
) -> CaseExportPreview:
    case = case_repo.get_case(conn, uuid.UUID(case_id))
    values = case.fields.model_dump(mode="json")
    leaving = tuple(
        f for f in CaseFields.model_fields if f in profile.fields and _has_value(values[f])
    )
    withheld = tuple(
        f for f in CaseFields.model_fields if f not in profile.fields and _has_value(values[f])
    )
    consent = consent_states(conn, case_id, partners, now)
    return CaseExportPreview(case.id, case.fields.display_name(), leaving, withheld, consent)


def preview_export(
    session: Session,
    partner_refs: Sequence[str],
    case_refs: Sequence[str] | None = None,
    *,
    full: bool = False,
) -> ExportPreview:
    """Exactly which fields of which cases would leave, to whom. Writes nothing.

    By default only what changed since the partners' last acknowledgement (`since_last` says
    so); `full` or a hand-picked `case_refs` list: every selected case."""
    with session.vault.snapshot() as conn:
        recipients = export_recipients(conn, partner_refs)
        profile = effective_profile(conn, [p for p, _ in recipients])
        selection = incremental.select(
            conn,
            [p.id for p, _ in recipients],
            profile.fields,
            None if case_refs is None else selected_ids(conn, case_refs),
            full=full,
        )
        partners = [p for p, _ in recipients]
        now = session.clock()
        cases = tuple(
            _preview_case(conn, case_id, profile, partners, now) for case_id in selection.case_ids
        )
        tombstones = incremental.tombstones(conn, selection)
        since_last = incremental.since_last(conn, selection)
    return ExportPreview(
        tuple(p for p, _ in recipients), profile, cases, len(tombstones), since_last
    )
