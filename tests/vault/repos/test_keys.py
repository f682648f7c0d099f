"""vault/repos/keys.py: retired keys are kept once, found by fingerprint or prefix, newest
first; our current keys can be replaced; a partner's identity can be reset."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import keys as keys_repo
from casevault.vault.repos import organisation as org_repo

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _print(keys: PrivateKeys) -> str:
    return keys.public_keys().fingerprint().hex()


def test_retired_keys_round_trip_newest_first(conn: Any) -> None:
    older, newer = PrivateKeys.generate(), PrivateKeys.generate()
    assert keys_repo.list_retired_keys(conn) == []
    keys_repo.retire_own_keys(conn, older, AT)
    keys_repo.retire_own_keys(conn, newer, AT + dt.timedelta(days=1))
    keys_repo.retire_own_keys(conn, older, AT + dt.timedelta(days=9))  # again: ignored
    assert [_print(k) for k in keys_repo.list_retired_keys(conn)] == [_print(newer), _print(older)]
    found = keys_repo.find_retired_keys(conn, _print(older))
    assert found.to_bytes() == older.to_bytes()


def test_an_unknown_retired_key_is_a_typed_error(conn: Any) -> None:
    missing = _print(PrivateKeys.generate())
    with pytest.raises(RecordNotFound) as caught:
        keys_repo.find_retired_keys(conn, missing)
    assert (caught.value.record_type, caught.value.record_id) == ("retired_keys", missing)


def test_retired_fingerprints_are_found_by_prefix_within_the_limit(conn: Any) -> None:
    retired = [PrivateKeys.generate() for _ in range(4)]
    for keys in retired:
        keys_repo.retire_own_keys(conn, keys, AT)
    prints = sorted(_print(k) for k in retired)
    assert keys_repo.find_retired_fingerprints(conn, prints[0]) == [prints[0]]
    assert keys_repo.find_retired_fingerprints(conn, prints[0][:12]) == [prints[0]]
    assert keys_repo.find_retired_fingerprints(conn, "", limit=10) == prints
    assert keys_repo.find_retired_fingerprints(conn, "", limit=3) == prints[:3]
    assert keys_repo.find_retired_fingerprints(conn, "") == prints[:2]  # default limit


def test_our_current_keys_can_be_replaced(conn: Any) -> None:
    new = PrivateKeys.generate()
    before = org_repo.get_own_organisation(conn)
    keys_repo.set_own_keys(conn, new)
    assert org_repo.get_own_private_keys(conn).to_bytes() == new.to_bytes()
    after = org_repo.get_own_organisation(conn)
    assert after.id == before.id
    assert after.public_keys.fingerprint() == new.public_keys().fingerprint()
