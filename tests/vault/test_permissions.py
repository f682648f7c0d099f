"""Every file in the vault folder is user-only (0600, the folder 0700), whatever the umask."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services.unlock_guard import open_vault_counting, set_destroy_after
from casevault.services.vaults import change_passphrase, init_vault, open_vault, recover_vault
from casevault.vault.errors import WrongSecret
from casevault.vault.layout import DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME, UNLOCK_ATTEMPTS_NAME
from tests.cli.runner import Cli
from tests.conftest import FLOOR_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

NEW_PASSPHRASE = "another long passphrase"


@pytest.fixture(params=[0o000, 0o022], ids=["umask000", "umask022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under this process umask (restored afterwards)."""
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def assert_user_only(vault_dir: Path, *expected: str) -> None:
    """The folder is 0700 and every file in it 0600; the `expected` files are there."""
    names = set()
    for root, dirs, files in os.walk(vault_dir):
        for name in dirs:
            mode = stat.S_IMODE(os.lstat(Path(root) / name).st_mode)
            assert mode == 0o700, (name, oct(mode))
        for name in files:
            mode = stat.S_IMODE(os.lstat(Path(root) / name).st_mode)
            assert mode == 0o600, (name, oct(mode))
            names.add(name)
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    assert set(expected) <= names, names


def test_every_file_stays_user_only_through_a_working_day(umask: int, vault_dir: Path) -> None:
    result = init_vault(vault_dir, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF)
    session = result.session
    assert_user_only(vault_dir, DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME, f"{DATABASE_NAME}-wal")
    case = case_service.create_case(session, CaseFields(notes="a note"))
    attachment_service.add_attachment(session, case.id, io.BytesIO(b"%PDF scan"), "scan.pdf")
    set_destroy_after(session, 5)
    change_passphrase(session, NEW_PASSPHRASE)
    assert_user_only(vault_dir, UNLOCK_ATTEMPTS_NAME, f"{DATABASE_NAME}-shm")
    session.close()
    assert_user_only(vault_dir, DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME, UNLOCK_ATTEMPTS_NAME)

    with pytest.raises(WrongSecret):
        open_vault_counting(vault_dir, "not the passphrase")
    assert_user_only(vault_dir, UNLOCK_ATTEMPTS_NAME)
    with open_vault_counting(vault_dir, NEW_PASSPHRASE) as reopened:
        case_service.edit_case(reopened, case.id, {"notes": "edited"})
        assert_user_only(vault_dir, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm")
    with recover_vault(vault_dir, result.recovery_code, PASSPHRASE):
        assert_user_only(vault_dir, DATABASE_NAME, KEYSLOTS_NAME)
    assert_user_only(vault_dir, DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME)


def test_a_vault_with_loose_modes_is_tightened_when_opened(vault_dir: Path) -> None:
    init_vault(vault_dir, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF).session.close()
    # As an older version under umask 022, or a careless copy, would have left it.
    os.chmod(vault_dir, 0o755)  # noqa: S103 - the loose mode under test
    for path in vault_dir.iterdir():
        os.chmod(path, 0o644)
    with open_vault(vault_dir, PASSPHRASE):
        assert_user_only(vault_dir, DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME)


def test_the_command_line_keeps_files_user_only(tmp_path: Path, umask: int) -> None:
    cli = Cli(tmp_path, PASSPHRASE)  # the child processes inherit this test's umask
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    assert cli("case", "add", "--surname", "Белов", "--contact", "signal").code == 0
    changed = cli("passphrase", "change", env={"CASEVAULT_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert changed.code == 0, changed.err
    assert cli("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong one"}).code == 3
    assert_user_only(cli.vault, DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME, UNLOCK_ATTEMPTS_NAME)
