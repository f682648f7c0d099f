"""Our organisation's identity, as people see it."""

from __future__ import annotations

from dataclasses import dataclass

from casevault.services.session import Session
from casevault.vault.repos import organisation as org_repo


@dataclass(frozen=True)
class OrganisationInfo:
    """What `org show` prints: nothing secret."""

    id: str
    name: str
    fingerprint: str
    vault_id: str
    node_id: str


def show_organisation(session: Session) -> OrganisationInfo:
    """Our id, name and public-key fingerprint."""
    with session.vault.reading() as conn:
        org = org_repo.get_own_organisation(conn)
        node_id = org_repo.get_meta(conn, "node_id") or ""
    return OrganisationInfo(
        id=org.id,
        name=org.name,
        fingerprint=org.public_keys.fingerprint_text(),
        vault_id=session.vault.vault_id,
        node_id=node_id,
    )
