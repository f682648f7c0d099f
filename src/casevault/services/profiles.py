"""Redaction profiles per partner: list, show, create, assign. Built-in ones cannot be changed."""

from __future__ import annotations

from casevault.domain.audit_actions import AuditAction
from casevault.domain.case import EDITABLE_FIELDS
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem
from casevault.exchange.redaction import BUILTIN_PROFILES, MAX_PROFILE_NAME, RedactionProfile
from casevault.services.errors import ProfileNotFound
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import partners as partner_repo


def load_profile(conn: Connection, name: str) -> RedactionProfile:
    """A built-in or custom profile by name; ProfileNotFound otherwise."""
    builtin = BUILTIN_PROFILES.get(name)
    if builtin is not None:
        return builtin
    fields = partner_repo.get_custom_profile(conn, name)
    if fields is None:
        raise ProfileNotFound(name)
    return RedactionProfile(name, frozenset(fields) & EDITABLE_FIELDS)


def list_profiles(session: Session) -> list[RedactionProfile]:
    """Built-in profiles first, then custom ones."""
    with session.vault.reading() as conn:
        custom = [
            RedactionProfile(name, frozenset(fields) & EDITABLE_FIELDS)
            for name, fields in partner_repo.list_custom_profiles(conn)
        ]
    return [*BUILTIN_PROFILES.values(), *custom]


def get_profile(session: Session, name: str) -> RedactionProfile:
    """One profile by name."""
    with session.vault.reading() as conn:
        return load_profile(conn, name)


def save_profile(session: Session, name: str, fields: list[str]) -> RedactionProfile:
    """Create or replace a custom profile. Built-in names are refused. Audited."""
    name = name.strip()
    if not name or len(name) > MAX_PROFILE_NAME or name in BUILTIN_PROFILES:
        raise InvalidField("profile", Problem.INVALID, limit=MAX_PROFILE_NAME)
    unknown = sorted(set(fields) - EDITABLE_FIELDS)
    if unknown:
        raise InvalidField(unknown[0], Problem.UNKNOWN_FIELD)
    with session.vault.transaction() as conn:
        partner_repo.put_custom_profile(conn, name, fields)
        session.audit(conn, AuditAction.PROFILE_SAVE, "profile", name, {"fields": sorted(fields)})
    return RedactionProfile(name, frozenset(fields))


def assign_profile(session: Session, partner_id: str, name: str) -> None:
    """Use profile `name` for everything sent to this partner. Audited."""
    with session.vault.transaction() as conn:
        load_profile(conn, name)
        partner_repo.get_partner(conn, partner_id)
        partner_repo.set_partner_profile(conn, partner_id, name)
        session.audit(conn, AuditAction.PARTNER_PROFILE, "partner", partner_id, {"profile": name})


def get_partner_profile(session: Session, partner_id: str) -> RedactionProfile:
    """The profile used for everything sent to this partner (the default until one is assigned).

    Raises RecordNotFound (vault) if there is no such partner."""
    with session.vault.reading() as conn:
        return load_profile(conn, partner_repo.get_partner_profile(conn, partner_id))
