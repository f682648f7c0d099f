"""The database is a standard SQLCipher 4 file: the stock library opens it with the raw key alone,
nothing opens it without, and the session settings the threat model needs are on."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from casevault.services import cases as case_service
from casevault.services.session import Session
from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from tests.conftest import PASSPHRASE


def test_stock_sqlcipher_opens_the_vault_with_the_raw_key(
    session: Session, vault_dir: Path
) -> None:
    case_service.create_case(session, case_service.CaseFields(notes="stock-open marker"))
    session.close()
    key = read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", PASSPHRASE)
    conn = sqlcipher3.connect(str(database_path(vault_dir)))
    try:
        # Only the key: no cipher_compatibility, page size or KDF pragmas. Stock defaults.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        conn.close()


def test_database_is_not_readable_without_the_key(session: Session, vault_dir: Path) -> None:
    session.close()
    raw = database_path(vault_dir).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    conn = sqlcipher3.connect(str(database_path(vault_dir)))
    conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_session_settings(session: Session) -> None:
    with session.vault.reading() as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlcipher_wipes_the_memory_it_frees(session: Session) -> None:
    # Off by default in SQLCipher 4.5+: freed page-cache and key buffers would keep plaintext.
    with session.vault.reading() as conn:
        assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"


def _cache_size(session: Session) -> int:
    with session.vault.reading() as conn:
        return int(conn.execute("PRAGMA cache_size").fetchone()[0])


def test_a_large_write_has_a_larger_page_cache_for_its_duration_only(
    session: Session,
) -> None:
    usual = _cache_size(session)
    with session.vault.transaction(writes_kib=-usual * 2) as conn:
        during = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    assert during == usual * 2  # negative: KiB; room for what the transaction writes
    assert _cache_size(session) == usual
    with session.vault.transaction(writes_kib=10**9) as conn:
        bounded = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    assert usual * 2 > bounded > -(10**9)  # more, but bounded
    with session.vault.transaction(writes_kib=100) as conn:  # a small write: the usual cache
        assert int(conn.execute("PRAGMA cache_size").fetchone()[0]) == usual
    with pytest.raises(RuntimeError), session.vault.transaction(writes_kib=-usual * 2):
        raise RuntimeError("a refused import")
    assert _cache_size(session) == usual  # also after a rollback
