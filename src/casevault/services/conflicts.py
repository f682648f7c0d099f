"""Conflicts: concurrent edits of one field, kept side by side until a person chooses."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import validate_fields
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem
from casevault.exchange.merge import next_version
from casevault.services.case_refs import resolve_case_id
from casevault.services.errors import NoSuchConflict
from casevault.services.session import Session
from casevault.services.versioning import (
    live_versions,
    next_stamp,
    node_id,
    version_from_json,
    version_to_json,
)
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import sync_state


@dataclass(frozen=True)
class ConflictOption:
    """One of the competing values, with who made it and when (HLC stamp)."""

    value: Any
    node: str
    stamp: str


@dataclass(frozen=True)
class Conflict:
    """One field of one case with more than one live value."""

    case_id: uuid.UUID
    display_name: str
    field: str
    shown: Any
    options: tuple[ConflictOption, ...]


def list_conflicts(session: Session, limit: int = 1000) -> list[Conflict]:
    """Every field in conflict, by case."""
    found: list[Conflict] = []
    with session.vault.reading() as conn:
        for case_id, field, versions_json in sync_state.iter_conflicts(conn, limit):
            case = case_repo.get_case(conn, uuid.UUID(case_id))
            versions = [version_from_json(v) for v in json.loads(versions_json)]
            options = tuple(
                ConflictOption(v.value, v.stamp.node, v.stamp.encode()) for v in versions
            )
            shown = case.fields.model_dump(mode="json")[field]
            found.append(Conflict(case.id, case.fields.display_name(), field, shown, options))
    return found


def resolve_conflict(session: Session, case_ref: str, field: str, choice: int) -> Any:
    """Keep option number `choice` (0-based, as listed) for `field`; the others are superseded.

    The resolution is a new version that dominates every competing one, so it travels to
    partners and resolves the conflict there too. Audited. Returns the chosen value.
    """
    with session.vault.transaction() as conn:
        case_id = resolve_case_id(conn, case_ref)
        live = live_versions(conn, str(case_id)).get(field, ())
        if len(live) < 2:
            raise NoSuchConflict(str(case_id), field)
        if not 0 <= choice < len(live):
            raise InvalidField("choice", Problem.NO_SUCH_OPTION)
        value = live[choice].value
        case = case_repo.get_case(conn, case_id)
        fields = validate_fields({**case.fields.model_dump(mode="json"), field: value})
        now = session.clock()
        version = next_version(live, value, node_id(conn), next_stamp(conn, now))
        sync_state.put_field_versions(conn, str(case_id), field, [version_to_json(version)])
        case_repo.update_case(conn, case.model_copy(update={"fields": fields, "updated_at": now}))
        session.audit(conn, AuditAction.CONFLICT_RESOLVE, "case", str(case_id), {"field": field})
    return value
