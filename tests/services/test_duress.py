"""The duress passphrase at unlock: the real keys are destroyed as panic does, and a decoy vault
of invented cases opens in their place, with the usual files of the usual sizes."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest

from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.case_list import count_cases
from casevault.services.duress import (
    clear_duress_passphrase,
    decoy_case_count,
    set_duress_passphrase,
)
from casevault.services.errors import DuressSameAsPassphrase, WeakPassphrase
from casevault.services.node_keys import ensure_node_identity
from casevault.services.session import Session
from casevault.services.unlock_guard import open_vault_counting
from casevault.services.vaults import InitResult, recover_vault
from casevault.synthetic.decoy import add_decoy_cases
from casevault.vault.duress import database_size
from casevault.vault.errors import WrongSecret
from casevault.vault.layout import keyslots_path
from tests.conftest import PASSPHRASE

DURESS = "purple elephants march slowly"
REAL_CASES = 60


def _listing(vault_dir: Path) -> dict[str, int]:
    return {name: os.stat(vault_dir / name).st_mode & 0o777 for name in os.listdir(vault_dir)}


@pytest.fixture
def real_vault(initialised: InitResult) -> tuple[Path, str]:
    """A closed vault with REAL_CASES invented cases and a duress passphrase set."""
    with initialised.session as session:
        add_decoy_cases(session, REAL_CASES, random.Random(3))
        set_duress_passphrase(session, DURESS)
    return initialised.session.vault.path, initialised.recovery_code


def test_duress_destroys_the_real_vault_and_opens_a_plausible_decoy(
    real_vault: tuple[Path, str],
) -> None:
    vault_dir, recovery_code = real_vault
    real_key_file = keyslots_path(vault_dir).read_bytes()
    real_size = database_size(vault_dir)
    real_files = _listing(vault_dir)
    with open_vault_counting(vault_dir, DURESS) as decoy:
        cases = count_cases(decoy)
        assert abs(cases - REAL_CASES) <= REAL_CASES // 4
        assert verify_audit_chain(decoy)[1] is None
        entries = list_audit_entries(decoy, limit=100_000)
        assert entries[-1].action == "vault.create"
        # Laptop keys made with the vault, as in a real one: asking for them writes nothing new.
        assert ensure_node_identity(decoy).certified
        assert len(list_audit_entries(decoy, limit=100_000)) == len(entries)
        span = entries[0].at - entries[-1].at
        assert span > dt.timedelta(days=300)  # made over months, not in one second
    # The real data is out of reach: neither the passphrase nor the recovery code opens it.
    with pytest.raises(WrongSecret):
        open_vault_counting(vault_dir, PASSPHRASE)
    with pytest.raises(WrongSecret):
        recover_vault(vault_dir, recovery_code, "yet another long passphrase")
    # At rest the decoy looks like the vault it replaced.
    assert _listing(vault_dir) == real_files
    assert len(keyslots_path(vault_dir).read_bytes()) == len(real_key_file)
    assert keyslots_path(vault_dir).read_bytes() != real_key_file
    assert 0.75 * real_size <= database_size(vault_dir) <= 1.25 * real_size
    # The duress passphrase is now simply the decoy's passphrase: it opens it again.
    with open_vault_counting(vault_dir, DURESS) as again:
        assert count_cases(again) == cases


def test_duress_passphrase_must_differ_and_be_strong(session: Session) -> None:
    with pytest.raises(DuressSameAsPassphrase):
        set_duress_passphrase(session, PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        set_duress_passphrase(session, "short")


def test_turned_off_it_is_just_a_wrong_passphrase(initialised: InitResult) -> None:
    with initialised.session as session:
        set_duress_passphrase(session, DURESS)
        clear_duress_passphrase(session)
        actions = [entry.action for entry in list_audit_entries(session)]
    assert actions[:2] == ["settings.duress", "settings.duress"]
    vault_dir = initialised.session.vault.path
    with pytest.raises(WrongSecret):
        open_vault_counting(vault_dir, DURESS)
    with open_vault_counting(vault_dir, PASSPHRASE) as session:
        assert count_cases(session) == 0


def test_the_decoy_size_follows_the_real_database() -> None:
    assert decoy_case_count(0) == 3
    assert decoy_case_count(10**12) == 400
    assert decoy_case_count(2_000_000) > decoy_case_count(1_000_000)
