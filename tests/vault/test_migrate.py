"""Migrations apply in order and record the schema version; a newer vault is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.errors import SchemaTooNew
from casevault.vault.migrate import available_migrations, current_version, latest_version
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
