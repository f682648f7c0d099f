"""vault/repos/signer_keys.py: whose signing keys we hold; revoked keys never count as known
but can still be found (whether they count is decided by signer trust)."""

from __future__ import annotations

import datetime as dt

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.identity_card import build_card
from casevault.services import key_events
from casevault.services import partners as partner_service
from casevault.services.session import Session
from casevault.vault.repos import key_chain, signer_keys
from casevault.vault.repos import organisation as org_repo

AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_own_partner_retired_and_revoked_keys(session: Session) -> None:
    partner_keys = PrivateKeys.generate()
    card = build_card("org-partner", "Partner e.V.", "transit_ngo", "DE", partner_keys, AT)
    partner_service.add_partner(session, card)
    with session.vault.reading() as conn:
        own_before = org_repo.get_own_organisation(conn)
        first_print = org_repo.get_own_private_keys(conn).public_keys().fingerprint().hex()
    key_events.rotate_keys(session)
    partner_print = partner_keys.public_keys().fingerprint().hex()
    with session.vault.transaction() as conn:
        new_print = org_repo.get_own_private_keys(conn).public_keys().fingerprint().hex()
        known = signer_keys.known_fingerprints(conn)
        assert known[own_before.id] == frozenset({first_print, new_print})  # current + retired
        assert known["org-partner"] == frozenset({partner_print})
        found = signer_keys.find_signer_keys(conn, "org-partner", partner_print.upper())
        assert found is not None
        assert found.fingerprint().hex() == partner_print
        assert signer_keys.find_signer_keys(conn, own_before.id, first_print) is not None
        # A fingerprint is only found under the organisation that holds it.
        assert signer_keys.find_signer_keys(conn, "org-partner", first_print) is None
        assert signer_keys.find_signer_keys(conn, own_before.id, partner_print) is None
        assert signer_keys.find_signer_keys(conn, "org-unknown", partner_print) is None

        key_chain.revoke_keys(conn, "org-partner", {partner_print}, partner_print, b"statement", AT)
        assert key_chain.is_revoked(conn, "org-partner", partner_print)
        # Revoked keys are still found: signer trust, not signature checking, discounts them.
        assert signer_keys.find_signer_keys(conn, "org-partner", partner_print) is not None
