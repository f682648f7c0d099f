"""Turn what a person types (a full case id or a short prefix of it) into a stored case."""

from __future__ import annotations

import re
import uuid

from casevault.domain.case import Case
from casevault.services.errors import AmbiguousCaseId, CaseNotFound
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import cases as case_repo

_ID_PREFIX = re.compile(r"^[0-9a-fA-F-]{4,36}$")


def resolve_case_id(conn: Connection, case_ref: str | uuid.UUID) -> uuid.UUID:
    """The id of the one case matching `case_ref`. Raises CaseNotFound, AmbiguousCaseId."""
    if isinstance(case_ref, uuid.UUID):
        return case_ref
    ref = case_ref.strip()
    if not _ID_PREFIX.match(ref):
        raise CaseNotFound(ref)
    matches = case_repo.find_case_ids_by_prefix(conn, ref)
    if not matches:
        raise CaseNotFound(ref)
    if len(matches) > 1:
        raise AmbiguousCaseId(ref, len(matches))
    return uuid.UUID(matches[0])


def resolve_case(conn: Connection, case_ref: str | uuid.UUID) -> Case:
    """The case (deleted or not) matching `case_ref`. Raises CaseNotFound, AmbiguousCaseId."""
    case_id = resolve_case_id(conn, case_ref)
    try:
        return case_repo.get_case(conn, case_id)
    except RecordNotFound as exc:
        raise CaseNotFound(str(case_ref)) from exc
