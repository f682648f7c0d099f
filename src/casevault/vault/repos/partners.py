"""Partner organisations and their keys (table partners)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from casevault.crypto.keys import PublicKeys
from casevault.domain.organisation import Partner, PartnerKind, VerificationMethod
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound

_COLUMNS = (
    "id, name, kind, country, fingerprint, added_at, verified_at, verified_by, revoked_at,"
    " keys_changed_at"
)


def _partner(row: tuple[Any, ...]) -> Partner:
    return Partner(
        id=row[0],
        name=row[1],
        kind=PartnerKind(row[2]),
        country=row[3],
        fingerprint=row[4],
        added_at=dt.datetime.fromisoformat(row[5]),
        verified_at=dt.datetime.fromisoformat(row[6]) if row[6] else None,
        verified_by=VerificationMethod(row[7]) if row[7] else None,
        revoked_at=dt.datetime.fromisoformat(row[8]) if row[8] else None,
        keys_changed_at=dt.datetime.fromisoformat(row[9]) if row[9] else None,
    )


def insert_partner(conn: Connection, partner: Partner, keys: PublicKeys, card: bytes) -> None:
    """Store a new partner (unverified)."""
    conn.execute(
        "INSERT INTO partners (id, name, kind, country, public_keys, fingerprint, card, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            partner.id,
            partner.name,
            partner.kind.value,
            partner.country,
            json.dumps(keys.to_dict()),
            partner.fingerprint,
            card,
            partner.added_at.isoformat(),
        ),
    )


def find_partner(conn: Connection, partner_id: str) -> Partner | None:
    """The partner, or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM partners WHERE id = ?", (partner_id,)).fetchone()  # noqa: S608
    return None if row is None else _partner(row)


def get_partner(conn: Connection, partner_id: str) -> Partner:
    """The partner; RecordNotFound if unknown."""
    partner = find_partner(conn, partner_id)
    if partner is None:
        raise RecordNotFound("partner", partner_id)
    return partner


def get_partner_keys(conn: Connection, partner_id: str) -> PublicKeys:
    """The partner's public keys as stored."""
    row = conn.execute("SELECT public_keys FROM partners WHERE id = ?", (partner_id,)).fetchone()
    if row is None:
        raise RecordNotFound("partner", partner_id)
    return PublicKeys.from_dict(json.loads(row[0]))


def list_partners(conn: Connection) -> list[Partner]:
    """Every partner, by name."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM partners ORDER BY name, id").fetchall()  # noqa: S608
    return [_partner(row) for row in rows]


def mark_verified(
    conn: Connection, partner_id: str, method: VerificationMethod, at: dt.datetime
) -> None:
    """Record that the partner's keys were compared with the partner and matched (which also
    confirms a key change)."""
    conn.execute(
        "UPDATE partners SET verified_at = ?, verified_by = ?, keys_changed_at = NULL WHERE id = ?",
        (at.isoformat(), method.value, partner_id),
    )


def mark_revoked(conn: Connection, partner_id: str, at: dt.datetime) -> None:
    """Stop trusting the partner's keys from now on (a partner revoked already keeps the
    earlier time)."""
    conn.execute(
        "UPDATE partners SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
        (at.isoformat(), partner_id),
    )


def get_partner_profile(conn: Connection, partner_id: str) -> str:
    """The name of the redaction profile used for this partner."""
    row = conn.execute("SELECT profile FROM partners WHERE id = ?", (partner_id,)).fetchone()
    if row is None:
        raise RecordNotFound("partner", partner_id)
    return str(row[0])


def set_partner_profile(conn: Connection, partner_id: str, profile: str) -> None:
    """Use another redaction profile for this partner."""
    conn.execute("UPDATE partners SET profile = ? WHERE id = ?", (profile, partner_id))


def get_custom_profile(conn: Connection, name: str) -> list[str] | None:
    """The fields of a custom redaction profile, or None."""
    row = conn.execute("SELECT fields FROM redaction_profiles WHERE name = ?", (name,)).fetchone()
    return None if row is None else list(json.loads(row[0]))


def put_custom_profile(conn: Connection, name: str, fields: list[str]) -> None:
    """Create or replace a custom redaction profile."""
    conn.execute(
        "INSERT INTO redaction_profiles (name, fields) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET fields = excluded.fields",
        (name, json.dumps(sorted(fields))),
    )


def list_custom_profiles(conn: Connection) -> list[tuple[str, list[str]]]:
    """Every custom profile (name, fields)."""
    rows = conn.execute("SELECT name, fields FROM redaction_profiles ORDER BY name").fetchall()
    return [(row[0], list(json.loads(row[1]))) for row in rows]


def get_partner_card(conn: Connection, partner_id: str) -> bytes:
    """The signed identity card the partner was added from (evidence, and for enrolment)."""
    row = conn.execute("SELECT card FROM partners WHERE id = ?", (partner_id,)).fetchone()
    if row is None:
        raise RecordNotFound("partner", partner_id)
    return bytes(row[0])


def find_public_keys(conn: Connection, org_id: str) -> PublicKeys | None:
    """The public keys we hold for `org_id`: our own organisation's, or a partner's (verified or
    not: callers decide about trust), or None for an organisation we do not know."""
    own = conn.execute("SELECT public_keys FROM own_organisation WHERE id = ?", (org_id,))
    row = (
        own.fetchone()
        or conn.execute("SELECT public_keys FROM partners WHERE id = ?", (org_id,)).fetchone()
    )
    return None if row is None else PublicKeys.from_dict(json.loads(row[0]))
