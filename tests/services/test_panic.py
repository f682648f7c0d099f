"""services/panic.py on a real vault: the keys go first, the session closes without waiting for
the call that is using it, and the destroyed state is recognised."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from casevault.services import cases as case_service
from casevault.services.panic import destroy_vault_keys, panic_destroy, vault_destroyed
from casevault.services.vaults import InitResult, open_vault, vault_exists
from casevault.vault.errors import VaultDestroyed
from tests.conftest import PASSPHRASE
from tests.support.key_copies import key_file_family


def test_panic_returns_while_a_read_is_running_and_closes_after_it(
    initialised: InitResult, vault_dir: Path
) -> None:
    session = initialised.session
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def long_read() -> None:
        with session.vault.reading() as conn:
            conn.execute("SELECT count(*) FROM cases").fetchone()
            started.set()
            release.wait(timeout=20)  # bounded: a panic that waits fails instead of hanging
        finished.set()

    reader = threading.Thread(target=long_read)
    reader.start()
    assert started.wait(timeout=30)

    report = panic_destroy(session)

    assert not finished.is_set()  # panic did not wait for the read
    assert report.destroyed == ("keyslots.json",)
    assert key_file_family(vault_dir) == []
    assert session.vault._key == b""  # the key left the Vault object at once
    release.set()
    reader.join(timeout=30)
    closer = [t for t in threading.enumerate() if t.name == "casevault-panic-close"]
    for thread in closer:
        thread.join(timeout=30)
    assert session.vault._conn is None  # closed once the read let go


def test_destroyed_is_told_apart_from_no_vault(initialised: InitResult, vault_dir: Path) -> None:
    assert not vault_destroyed(vault_dir)
    case_service.create_case(initialised.session, case_service.CaseFields(notes="x"))
    destroy_vault_keys(vault_dir)  # the session is still open: no lock was needed
    assert vault_destroyed(vault_dir)
    assert not vault_exists(vault_dir)
    with pytest.raises(VaultDestroyed):
        case_service.list_cases(initialised.session)
    with pytest.raises(VaultDestroyed):
        open_vault(vault_dir, PASSPHRASE)
    assert not vault_destroyed(vault_dir.parent / "elsewhere")
