"""Partners' key history (vault/repos/key_chain.py) and its migration from 0010's table: a vault
that accepted a rotation before keeps the whole chain, and the rotated keys wait for the new
short code like any key change now."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.key_events import build_rotation
from casevault.vault.connection import open_database
from casevault.vault.migrate import available_migrations

AT = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def _schema_at(path: Path, version: int) -> Any:
    conn = open_database(path, os.urandom(32), create=True)
    for _number, sql in available_migrations()[:version]:
        conn.executescript(sql)
    return conn


def test_migration_links_a_rotation_accepted_before_and_asks_for_the_new_code(
    tmp_path: Path,
) -> None:
    number = next(n for n, sql in available_migrations() if "CREATE TABLE partner_keys" in sql)
    conn = _schema_at(tmp_path / "vault.db", number - 1)
    first, second = PrivateKeys.generate(), PrivateKeys.generate()
    statement = base64.b64decode(build_rotation("org-b", first, second, AT)["statement"])
    new = second.public_keys()
    conn.execute(
        "INSERT INTO partners (id, name, kind, public_keys, fingerprint, card, added_at,"
        " verified_at, verified_by)"
        " VALUES ('org-b', 'B', 'other', ?, ?, x'00', ?, ?, 'short_code')",
        (
            json.dumps(new.to_dict()),
            new.fingerprint().hex().upper(),
            AT.isoformat(),
            AT.isoformat(),
        ),
    )
    old = first.public_keys()
    conn.execute(
        "INSERT INTO partner_key_history VALUES ('org-b', ?, ?, ?, ?)",
        (old.fingerprint().hex(), json.dumps(old.to_dict()), AT.isoformat(), statement),
    )
    conn.executescript(available_migrations()[number - 1][1])
    rows = conn.execute(
        "SELECT fingerprint, predecessor, introduced_by, replaced_at, verified_at"
        " FROM partner_keys WHERE partner_id = 'org-b'"
    ).fetchall()
    by_fingerprint = {row[0]: row[1:] for row in rows}
    assert set(by_fingerprint) == {old.fingerprint().hex(), new.fingerprint().hex()}
    assert by_fingerprint[new.fingerprint().hex()][:2] == (old.fingerprint().hex(), statement)
    assert by_fingerprint[new.fingerprint().hex()][3] is None  # nobody compared the new keys
    assert by_fingerprint[old.fingerprint().hex()][0] is None
    assert by_fingerprint[old.fingerprint().hex()][2] == AT.isoformat()
    partner = conn.execute("SELECT verified_at, keys_changed_at FROM partners").fetchone()
    assert partner[0] is None
    assert partner[1] is not None
    conn.close()
