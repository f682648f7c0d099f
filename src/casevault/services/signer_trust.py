"""Whom we trust to sign evaluations: the one place that says, for a signing organisation (and
the key it signed with), whether its evaluations count, and if not, why.

An evaluation counts only if it was signed by our own organisation or by a partner whose keys
we compared with it (verified) and have not revoked, with a key we hold as that signer's. The
answer is read from the partners table every time it is asked (at import and whenever clearance
is computed), never stored with the evaluation: revoking a partner later withdraws its
evaluations from every clearance at once. Spec: docs/spec/evaluation.md, "Trusted signers".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from casevault.domain.clearance import SignerStanding
from casevault.services.session import Session
from casevault.vault.connection import Connection
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import signer_keys


@dataclass(frozen=True)
class SignerTrust:
    """What we know of one signing organisation: its standing, and what to say about it."""

    org_id: str
    name: str | None  # None for an organisation we do not know
    standing: SignerStanding
    revoked_at: dt.datetime | None
    fingerprints: frozenset[str]  # the key sets (lowercase hex) we hold as this signer's

    def standing_for_key(self, fingerprint: str | None) -> SignerStanding:
        """The standing of an evaluation signed with `fingerprint`: a trusted signer's evaluation
        signed with a key that is not among its keys does not count (UNKNOWN_KEY)."""
        if self.standing.trusted and (fingerprint or "").lower() not in self.fingerprints:
            return SignerStanding.UNKNOWN_KEY
        return self.standing


def _unknown(org_id: str) -> SignerTrust:
    return SignerTrust(org_id, None, SignerStanding.UNKNOWN, None, frozenset())


def signer_trust_map(conn: Connection) -> dict[str, SignerTrust]:
    """{organisation id: SignerTrust} for our own organisation and every partner. An
    organisation missing from the map is UNKNOWN (see `trust_of`). A handful of rows: cheap
    enough to read for every clearance computed."""
    prints = signer_keys.known_fingerprints(conn)
    own = org_repo.get_own_organisation(conn)
    result = {
        own.id: SignerTrust(
            own.id, own.name, SignerStanding.OURS, None, prints.get(own.id, frozenset())
        )
    }
    for partner in partner_repo.list_partners(conn):
        if partner.id == own.id:
            continue  # never let a partner row stand in for us
        if partner.revoked_at is not None:
            standing = SignerStanding.REVOKED
        elif partner.verified:
            standing = SignerStanding.VERIFIED
        else:
            standing = SignerStanding.UNVERIFIED
        result[partner.id] = SignerTrust(
            partner.id,
            partner.name,
            standing,
            partner.revoked_at,
            prints.get(partner.id, frozenset()),
        )
    return result


def trust_of(trust: Mapping[str, SignerTrust], org_id: str) -> SignerTrust:
    """The entry for `org_id`, or an UNKNOWN one."""
    return trust.get(org_id) or _unknown(org_id)


def standing_of(
    trust: Mapping[str, SignerTrust], org_id: str | None, fingerprint: str | None
) -> SignerStanding:
    """The standing of one evaluation signed by `org_id` with key `fingerprint`. A draft (no
    signer yet) is passed as org_id None and stands as ours: drafts never count anyway."""
    if org_id is None:
        return SignerStanding.OURS
    return trust_of(trust, org_id).standing_for_key(fingerprint)


def describe_signers(session: Session) -> dict[str, SignerTrust]:
    """The trust map of `signer_trust_map`, read in its own transaction."""
    with session.vault.reading() as conn:
        return signer_trust_map(conn)
