"""A full disk, a read-only folder, a vanished stick and a damaged page each raise their own
typed error, on real storage (tmpfs and bind mounts, a real damaged page), and nothing is lost:
once the cause is gone the vault opens and holds exactly what it held before."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from casevault.cli.messages import EXIT_DAMAGED, EXIT_STORAGE, describe
from casevault.domain.case import CaseFields
from casevault.services import cases as case_service
from casevault.services.session import Session
from casevault.services.vaults import init_vault, open_vault
from casevault.vault.errors import (
    DatabaseCorrupt,
    DatabaseDamaged,
    DiskFull,
    StorageFailed,
    StorageReadOnly,
    StorageVanished,
)
from casevault.vault.layout import keyslots_path
from casevault.vault.storage_errors import from_os_error
from tests.conftest import FLOOR_KDF, PASSPHRASE
from tests.support.orgs import logical_dump
from tests.support.storage import bind, damage_page, fill, root_page, small_disk, unmount


def _new_vault(path: Path, cases: int = 3) -> Session:
    session = init_vault(path, PASSPHRASE, "Storage Test", kdf=FLOOR_KDF).session
    for number in range(cases):
        case_service.create_case(session, CaseFields(notes=f"case {number} " + "n" * 500))
    return session


def _reopened_dump(path: Path) -> dict[str, object]:
    with open_vault(path, PASSPHRASE) as session:
        return logical_dump(session)


def test_full_disk_is_named_and_nothing_is_lost(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        vault = disk / "vault"
        session = _new_vault(vault)
        try:
            filler = fill(disk)
            for _ in range(200):
                before = logical_dump(session)
                try:
                    case_service.create_case(session, CaseFields(notes="x" * 2000))
                except DiskFull as error:
                    failure = error
                    break
            else:
                pytest.fail("a full disk never refused a write")
            message, code = describe(failure) or ("", 0)
            assert code == EXIT_STORAGE
            assert "disk is full" in message
            assert logical_dump(session) == before  # the failed case left nothing behind
            filler.unlink()
            case_service.create_case(session, CaseFields(notes="after space was freed"))
            after = logical_dump(session)
        finally:
            session.close()
        assert _reopened_dump(vault) == after
        assert len(after["cases"]) == len(before["cases"]) + 1


def test_read_only_folder_is_named_and_the_vault_is_untouched(tmp_path: Path) -> None:
    source, stick = tmp_path / "data", tmp_path / "stick"
    with _new_vault(source / "vault") as session:
        before = logical_dump(session)
    bind(source, stick, read_only=True)
    try:
        with pytest.raises(StorageReadOnly) as raised:
            open_vault(stick / "vault", PASSPHRASE)
    finally:
        unmount(stick)
    message, code = describe(raised.value) or ("", 0)
    assert code == EXIT_STORAGE
    assert "read-only" in message
    assert _reopened_dump(source / "vault") == before


def test_stick_pulled_mid_session_is_named_and_nothing_is_lost(tmp_path: Path) -> None:
    source, stick = tmp_path / "data", tmp_path / "stick"
    source.mkdir()
    bind(source, stick)
    try:
        session = _new_vault(stick / "vault")
        before = logical_dump(session)
        unmount(stick, lazy=True)  # the stick is pulled: the path is empty at once
        with pytest.raises(StorageVanished) as raised:
            case_service.create_case(session, CaseFields(notes="written after the pull"))
        with pytest.raises(StorageVanished):
            case_service.list_cases(session)
        session.close()  # closing a session whose files are gone does not raise
        message, code = describe(raised.value) or ("", 0)
        assert code == EXIT_STORAGE
        assert "removed" in message
        bind(source, stick)  # put it back
        assert _reopened_dump(stick / "vault") == before
    finally:
        unmount(stick, lazy=True)


def test_damaged_page_is_damage_not_a_wrong_key_and_a_copy_restores_everything(
    tmp_path: Path,
) -> None:
    vault, backup = tmp_path / "vault", tmp_path / "backup"
    with _new_vault(vault, cases=20) as session:
        before = logical_dump(session)
    shutil.copytree(vault, backup)
    damage_page(vault, root_page(vault, PASSPHRASE, "cases"))
    # Page 1 is sound, so the vault opens: the key is proven and the damage shows on reading.
    with open_vault(vault, PASSPHRASE) as session, pytest.raises(DatabaseDamaged) as raised:
        case_service.list_cases(session)
    message, code = describe(raised.value) or ("", 0)
    assert code == EXIT_DAMAGED
    assert "damaged" in message
    assert "casevault check" in message
    shutil.rmtree(vault)
    shutil.copytree(backup, vault)  # what the message says to do
    assert _reopened_dump(vault) == before


def test_another_vaults_database_is_still_a_wrong_key_not_damage(tmp_path: Path) -> None:
    _new_vault(tmp_path / "one").close()
    _new_vault(tmp_path / "two").close()
    shutil.copy(keyslots_path(tmp_path / "two"), keyslots_path(tmp_path / "one"))
    with pytest.raises(DatabaseCorrupt) as raised:
        open_vault(tmp_path / "one", PASSPHRASE)
    assert type(raised.value) is DatabaseCorrupt


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EFBIG, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EROFS, StorageReadOnly),
        (errno.EACCES, StorageReadOnly),
        (errno.EPERM, StorageReadOnly),
        (errno.EIO, StorageVanished),
        (errno.ENODEV, StorageVanished),
        (errno.ENOENT, StorageVanished),
        (errno.EMFILE, StorageFailed),
    ],
)
def test_os_errors_are_classified_by_number(number: int, expected: type[StorageFailed]) -> None:
    error = from_os_error(OSError(number, "text from the OS"))
    assert type(error) is expected
