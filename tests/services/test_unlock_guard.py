"""services/unlock_guard.py on a real vault: counting, reset, and destroy after N failures."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casevault.crypto.digests import content_digest
from casevault.domain.case import CaseFields
from casevault.services import cases as svc
from casevault.services.audit_log import list_audit_entries
from casevault.services.errors import (
    KeyFileChangedSinceUnlock,
    UnlockLimitOutOfRange,
    VaultDestroyedAfterFailures,
)
from casevault.services.unlock_guard import (
    get_unlock_guard,
    open_vault_counting,
    set_destroy_after,
)
from casevault.services.vaults import (
    InitResult,
    change_passphrase,
    init_vault,
    open_vault,
    recover_vault,
    vault_exists,
)
from casevault.vault.errors import KeyslotFileCorrupt, VaultNotFound, WrongSecret
from casevault.vault.keyslots import _canonical
from casevault.vault.layout import keyslots_path
from casevault.vault.unlock_attempts import read_unlock_attempts
from tests.conftest import FLOOR_KDF

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


def _resealed(path: Path, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """The key file edited and its checksum recomputed, as someone planting it would."""
    document = json.loads(path.read_text())
    document.pop("checksum")
    edit(document)
    document["checksum"] = content_digest(_canonical(document))
    return json.dumps(document).encode()


def _raise_cost(iterations: int, memory_kib: int) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        for slot in document["slots"]:
            slot["kdf"].update(iterations=iterations, memory_kib=memory_kib)

    return edit


def _planted_key_file(kind: str, vault_dir: Path, tmp_path: Path) -> bytes:
    path = keyslots_path(vault_dir)
    if kind == "raised-cost":  # within the ceiling: the right passphrase now fails the AEAD
        return _resealed(path, _raise_cost(3, 64 * 1024))
    if kind == "above-ceiling":
        return _resealed(path, _raise_cost(13, 256 * 1024))
    other = init_vault(
        tmp_path / "other", "violet tractor lantern seventeen", "Other", kdf=FLOOR_KDF
    )
    other.session.close()
    return keyslots_path(tmp_path / "other").read_bytes()


@pytest.mark.parametrize("planting", ["raised-cost", "above-ceiling", "swapped"])
def test_a_planted_key_file_cannot_make_the_owners_passphrase_destroy_the_vault(
    initialised: InitResult, vault_dir: Path, tmp_path: Path, planting: str
) -> None:
    set_destroy_after(initialised.session, 3)
    svc.create_case(initialised.session, CaseFields(notes="still here"))
    initialised.session.close()
    original = keyslots_path(vault_dir).read_bytes()
    keyslots_path(vault_dir).write_bytes(_planted_key_file(planting, vault_dir, tmp_path))
    for _ in range(4):  # more correct attempts than the limit
        with pytest.raises((KeyFileChangedSinceUnlock, KeyslotFileCorrupt)) as raised:
            open_vault_counting(vault_dir, PASSPHRASE)
        if planting == "above-ceiling":
            assert isinstance(raised.value, KeyslotFileCorrupt)
            assert raised.value.reason == "excessive-parameters"
    # Not counted, nothing destroyed: the vault is intact once its own key file is back.
    assert vault_exists(vault_dir)
    assert read_unlock_attempts(vault_dir).failed == 0
    keyslots_path(vault_dir).write_bytes(original)
    with open_vault_counting(vault_dir, PASSPHRASE) as session:
        assert svc.count_cases(session) == 1
        assert get_unlock_guard(session).destroy_after == 3


def test_wrong_passphrases_still_count_after_a_passphrase_change(
    initialised: InitResult, vault_dir: Path
) -> None:
    """The remembered key file follows our own changes, so the limit keeps working."""
    set_destroy_after(initialised.session, 3)
    change_passphrase(initialised.session, "violet tractor lantern seventeen")
    initialised.session.close()
    for _ in range(2):
        with pytest.raises(WrongSecret):
            open_vault_counting(vault_dir, PASSPHRASE)
    with pytest.raises(VaultDestroyedAfterFailures):
        open_vault_counting(vault_dir, PASSPHRASE)
    assert not vault_exists(vault_dir)
