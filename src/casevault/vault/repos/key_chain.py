"""A partner's whole key history (table partner_keys): every key set it ever had, linked to the
key that rotated to it, with when each was verified, replaced and revoked.

Fingerprints here are lower-case hex. The partner's current keys stay in `partners` (one
place that bundles, exports and evaluation checks read); this table is the history beside it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from casevault.crypto.keys import PublicKeys
from casevault.domain.organisation import PartnerKey, VerificationMethod
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound

_COLUMNS = (
    "fingerprint, predecessor, introduced_at, verified_at, verified_by, replaced_at,"
    " revoked_at, revoked_via"
)


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _current_fingerprint(conn: Connection, partner_id: str) -> str:
    row = conn.execute("SELECT fingerprint FROM partners WHERE id = ?", (partner_id,)).fetchone()
    if row is None:
        raise RecordNotFound("partner", partner_id)
    return str(row[0]).lower()


def add_card_key(conn: Connection, partner_id: str, keys: PublicKeys, at: dt.datetime) -> None:
    """Record keys that came on an identity card (the root of a chain). A key already in the
    history keeps its record: a revoked key stays revoked."""
    conn.execute(
        "INSERT OR IGNORE INTO partner_keys (partner_id, fingerprint, public_keys, introduced_at)"
        " VALUES (?, ?, ?, ?)",
        (partner_id, keys.fingerprint().hex(), json.dumps(keys.to_dict()), at.isoformat()),
    )


def ensure_current_key(conn: Connection, partner_id: str, at: dt.datetime) -> None:
    """Make sure the partner's current keys are in its history (a partner copied to this laptop
    by enrolment, for instance, arrives without one)."""
    row = conn.execute("SELECT public_keys FROM partners WHERE id = ?", (partner_id,)).fetchone()
    if row is None:
        raise RecordNotFound("partner", partner_id)
    add_card_key(conn, partner_id, PublicKeys.from_dict(json.loads(row[0])), at)


def find_key(conn: Connection, partner_id: str, fingerprint_hex: str) -> PublicKeys | None:
    """One key set of the partner's history by fingerprint, or None."""
    row = conn.execute(
        "SELECT public_keys FROM partner_keys WHERE partner_id = ? AND fingerprint = ?",
        (partner_id, fingerprint_hex.lower()),
    ).fetchone()
    return None if row is None else PublicKeys.from_dict(json.loads(row[0]))


def is_revoked(conn: Connection, partner_id: str, fingerprint_hex: str) -> bool:
    """True if this key of the partner's history is revoked."""
    row = conn.execute(
        "SELECT revoked_at FROM partner_keys WHERE partner_id = ? AND fingerprint = ?",
        (partner_id, fingerprint_hex.lower()),
    ).fetchone()
    return row is not None and row[0] is not None


def is_revoked_anywhere(conn: Connection, fingerprint_hex: str) -> bool:
    """True if these keys were revoked in any partner's history (a card must not bring back
    keys that a revocation retired, under the same organisation id or another)."""
    row = conn.execute(
        "SELECT 1 FROM partner_keys WHERE fingerprint = ? AND revoked_at IS NOT NULL LIMIT 1",
        (fingerprint_hex.lower(),),
    ).fetchone()
    return row is not None


def earlier_keys(conn: Connection, partner_id: str) -> list[PublicKeys]:
    """Every key of the partner's history except the current one, newest first."""
    current = _current_fingerprint(conn, partner_id)
    rows = conn.execute(
        "SELECT public_keys FROM partner_keys WHERE partner_id = ? AND fingerprint != ?"
        " ORDER BY introduced_at DESC, fingerprint",
        (partner_id, current),
    ).fetchall()
    return [PublicKeys.from_dict(json.loads(row[0])) for row in rows]


def add_rotated_key(
    conn: Connection,
    partner_id: str,
    predecessor_hex: str,
    new: PublicKeys,
    statement: bytes,
    at: dt.datetime,
) -> None:
    """Record `new` as introduced by a verified rotation statement signed by `predecessor_hex`,
    mark the predecessor replaced, and make `new` the partner's current keys."""
    conn.execute(
        "INSERT INTO partner_keys (partner_id, fingerprint, public_keys, predecessor,"
        " introduced_at, introduced_by) VALUES (?, ?, ?, ?, ?, ?)",
        (
            partner_id,
            new.fingerprint().hex(),
            json.dumps(new.to_dict()),
            predecessor_hex.lower(),
            at.isoformat(),
            statement,
        ),
    )
    conn.execute(
        "UPDATE partner_keys SET replaced_at = COALESCE(replaced_at, ?)"
        " WHERE partner_id = ? AND fingerprint = ?",
        (at.isoformat(), partner_id, predecessor_hex.lower()),
    )
    cursor = conn.execute(
        "UPDATE partners SET public_keys = ?, fingerprint = ? WHERE id = ?",
        (json.dumps(new.to_dict()), new.fingerprint().hex().upper(), partner_id),
    )
    if cursor.rowcount == 0:
        raise RecordNotFound("partner", partner_id)


def mark_keys_changed(conn: Connection, partner_id: str, at: dt.datetime) -> None:
    """The partner's keys changed without anyone comparing the new ones: no longer verified."""
    conn.execute(
        "UPDATE partners SET keys_changed_at = ?, verified_at = NULL, verified_by = NULL"
        " WHERE id = ?",
        (at.isoformat(), partner_id),
    )


def mark_key_verified(
    conn: Connection, partner_id: str, method: VerificationMethod, at: dt.datetime
) -> None:
    """Record in the history that the partner's current keys were compared and matched."""
    conn.execute(
        "UPDATE partner_keys SET verified_at = ?, verified_by = ?"
        " WHERE partner_id = ? AND fingerprint = ?",
        (at.isoformat(), method.value, partner_id, _current_fingerprint(conn, partner_id)),
    )


def descendants(conn: Connection, partner_id: str, fingerprint_hex: str) -> set[str]:
    """`fingerprint_hex` and every key rotated from it, directly or through others."""
    rows = conn.execute(
        "WITH RECURSIVE chain(fingerprint) AS ("
        " SELECT fingerprint FROM partner_keys WHERE partner_id = ? AND fingerprint = ?"
        " UNION SELECT k.fingerprint FROM partner_keys k JOIN chain c"
        " ON k.predecessor = c.fingerprint WHERE k.partner_id = ?"
        ") SELECT fingerprint FROM chain",
        (partner_id, fingerprint_hex.lower(), partner_id),
    ).fetchall()
    return {str(row[0]) for row in rows}


def revoke_keys(
    conn: Connection,
    partner_id: str,
    fingerprints: set[str],
    named_hex: str,
    statement: bytes,
    at: dt.datetime,
) -> None:
    """Mark these keys revoked by the revocation of `named_hex`. A key revoked already keeps
    its first revocation (time and statement)."""
    for fingerprint in sorted(fingerprints):
        conn.execute(
            "UPDATE partner_keys SET revoked_at = ?, revoked_via = ?, revoked_by = ?"
            " WHERE partner_id = ? AND fingerprint = ? AND revoked_at IS NULL",
            (at.isoformat(), named_hex.lower(), statement, partner_id, fingerprint),
        )


def list_history(conn: Connection, partner_id: str) -> list[PartnerKey]:
    """Every key the partner has had, oldest first; the current one is marked."""
    current = _current_fingerprint(conn, partner_id)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM partner_keys WHERE partner_id = ?"  # noqa: S608
        " ORDER BY introduced_at, fingerprint",
        (partner_id,),
    ).fetchall()
    return [_key(row, current) for row in rows]


def _key(row: tuple[Any, ...], current: str) -> PartnerKey:
    return PartnerKey(
        fingerprint=row[0],
        predecessor=row[1],
        introduced_at=dt.datetime.fromisoformat(row[2]),
        verified_at=_when(row[3]),
        verified_by=VerificationMethod(row[4]) if row[4] else None,
        replaced_at=_when(row[5]),
        revoked_at=_when(row[6]),
        revoked_via=row[7],
        current=row[0] == current,
    )


def get_statements(
    conn: Connection, partner_id: str, fingerprint_hex: str
) -> tuple[bytes | None, bytes | None]:
    """The signed statements that introduced and revoked one key (None where there is none)."""
    row = conn.execute(
        "SELECT introduced_by, revoked_by FROM partner_keys"
        " WHERE partner_id = ? AND fingerprint = ?",
        (partner_id, fingerprint_hex.lower()),
    ).fetchone()
    if row is None:
        raise RecordNotFound("partner_keys", fingerprint_hex)
    return (
        bytes(row[0]) if row[0] is not None else None,
        bytes(row[1]) if row[1] is not None else None,
    )
