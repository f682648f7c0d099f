"""One process at a time per vault: a second one is refused at once, the first keeps working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.errors import VaultLocked
from casevault.vault.lockfile import VaultLock
from tests.conftest import PASSPHRASE


def test_second_lock_in_the_same_process_is_refused(session: Session, vault_dir: Path) -> None:
    with pytest.raises(VaultLocked):
        open_vault(vault_dir, PASSPHRASE)
    session.close()
    open_vault(vault_dir, PASSPHRASE).close()


def test_another_process_is_refused_with_a_clear_message(session: Session, vault_dir: Path) -> None:
    env = {**os.environ, "CASEVAULT_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-m", "casevault", "--vault", str(vault_dir), "case", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 4
    assert "open in another CaseVault" in result.stderr
    assert "Traceback" not in result.stderr


def test_lock_is_released_on_close(tmp_path: Path) -> None:
    lock = VaultLock(tmp_path)
    lock.acquire()
    with pytest.raises(VaultLocked):
        VaultLock(tmp_path).acquire()
    lock.release()
    with VaultLock(tmp_path):
        pass
