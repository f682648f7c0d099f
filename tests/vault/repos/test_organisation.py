"""vault/repos/organisation.py: our identity is one row, its absence is a typed error, vault
facts are read and settings round-trip as JSON and are overwritten."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import organisation as org_repo

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_our_identity_round_trips(conn: Any) -> None:
    keys = PrivateKeys.generate()
    conn.execute("DELETE FROM own_organisation")
    org_repo.insert_own_organisation(conn, "org-own", "Ёжик e.V.", keys, AT)
    own = org_repo.get_own_organisation(conn)
    assert (own.id, own.name, own.created_at) == ("org-own", "Ёжик e.V.", AT)
    assert own.public_keys.fingerprint() == keys.public_keys().fingerprint()
    assert org_repo.get_own_private_keys(conn).to_bytes() == keys.to_bytes()


def test_no_identity_is_a_typed_error(conn: Any) -> None:
    conn.execute("DELETE FROM own_organisation")
    with pytest.raises(RecordNotFound) as caught:
        org_repo.get_own_organisation(conn)
    assert (caught.value.record_type, caught.value.record_id) == ("organisation", "own")
    with pytest.raises(RecordNotFound):
        org_repo.get_own_private_keys(conn)


def test_vault_facts_and_settings(conn: Any) -> None:
    assert org_repo.get_meta(conn, "no-such-fact") is None
    assert org_repo.get_meta(conn, "node_id")  # written at init
    assert org_repo.get_setting(conn, "test.setting") is None
    assert org_repo.get_setting(conn, "test.setting", 7) == 7
    value = {"columns": ["name", "status"], "ratio": 0.5, "text": "Ёжик 🙂", "off": False}
    org_repo.put_setting(conn, "test.setting", value)
    assert org_repo.get_setting(conn, "test.setting", 7) == value
    org_repo.put_setting(conn, "test.setting", None)  # a stored null is not the default
    assert org_repo.get_setting(conn, "test.setting", 7) is None
