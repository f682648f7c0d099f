"""Our own organisation's identity row, vault facts, and settings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.vault.connection import Connection
from casevault.vault.errors import OrgKeysNotHeld, RecordNotFound


@dataclass(frozen=True)
class OwnOrganisation:
    """Our organisation: id, name, public keys. Private keys are loaded separately, on demand."""

    id: str
    name: str
    public_keys: PublicKeys
    created_at: dt.datetime


def insert_own_organisation(
    conn: Connection, org_id: str, name: str, keys: PrivateKeys, created_at: dt.datetime
) -> None:
    """Store our identity (once, at init)."""
    conn.execute(
        "INSERT INTO own_organisation (id, name, public_keys, private_keys, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            org_id,
            name,
            json.dumps(keys.public_keys().to_dict()),
            keys.to_bytes(),
            created_at.isoformat(),
        ),
    )


def get_own_organisation(conn: Connection) -> OwnOrganisation:
    """Our identity; RecordNotFound if the vault has none yet."""
    row = conn.execute("SELECT id, name, public_keys, created_at FROM own_organisation").fetchone()
    if row is None:
        raise RecordNotFound("organisation", "own")
    return OwnOrganisation(
        id=row[0],
        name=row[1],
        public_keys=PublicKeys.from_dict(json.loads(row[2])),
        created_at=dt.datetime.fromisoformat(row[3]),
    )


def get_own_private_keys(conn: Connection) -> PrivateKeys:
    """Our private keys, for signing and unwrapping. Callers keep them no longer than needed."""
    row = conn.execute("SELECT private_keys FROM own_organisation").fetchone()
    if row is None:
        raise RecordNotFound("organisation", "own")
    if not row[0]:  # removed from this laptop on purpose (drop_own_private_keys)
        raise OrgKeysNotHeld()
    return PrivateKeys.from_bytes(bytes(row[0]))


def holds_own_private_keys(conn: Connection) -> bool:
    """Whether this laptop holds the organisation's private keys (docs/laptops.md)."""
    row = conn.execute("SELECT length(private_keys) FROM own_organisation").fetchone()
    return row is not None and bool(row[0])


def drop_own_private_keys(conn: Connection) -> None:
    """Remove the organisation's private keys, current and retired, from this vault (the
    connection's secure_delete overwrites the freed bytes). The public keys stay."""
    conn.execute("UPDATE own_organisation SET private_keys = X''")
    conn.execute("UPDATE retired_keys SET private_keys = X''")


def get_meta(conn: Connection, key: str) -> str | None:
    """A vault fact such as node_id."""
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    """A user setting (JSON value) or `default`."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def put_setting(conn: Connection, key: str, value: Any) -> None:
    """Set a user setting (JSON-serialisable)."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )
