"""Our retired keys and our current keys; a revoked partner's new card (partners' key history:
vault/repos/key_chain.py)."""

from __future__ import annotations

import datetime as dt
import json

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.vault.connection import Connection
from casevault.vault.errors import OrgKeysNotHeld, RecordNotFound


def retire_own_keys(conn: Connection, keys: PrivateKeys, at: dt.datetime) -> None:
    """Keep our outgoing keys, to open bundles still addressed to them."""
    public = keys.public_keys()
    conn.execute(
        "INSERT OR IGNORE INTO retired_keys (fingerprint, public_keys, private_keys, retired_at)"
        " VALUES (?, ?, ?, ?)",
        (public.fingerprint().hex(), json.dumps(public.to_dict()), keys.to_bytes(), at.isoformat()),
    )


def list_retired_keys(conn: Connection) -> list[PrivateKeys]:
    """Our retired private keys, newest first."""
    rows = conn.execute(
        "SELECT private_keys FROM retired_keys WHERE length(private_keys) > 0"
        " ORDER BY retired_at DESC"
    )
    return [PrivateKeys.from_bytes(bytes(row[0])) for row in rows]


def find_retired_keys(conn: Connection, fingerprint_hex: str) -> PrivateKeys:
    """One retired key set by fingerprint; RecordNotFound otherwise."""
    row = conn.execute(
        "SELECT private_keys FROM retired_keys WHERE fingerprint = ?", (fingerprint_hex,)
    ).fetchone()
    if row is None:
        raise RecordNotFound("retired_keys", fingerprint_hex)
    if not row[0]:  # removed from this laptop on purpose (organisation.drop_own_private_keys)
        raise OrgKeysNotHeld()
    return PrivateKeys.from_bytes(bytes(row[0]))


def find_retired_fingerprints(conn: Connection, prefix_hex: str, limit: int = 2) -> list[str]:
    """Fingerprints of our retired keys that start with `prefix_hex` (lower-case hex)."""
    rows = conn.execute(
        "SELECT fingerprint FROM retired_keys WHERE fingerprint >= ? AND fingerprint < ?"
        " ORDER BY fingerprint LIMIT ?",
        (prefix_hex, prefix_hex + "g", limit),
    ).fetchall()
    return [str(row[0]) for row in rows]


def set_own_keys(conn: Connection, keys: PrivateKeys) -> None:
    """Make `keys` our organisation's current keys."""
    conn.execute(
        "UPDATE own_organisation SET public_keys = ?, private_keys = ?",
        (json.dumps(keys.public_keys().to_dict()), keys.to_bytes()),
    )


def reset_partner_identity(
    conn: Connection, partner_id: str, name: str, keys: PublicKeys, card: bytes
) -> None:
    """A revoked partner's new identity card: new keys, NOT verified, no longer revoked."""
    conn.execute(
        "UPDATE partners SET name = ?, public_keys = ?, fingerprint = ?, card = ?,"
        " verified_at = NULL, verified_by = NULL, revoked_at = NULL, keys_changed_at = NULL"
        " WHERE id = ?",
        (name, json.dumps(keys.to_dict()), keys.fingerprint().hex().upper(), card, partner_id),
    )
