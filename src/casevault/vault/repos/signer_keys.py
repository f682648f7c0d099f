"""Which signing keys belong to which organisation, for deciding whether an evaluation's signer
is who it claims (tables own_organisation, retired_keys, partners, partner_key_history)."""

from __future__ import annotations

import json
from collections import defaultdict

from casevault.crypto.keys import PublicKeys
from casevault.vault.connection import Connection


def known_fingerprints(conn: Connection) -> dict[str, frozenset[str]]:
    """{organisation id: fingerprints (lowercase hex) of every key set we hold as its own}:
    our current and retired keys, each partner's current keys and the keys a verified rotation
    replaced. Keys a partner had before a revocation are not among them (a new identity card
    replaces them without keeping them: they may be in the hands of whoever seized a laptop)."""
    found: dict[str, set[str]] = defaultdict(set)
    own = conn.execute("SELECT id, public_keys FROM own_organisation").fetchone()
    if own is not None:
        found[own[0]].add(PublicKeys.from_dict(json.loads(own[1])).fingerprint().hex())
        for (fingerprint,) in conn.execute("SELECT fingerprint FROM retired_keys"):
            found[own[0]].add(str(fingerprint).lower())
    for partner_id, fingerprint in conn.execute("SELECT id, fingerprint FROM partners"):
        found[partner_id].add(str(fingerprint).lower())
    for partner_id, fingerprint in conn.execute(
        "SELECT partner_id, fingerprint FROM partner_key_history"
    ):
        found[partner_id].add(str(fingerprint).lower())
    return {org_id: frozenset(prints) for org_id, prints in found.items()}
