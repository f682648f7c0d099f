"""Turn what a person types (a full case id or a short prefix of it) into a stored case."""

from __future__ import annotations

import uuid

from casevault.domain.case import Case
from casevault.services.errors import CaseNotFound
from casevault.services.short_ids import IdKind, resolve_uuid
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases as case_repo


def resolve_case_id(conn: Connection, case_ref: str | uuid.UUID) -> uuid.UUID:
    """The id of the one case matching `case_ref`. Raises CaseNotFound, AmbiguousCaseId."""
    return resolve_uuid(conn, IdKind.CASE, case_ref)


def resolve_case(conn: Connection, case_ref: str | uuid.UUID) -> Case:
    """The case (deleted or not) matching `case_ref`. Raises CaseNotFound, AmbiguousCaseId."""
    case_id = resolve_case_id(conn, case_ref)
    try:
        return case_repo.get_case(conn, case_id)
    except RecordNotFound as exc:
        raise CaseNotFound(str(case_ref)) from exc
