"""vault/repos/partners.py: partners round-trip (listed by name), unknown ids are typed errors,
verification and revocation, redaction profiles, and whose keys we hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.domain.organisation import Partner, VerificationMethod
from casevault.vault.connection import DatabaseError
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners
from casevault.vault.repos.short_ids import IdTable, find_ids_by_prefix

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _add(conn: Any, partner_id: str, name: str) -> tuple[Partner, PublicKeys]:
    keys = PrivateKeys.generate().public_keys()
    partner = Partner(
        id=partner_id, name=name, fingerprint=keys.fingerprint().hex().upper(), added_at=AT
    )
    partners.insert_partner(conn, partner, keys, b"card:" + partner_id.encode())
    return partner, keys


def test_partners_round_trip_listed_by_name(conn: Any) -> None:
    zulu, zulu_keys = _add(conn, "org-a", "Zulu e.V.")
    alpha, _ = _add(conn, "org-b", "Alpha e.V.")
    assert partners.get_partner(conn, "org-a") == zulu
    assert partners.list_partners(conn) == [alpha, zulu]
    assert partners.get_partner_keys(conn, "org-a") == zulu_keys
    assert partners.get_partner_card(conn, "org-a") == b"card:org-a"
    assert partners.find_partner(conn, "org-x") is None
    with pytest.raises(DatabaseError):
        _add(conn, "org-a", "Again")


@pytest.mark.parametrize(
    "read",
    [
        partners.get_partner,
        partners.get_partner_keys,
        partners.get_partner_card,
        partners.get_partner_profile,
    ],
)
def test_an_unknown_partner_is_a_typed_error(conn: Any, read: Any) -> None:
    with pytest.raises(RecordNotFound) as caught:
        read(conn, "org-unknown")
    assert (caught.value.record_type, caught.value.record_id) == ("partner", "org-unknown")


def test_ids_are_found_by_prefix_within_the_limit(conn: Any) -> None:
    for partner_id in ("org-aa", "org-ab", "org-ac", "org-b"):
        _add(conn, partner_id, partner_id)
    assert find_ids_by_prefix(conn, IdTable.PARTNERS, "org-a") == ["org-aa", "org-ab"]
    assert find_ids_by_prefix(conn, IdTable.PARTNERS, "org-a", limit=5) == [
        "org-aa",
        "org-ab",
        "org-ac",
    ]
    assert find_ids_by_prefix(conn, IdTable.PARTNERS, "org-b") == ["org-b"]
    assert find_ids_by_prefix(conn, IdTable.PARTNERS, "x") == []


def test_verification_and_revocation(conn: Any) -> None:
    _add(conn, "org-a", "A")
    conn.execute("UPDATE partners SET keys_changed_at = ? WHERE id = 'org-a'", (AT.isoformat(),))
    method = next(iter(VerificationMethod))
    partners.mark_verified(conn, "org-a", method, AT)
    partner = partners.get_partner(conn, "org-a")
    assert (partner.verified_at, partner.verified_by, partner.keys_changed_at) == (AT, method, None)
    partners.mark_revoked(conn, "org-a", AT)
    partners.mark_revoked(conn, "org-a", AT + dt.timedelta(days=1))  # the first time is kept
    assert partners.get_partner(conn, "org-a").revoked_at == AT


def test_redaction_profiles(conn: Any) -> None:
    _add(conn, "org-a", "A")
    partners.set_partner_profile(conn, "org-a", "custom-1")
    assert partners.get_partner_profile(conn, "org-a") == "custom-1"
    assert partners.get_custom_profile(conn, "custom-1") is None
    partners.put_custom_profile(conn, "custom-1", ["status", "name_latin"])
    partners.put_custom_profile(conn, "custom-0", [])
    partners.put_custom_profile(conn, "custom-1", ["notes", "status"])  # replaced
    assert partners.get_custom_profile(conn, "custom-1") == ["notes", "status"]
    assert partners.list_custom_profiles(conn) == [
        ("custom-0", []),
        ("custom-1", ["notes", "status"]),
    ]


def test_public_keys_are_found_for_us_and_partners(conn: Any) -> None:
    _, keys = _add(conn, "org-a", "A")
    own = org_repo.get_own_organisation(conn)
    assert partners.find_public_keys(conn, own.id) == own.public_keys
    assert partners.find_public_keys(conn, "org-a") == keys
    assert partners.find_public_keys(conn, "org-unknown") is None
