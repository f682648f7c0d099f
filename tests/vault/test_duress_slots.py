"""The key file's shape hides the duress passphrase: every key file has a duress-or-filler slot
of the same sizes, one Argon2id run tests both, and every change of secret keeps it working."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casevault.services.duress import clear_duress_passphrase, set_duress_passphrase
from casevault.services.session import Session
from casevault.services.vault_keys import rekey_vault, replace_recovery_code
from casevault.services.vaults import InitResult, change_passphrase, open_vault
from casevault.vault import keyslots as keyslots_module
from casevault.vault.duress_slots import second_slot
from casevault.vault.errors import WrongSecret
from casevault.vault.keyslots import (
    DuressSlotOpened,
    KeyslotFile,
    read_keyslot_file,
    write_keyslot_file,
)
from casevault.vault.layout import keyslots_path
from tests.conftest import PASSPHRASE

DURESS = "purple elephants march slowly"


def _shape(document: dict[str, object]) -> object:
    """Everything about a key file except the values that are random anyway."""
    slots = document["slots"]
    assert isinstance(slots, list)
    return [
        {
            "kind": slot["kind"],
            "kdf": {k: v for k, v in slot["kdf"].items() if k != "salt"},
            "sizes": [len(slot["kdf"]["salt"]), len(slot["nonce"]), len(slot["wrapped_key"])],
            "keys": sorted(slot),
        }
        for slot in slots
    ]


def _file(vault_dir: Path) -> KeyslotFile:
    return read_keyslot_file(keyslots_path(vault_dir))


def test_a_new_vault_has_the_filler_slot(initialised: InitResult) -> None:
    keyslots = _file(initialised.session.vault.path)
    assert [slot.kind for slot in keyslots.slots] == ["passphrase", "passphrase", "recovery"]
    real, filler = keyslots.slots[0], keyslots.slots[1]
    assert (filler.salt, filler.params) == (real.salt, real.params)
    with pytest.raises(WrongSecret):
        keyslots.unwrap("passphrase", DURESS, allow_duress=True)


def test_setting_duress_changes_no_size_and_no_label(session: Session) -> None:
    path = keyslots_path(session.vault.path)
    before = path.read_bytes()
    set_duress_passphrase(session, DURESS)
    after = path.read_bytes()
    assert len(after) == len(before)
    assert _shape(json.loads(after)) == _shape(json.loads(before))
    assert b"duress" not in after.lower()
    clear_duress_passphrase(session)
    assert len(path.read_bytes()) == len(before)


def test_one_derivation_tests_both_slots(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    set_duress_passphrase(session, DURESS)
    keyslots = _file(session.vault.path)
    real_derive = keyslots_module.derive_key
    runs: list[int] = []

    def counting(secret: bytes, salt: bytes, params: object) -> bytes:
        runs.append(1)
        return real_derive(secret, salt, params)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots_module, "derive_key", counting)
    assert len(keyslots.unwrap("passphrase", PASSPHRASE, allow_duress=True)) == 32
    assert len(runs) == 1
    for secret, raised in (
        (DURESS, DuressSlotOpened),
        ("a wrong passphrase entirely", WrongSecret),
    ):
        runs.clear()
        with pytest.raises(raised):
            keyslots.unwrap("passphrase", secret, allow_duress=True)
        assert len(runs) == 1, secret


def test_duress_is_a_wrong_secret_where_it_must_not_act(session: Session) -> None:
    set_duress_passphrase(session, DURESS)
    with pytest.raises(WrongSecret):
        session.vault.check_secret("passphrase", DURESS)  # e.g. the re-key confirmation
    with pytest.raises(DuressSlotOpened):
        _file(session.vault.path).unwrap("passphrase", DURESS, allow_duress=True)


def test_changes_of_secret_keep_the_duress_slot(session: Session) -> None:
    set_duress_passphrase(session, DURESS)
    duress_slot = second_slot(_file(session.vault.path))
    new_passphrase = "another long passphrase here"
    change_passphrase(session, new_passphrase)
    replace_recovery_code(session, new_passphrase)
    rekey_vault(session, new_passphrase)
    keyslots = _file(session.vault.path)
    assert second_slot(keyslots) == duress_slot
    assert [slot.kind for slot in keyslots.slots] == ["passphrase", "passphrase", "recovery"]
    with pytest.raises(DuressSlotOpened):
        keyslots.unwrap("passphrase", DURESS, allow_duress=True)
    assert len(keyslots.unwrap("passphrase", new_passphrase)) == 32


def test_an_old_two_slot_key_file_gets_the_filler_at_its_next_change(
    initialised: InitResult,
) -> None:
    vault_dir = initialised.session.vault.path
    initialised.session.close()
    current = _file(vault_dir)
    old_style = KeyslotFile(
        current.vault_id, (current.slots[0], current.slots[2]), current.generation
    )
    write_keyslot_file(keyslots_path(vault_dir), old_style)  # as written before this existed
    with open_vault(vault_dir, PASSPHRASE) as session:
        change_passphrase(session, "another long passphrase here")
    kinds = [slot.kind for slot in _file(vault_dir).slots]
    assert kinds == ["passphrase", "passphrase", "recovery"]
