"""Which signing keys belong to which organisation, for deciding whether an evaluation's signer
is who it claims (tables own_organisation, retired_keys, partners, partner_keys)."""

from __future__ import annotations

import json
from collections import defaultdict

from casevault.crypto.keys import PublicKeys
from casevault.vault.connection import Connection


def known_fingerprints(conn: Connection) -> dict[str, frozenset[str]]:
    """{organisation id: fingerprints (lowercase hex) of every key set we hold as its own}:
    our current and retired keys, each partner's current keys and the keys of its chain that
    a rotation replaced. Earlier keys of the chain that were revoked are not among them (a
    revocation by any key of the chain revokes its successors too: services/partner_keys.py);
    a partner's current key is, even when revoked, because a revoked partner's standing
    already keeps all its evaluations from counting (services/signer_trust.py)."""
    found: dict[str, set[str]] = defaultdict(set)
    own = conn.execute("SELECT id, public_keys FROM own_organisation").fetchone()
    if own is not None:
        found[own[0]].add(PublicKeys.from_dict(json.loads(own[1])).fingerprint().hex())
        for (fingerprint,) in conn.execute("SELECT fingerprint FROM retired_keys"):
            found[own[0]].add(str(fingerprint).lower())
    for partner_id, fingerprint in conn.execute("SELECT id, fingerprint FROM partners"):
        found[partner_id].add(str(fingerprint).lower())
    # The partner's key chain (migration 0013): keys a rotation replaced still sign for it,
    # revoked ones never do (they may be in the hands of whoever seized a laptop).
    for partner_id, fingerprint in conn.execute(
        "SELECT partner_id, fingerprint FROM partner_keys WHERE revoked_at IS NULL"
    ):
        found[partner_id].add(str(fingerprint).lower())
    return {org_id: frozenset(prints) for org_id, prints in found.items()}


def find_signer_keys(conn: Connection, org_id: str, fingerprint_hex: str) -> PublicKeys | None:
    """The public keys with this fingerprint that we hold as `org_id`'s own, current or earlier
    (our retired keys, a partner's key chain), or None. Revoked keys are returned too: whether
    they count is decided by signer trust, not by signature checking."""
    wanted = fingerprint_hex.lower()
    own = conn.execute("SELECT id, public_keys FROM own_organisation").fetchone()
    rows: list[tuple[str]] = []
    if own is not None and own[0] == org_id:
        rows.append((own[1],))
        rows += conn.execute(
            "SELECT public_keys FROM retired_keys WHERE lower(fingerprint) = ?", (wanted,)
        ).fetchall()
    else:
        rows += conn.execute("SELECT public_keys FROM partners WHERE id = ?", (org_id,)).fetchall()
        rows += conn.execute(
            "SELECT public_keys FROM partner_keys WHERE partner_id = ? AND fingerprint = ?",
            (org_id, wanted),
        ).fetchall()
    for (text,) in rows:
        keys = PublicKeys.from_dict(json.loads(text))
        if keys.fingerprint().hex() == wanted:
            return keys
    return None
