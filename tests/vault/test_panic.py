"""Panic: every key-file copy destroyed, with no passphrase and no lock; the database key is then
nowhere on disk, and a session that was open stops at its next step."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from casevault.services import cases as case_service
from casevault.services.panic import panic_destroy
from casevault.services.vaults import InitResult, change_passphrase, open_vault, recover_vault
from casevault.vault.connection import open_database
from casevault.vault.errors import KeyslotFileCorrupt, VaultDestroyed, VaultNotFound
from casevault.vault.keyslots import parse_keyslot_file, read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from casevault.vault.panic import destroy_key_files
from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE
from tests.support.key_copies import crash_during_passphrase_change, key_file_family

NEW_PASSPHRASE = "a brand new passphrase"


def _count_cases(vault_dir: Path, key: bytes) -> int:
    """Read the database with the raw key, as someone holding an old key copy could."""
    conn = open_database(database_path(vault_dir), key)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        conn.close()


def test_panic_makes_the_vault_unreadable(initialised: InitResult, vault_dir: Path) -> None:
    case_service.create_case(initialised.session, case_service.CaseFields(notes="x"))
    report = panic_destroy(initialised.session)
    assert report.destroyed == ("keyslots.json",)
    assert not keyslots_path(vault_dir).exists()
    assert database_path(vault_dir).exists()  # still there, but only ciphertext without a key
    with pytest.raises(VaultDestroyed):
        open_vault(vault_dir, PASSPHRASE)
    with pytest.raises(VaultDestroyed):
        recover_vault(vault_dir, initialised.recovery_code, "new passphrase!")


def test_panic_needs_no_lock_and_the_open_vault_stops(
    initialised: InitResult, vault_dir: Path
) -> None:
    session = initialised.session  # open: it holds the vault's lock for the whole test
    case_service.create_case(session, case_service.CaseFields(notes="before"))
    key = read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", PASSPHRASE)

    report = destroy_key_files(vault_dir)  # no passphrase, no lock, while the session is open

    assert report.destroyed == ("keyslots.json",)
    assert report.database_present
    assert key_file_family(vault_dir) == []
    with pytest.raises(VaultDestroyed):
        case_service.create_case(session, case_service.CaseFields(notes="after"))
    with pytest.raises(VaultDestroyed):
        case_service.list_cases(session)
    with pytest.raises(VaultDestroyed):  # must never write a key file back
        change_passphrase(session, NEW_PASSPHRASE)
    assert key_file_family(vault_dir) == []
    # Nothing was written after the panic: only the one case made before it is there.
    assert _count_cases(vault_dir, key) == 1


@pytest.mark.skipif(os.name != "posix", reason="hard links show the overwrite on POSIX")
def test_panic_destroys_the_copies_a_crash_or_a_pending_change_leaves(
    initialised: InitResult, vault_dir: Path, tmp_path: Path
) -> None:
    initialised.session.close()
    crashed_copy = crash_during_passphrase_change(vault_dir, PASSPHRASE, NEW_PASSPHRASE)
    # A pending key file of the family (e.g. a re-key in progress) and a backup next to it.
    pending = vault_dir / "keyslots.pending.json"
    shutil.copyfile(keyslots_path(vault_dir), pending)
    backup = vault_dir / "keyslots.json.bak"
    shutil.copyfile(keyslots_path(vault_dir), backup)
    copies = key_file_family(vault_dir)
    assert len(copies) == 4
    # Hard links outside the folder see the same bytes: they show whether panic overwrote them.
    outside = tmp_path / "links"
    outside.mkdir()
    for index, path in enumerate(copies):
        os.link(path, outside / f"copy{index}")

    report = destroy_key_files(vault_dir)

    assert sorted(report.destroyed) == sorted(path.name for path in copies)
    assert crashed_copy.name in report.destroyed
    assert key_file_family(vault_dir) == []
    for link in outside.iterdir():
        with pytest.raises(KeyslotFileCorrupt):
            parse_keyslot_file(link.read_bytes())  # random bytes now, not a key file
    with pytest.raises(VaultDestroyed):
        open_vault(vault_dir, NEW_PASSPHRASE)


def test_panic_twice_is_harmless_and_an_empty_folder_is_no_vault(
    initialised: InitResult, vault_dir: Path, tmp_path: Path
) -> None:
    initialised.session.close()
    assert destroy_key_files(vault_dir).destroyed == ("keyslots.json",)
    again = destroy_key_files(vault_dir)
    assert again.destroyed == ()
    assert again.database_present
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(VaultNotFound) as raised:
        destroy_key_files(empty)
    assert not isinstance(raised.value, VaultDestroyed)


def test_panic_command_needs_the_word(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    refused = cli("panic", "--confirm", "destroy please")
    assert refused.code != 0
    assert cli("case", "list").code == 0
    assert cli("panic", "--confirm", "DESTROY").code == 0
    gone = cli("case", "list")
    assert gone.code == 5
