"""Who an export goes to and what it may carry: the recipients (verified, not revoked, keys
unchanged), the redaction profile every one of them allows, the cases chosen, and the man's
consent for each recipient. Shared by the preview (services/export_preview.py) and the export
(services/exports.py), so both decide alike.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from casevault.crypto.keys import PublicKeys
from casevault.domain.case import EDITABLE_FIELDS
from casevault.domain.consent import consent_for
from casevault.domain.organisation import Partner
from casevault.exchange.redaction import RedactionProfile
from casevault.services.case_refs import resolve_case_id
from casevault.services.errors import PartnerKeysChanged, PartnerNotTrusted
from casevault.services.partners import resolve_partner_id
from casevault.services.profiles import load_profile
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import consent as consent_repo
from casevault.vault.repos import partners as partner_repo


def export_recipients(
    conn: Connection, partner_refs: Sequence[str]
) -> list[tuple[Partner, PublicKeys]]:
    """Each partner named (once) with its keys. Raises PartnerNotTrusted (revoked, unverified,
    none named), PartnerKeysChanged, PartnerNotFound."""
    found: list[tuple[Partner, PublicKeys]] = []
    for ref in dict.fromkeys(partner_refs):
        partner = partner_repo.get_partner(conn, resolve_partner_id(conn, ref))
        if partner.revoked_at is not None:
            raise PartnerNotTrusted(partner.id, "revoked")
        if partner.keys_changed_at is not None and not partner.verified:
            raise PartnerKeysChanged(partner.id, partner.keys_changed_at)
        if not partner.verified:
            raise PartnerNotTrusted(partner.id, "unverified")
        found.append((partner, partner_repo.get_partner_keys(conn, partner.id)))
    if not found:
        raise PartnerNotTrusted("", "unverified")
    return found


def effective_profile(conn: Connection, partners: list[Partner]) -> RedactionProfile:
    """The fields every one of `partners` may receive (the intersection of their profiles)."""
    fields = set(EDITABLE_FIELDS)
    names = []
    for partner in partners:
        profile = load_profile(conn, partner_repo.get_partner_profile(conn, partner.id))
        fields &= profile.fields
        names.append(profile.name)
    return RedactionProfile("+".join(dict.fromkeys(names)), frozenset(fields))


def selected_ids(conn: Connection, case_refs: Sequence[str] | None) -> list[str]:
    """The case ids chosen (each once, in order), or every case for None. Raises CaseNotFound,
    AmbiguousCaseId."""
    if case_refs is None:
        return case_repo.iter_case_ids(conn)
    return list(dict.fromkeys(str(resolve_case_id(conn, ref)) for ref in case_refs))


def consent_states(
    conn: Connection, case_id: str, partners: Sequence[Partner], now: dt.datetime
) -> tuple[tuple[str, str], ...]:
    """(partner id, granted / withdrawn / none) of the man's consent for each partner now."""
    records = consent_repo.list_consents(conn, uuid.UUID(case_id))
    return tuple(
        (p.id, consent_for(records, p.id, p.kind, now, case_id=uuid.UUID(case_id)).status.value)
        for p in partners
    )
