"""Migrations apply in order and record the schema version; a newer vault is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault import migrate as migrate_module
from casevault.vault.errors import MigrationFailed, SchemaTooNew
from casevault.vault.migrate import available_migrations, current_version, latest_version
from casevault.vault.store import unlock_vault
from tests.conftest import PASSPHRASE


def test_schema_version_is_recorded(session: Session) -> None:
    with session.vault.reading() as conn:
        assert current_version(conn) == latest_version() == len(available_migrations())


def test_vault_from_a_newer_casevault_is_refused(session: Session, vault_dir: Path) -> None:
    with session.vault.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    session.close()
    with pytest.raises(SchemaTooNew):
        open_vault(vault_dir, PASSPHRASE)


def _migrations_copy(target: Path, upto: int, broken: int | None = None) -> Path:
    """Today's migrations 1..upto in `target`; migration `broken` ends with a statement that
    violates a constraint, so SQLite refuses it after the rest of its text has run."""
    target.mkdir()
    for number, sql in available_migrations()[:upto]:
        if number == broken:
            sql += "\nINSERT INTO vault_meta (key, value) VALUES ('vault_id', 'duplicate');\n"
        (target / f"{number:04d}_copy.sql").write_text(sql, encoding="utf-8")
    return target


def _logical_dump(vault_dir: Path, passphrase: str) -> tuple[int, list[object]]:
    """The schema version, every schema object's SQL, and every row of every table, sorted."""
    dump: list[object] = []
    # The vault layer's unlock only: open_vault also gives a vault node keys (services/
    # node_keys.py), which the old code these dumps stand for did not.
    unlocked = Session(unlock_vault(vault_dir, "passphrase", passphrase))
    with unlocked as session, session.vault.reading() as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        dump.append(schema)
        for kind, name, _sql in schema:
            if kind == "table":
                rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
                dump.append((name, sorted(rows, key=repr)))
        return current_version(conn), dump


def test_a_failed_migration_leaves_the_vault_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = Path(__file__).resolve().parents[1] / "data" / "vaults" / "schema-11"
    passphrase = json.loads((saved / "meta.json").read_text(encoding="utf-8"))["passphrase"]
    vault_dir = tmp_path / "vault"
    shutil.copytree(saved / "vault", vault_dir)
    old_code = _migrations_copy(tmp_path / "old", 11)
    broken = _migrations_copy(tmp_path / "broken", latest_version(), broken=12)

    monkeypatch.setattr(migrate_module, "_migrations_dir", lambda: old_code)
    before = _logical_dump(vault_dir, passphrase)
    assert before[0] == 11

    monkeypatch.setattr(migrate_module, "_migrations_dir", lambda: broken)
    with pytest.raises(MigrationFailed) as refused:
        open_vault(vault_dir, passphrase)
    assert refused.value.version == 11
    assert refused.value.detail == "IntegrityError"

    monkeypatch.setattr(migrate_module, "_migrations_dir", lambda: old_code)
    assert _logical_dump(vault_dir, passphrase) == before  # and the lock was released

    monkeypatch.undo()
    assert _logical_dump(vault_dir, passphrase)[0] == latest_version()


def test_a_failed_migration_has_words_in_the_cli_and_the_app() -> None:
    from casevault.cli.messages import EXIT_DAMAGED
    from casevault.cli.messages import describe as cli_describe

    error = MigrationFailed(11, "IntegrityError")
    described = cli_describe(error)
    assert described is not None
    assert described[1] == EXIT_DAMAGED
    assert "IntegrityError" in described[0]
    assert "left exactly as it was" in described[0]


@pytest.mark.gui
def test_a_failed_migration_has_words_in_the_app() -> None:
    pytest.importorskip("PySide6")  # the CLI-only install has no app (scripts/test-cli-only.sh)
    from casevault.gui.messages import describe as gui_describe

    assert "left exactly as it was" in gui_describe(MigrationFailed(11, "IntegrityError"))
