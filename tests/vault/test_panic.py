"""Panic: after the keys are destroyed, neither the passphrase nor the recovery code opens it."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.services import cases as case_service
from casevault.services.vaults import InitResult, open_vault, panic_destroy, recover_vault
from casevault.vault.errors import VaultNotFound
from casevault.vault.layout import database_path, keyslots_path
from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE


def test_panic_makes_the_vault_unreadable(initialised: InitResult, vault_dir: Path) -> None:
    case_service.create_case(initialised.session, case_service.CaseFields(notes="x"))
    panic_destroy(initialised.session)
    assert not keyslots_path(vault_dir).exists()
    assert database_path(vault_dir).exists()  # still there, but only ciphertext without a key
    with pytest.raises(VaultNotFound):
        open_vault(vault_dir, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        recover_vault(vault_dir, initialised.recovery_code, "new passphrase!")


def test_panic_command_needs_the_word(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    refused = cli("panic", "--confirm", "destroy please")
    assert refused.code != 0
    assert cli("case", "list").code == 0
    assert cli("panic", "--confirm", "DESTROY").code == 0
    gone = cli("case", "list")
    assert gone.code == 5
