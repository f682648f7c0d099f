"""vault/schema_repairs.py and migration 0024: a vault written with the earlier texts of
migrations 0003 and 0005 (the saved schema-05 vault) gets today's table shapes with every row
carried over."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from casevault.vault.connection import open_database
from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from casevault.vault.migrate import migrate
from casevault.vault.schema_repairs import repair_edited_migrations

SAVED = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema-05"


def _open(tmp_path: Path) -> Any:
    vault_dir = tmp_path / "vault"
    shutil.copytree(SAVED / "vault", vault_dir)
    passphrase = json.loads((SAVED / "meta.json").read_text(encoding="utf-8"))["passphrase"]
    key = read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", passphrase)
    return open_database(database_path(vault_dir), key)


def test_old_shapes_are_rebuilt_with_every_row(tmp_path: Path) -> None:
    conn = _open(tmp_path)
    try:
        old_versions = conn.execute(
            "SELECT case_id, field, versions, in_conflict FROM case_field_versions"
        ).fetchall()
        old_keys = sorted(conn.execute("SELECT * FROM name_keys").fetchall())
        assert old_versions
        assert old_keys
        migrate(conn)  # 0024 rebuilds name_keys; the repairs at the end, case_field_versions
        rows = conn.execute("SELECT case_id, versions, conflicts FROM case_field_versions")
        new = {case_id: (json.loads(v), conflicts) for case_id, v, conflicts in rows}
        assert set(new) == {row[0] for row in old_versions}
        for case_id, field, versions, _in_conflict in old_versions:
            assert new[case_id][0][field] == json.loads(versions)
        for case_id, (fields, conflicts) in new.items():
            expected = sum(r[3] for r in old_versions if r[0] == case_id)
            assert conflicts == expected
            assert len(fields) == sum(1 for r in old_versions if r[0] == case_id)
        assert sorted(conn.execute("SELECT * FROM name_keys").fetchall()) == old_keys
        pk = {r[1]: r[5] for r in conn.execute("PRAGMA table_info('name_keys')")}
        assert pk == {"kind": 1, "value": 2, "case_rowid": 3, "part": 4}
        assert repair_edited_migrations(conn) == []  # once repaired, nothing more to do
    finally:
        conn.close()
