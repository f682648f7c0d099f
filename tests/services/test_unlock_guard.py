"""services/unlock_guard.py on a real vault: counting, reset, and destroy after N failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.services.audit_log import list_audit_entries
from casevault.services.errors import UnlockLimitOutOfRange, VaultDestroyedAfterFailures
from casevault.services.unlock_guard import (
    get_unlock_guard,
    open_vault_counting,
    set_destroy_after,
)
from casevault.services.vaults import InitResult, open_vault, recover_vault, vault_exists
from casevault.vault.errors import VaultNotFound, WrongSecret

PASSPHRASE = "correct horse battery staple"


def test_option_is_off_by_default_and_failures_only_count(
    initialised: InitResult, vault_dir: Path
) -> None:
    assert get_unlock_guard(initialised.session).destroy_after is None
    initialised.session.close()
    for _ in range(6):
        with pytest.raises(WrongSecret):
            open_vault_counting(vault_dir, "wrong passphrase")
    with open_vault_counting(vault_dir, PASSPHRASE) as session:
        assert get_unlock_guard(session).failed == 0


def test_success_resets_the_count(initialised: InitResult, vault_dir: Path) -> None:
    set_destroy_after(initialised.session, 3)
    initialised.session.close()
    for _ in range(2):
        with pytest.raises(WrongSecret):
            open_vault_counting(vault_dir, "wrong passphrase")
    with open_vault_counting(vault_dir, PASSPHRASE) as session:
        assert get_unlock_guard(session).failed == 0
    with pytest.raises(WrongSecret):
        open_vault_counting(vault_dir, "wrong passphrase")
    assert vault_exists(vault_dir)


def test_the_nth_failure_destroys_the_vault_for_good(
    initialised: InitResult, vault_dir: Path
) -> None:
    guard = set_destroy_after(initialised.session, 3)
    assert guard.destroy_after == 3
    entries = list_audit_entries(initialised.session, limit=1)
    assert entries[0].action == "settings.unlock_guard"
    recovery_code = initialised.recovery_code
    initialised.session.close()
    for _ in range(2):
        with pytest.raises(WrongSecret):
            open_vault_counting(vault_dir, "wrong passphrase")
    with pytest.raises(VaultDestroyedAfterFailures) as raised:
        open_vault_counting(vault_dir, "wrong passphrase")
    assert raised.value.failed == 3
    assert not vault_exists(vault_dir)
    with pytest.raises(VaultNotFound):
        open_vault(vault_dir, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        recover_vault(vault_dir, recovery_code, "a brand new passphrase")


def test_limit_is_bounded_and_can_be_turned_off(initialised: InitResult) -> None:
    with pytest.raises(UnlockLimitOutOfRange):
        set_destroy_after(initialised.session, 1)
    with pytest.raises(UnlockLimitOutOfRange):
        set_destroy_after(initialised.session, 51)
    set_destroy_after(initialised.session, 10)
    assert set_destroy_after(initialised.session, None).destroy_after is None
    assert get_unlock_guard(initialised.session).destroy_after is None
