"""Keyslots: the right secret opens, wrong ones and tampered files are refused, changes keep the
other slot working, and nothing but the keyslot file changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casevault.services.session import Session
from casevault.services.vaults import (
    InitResult,
    change_passphrase,
    open_vault,
    recover_vault,
)
from casevault.vault.errors import KeyslotFileCorrupt, WrongSecret
from casevault.vault.keyslots import parse_keyslot_file, read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


def test_wrong_passphrase_is_refused(initialised: InitResult, vault_dir: Path) -> None:
    initialised.session.close()
    with pytest.raises(WrongSecret) as info:
        open_vault(vault_dir, "not the passphrase")
    assert info.value.kind == "passphrase"
    open_vault(vault_dir, PASSPHRASE).close()


def test_wrong_recovery_code_is_refused(initialised: InitResult, vault_dir: Path) -> None:
    initialised.session.close()
    wrong = "0000-0000-0000-0000-0000-0000-0000-0000"
    with pytest.raises(WrongSecret):
        recover_vault(vault_dir, wrong, NEW_PASSPHRASE)
    with pytest.raises(WrongSecret):
        recover_vault(vault_dir, "nonsense", NEW_PASSPHRASE)
    open_vault(vault_dir, PASSPHRASE).close()


def test_passphrase_change_keeps_the_recovery_code(
    initialised: InitResult, vault_dir: Path
) -> None:
    db_before = database_path(vault_dir).read_bytes()
    change_passphrase(initialised.session, NEW_PASSPHRASE)
    initialised.session.close()
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, PASSPHRASE)
    open_vault(vault_dir, NEW_PASSPHRASE).close()
    recover_vault(vault_dir, initialised.recovery_code, "third passphrase!").close()
    open_vault(vault_dir, "third passphrase!").close()
    # The data key never changed: the database was not rewritten by the key change itself.
    assert len(database_path(vault_dir).read_bytes()) >= len(db_before) // 2


def test_recovery_sets_a_new_passphrase(initialised: InitResult, vault_dir: Path) -> None:
    initialised.session.close()
    recover_vault(vault_dir, initialised.recovery_code.lower(), NEW_PASSPHRASE).close()
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, PASSPHRASE)
    open_vault(vault_dir, NEW_PASSPHRASE).close()


def _tamper(path: Path, edit: object) -> None:
    document = json.loads(path.read_text())
    edit(document)  # type: ignore[operator]
    path.write_text(json.dumps(document))


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda d: d["slots"][0]["kdf"].update(iterations=1), "checksum"),
        (lambda d: d.update(vault_id="another"), "checksum"),
        (lambda d: d.update(format="something-else"), "wrong-format"),
        (lambda d: d.update(version=99), "unsupported-version"),
    ],
)
def test_tampered_keyslot_file_is_refused_and_restoring_it_works(
    initialised: InitResult, vault_dir: Path, edit: object, reason: str
) -> None:
    initialised.session.close()
    path = keyslots_path(vault_dir)
    original = path.read_bytes()
    _tamper(path, edit)
    with pytest.raises(KeyslotFileCorrupt) as info:
        open_vault(vault_dir, PASSPHRASE)
    assert info.value.reason == reason
    path.write_bytes(original)
    open_vault(vault_dir, PASSPHRASE).close()


def test_lowered_parameters_with_a_fixed_checksum_are_still_refused(
    initialised: InitResult, vault_dir: Path
) -> None:
    """An attacker who recomputes the checksum still cannot weaken a slot: the floor holds, and
    the AEAD binds the parameters."""
    initialised.session.close()
    path = keyslots_path(vault_dir)
    keyslots = read_keyslot_file(path)
    document = json.loads(path.read_text())
    document.pop("checksum")
    document["slots"][0]["kdf"]["iterations"] = 1
    import hashlib

    from casevault.vault.keyslots import _canonical

    document["checksum"] = hashlib.sha256(_canonical(document)).hexdigest()
    with pytest.raises(KeyslotFileCorrupt) as info:
        parse_keyslot_file(json.dumps(document).encode())
    assert info.value.reason == "weak-parameters"
    # Raising the parameters (within bounds) breaks the AEAD binding instead.
    document.pop("checksum")
    document["slots"][0]["kdf"]["iterations"] = keyslots.slots[0].params.iterations + 1
    document["checksum"] = hashlib.sha256(_canonical(document)).hexdigest()
    with pytest.raises(WrongSecret):
        parse_keyslot_file(json.dumps(document).encode()).unwrap("passphrase", PASSPHRASE)


@pytest.mark.parametrize("garbage", [b"", b"\x00\xff" * 10, b"[]", b"{}", b"x" * 100_000])
def test_garbage_keyslot_files_are_refused(garbage: bytes) -> None:
    with pytest.raises(KeyslotFileCorrupt):
        parse_keyslot_file(garbage)


def test_keyslot_file_holds_no_key_material_in_clear(session: Session, vault_dir: Path) -> None:
    text = keyslots_path(vault_dir).read_text()
    assert PASSPHRASE not in text
    key = read_keyslot_file(keyslots_path(vault_dir)).unwrap("passphrase", PASSPHRASE)
    assert key.hex() not in text


def _resealed(path: Path, edit: object) -> bytes:
    """The key file with `edit` applied and its checksum recomputed, as an attacker would."""
    from casevault.crypto.digests import content_digest
    from casevault.vault.keyslots import _canonical

    document = json.loads(path.read_text())
    document.pop("checksum")
    edit(document)  # type: ignore[operator]
    document["checksum"] = content_digest(_canonical(document))
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    "kdf",
    [
        {"iterations": 13, "memory_kib": 256 * 1024},  # work above 256 MiB x 12 passes
        {"memory_kib": 2 * 1024 * 1024},  # 2 GiB: more memory than CaseVault ever asks
        {"iterations": 65},
        {"lanes": 17},
    ],
)
def test_a_cost_above_the_ceiling_is_refused_as_tampering_before_any_derivation(
    initialised: InitResult, vault_dir: Path, kdf: dict[str, int]
) -> None:
    initialised.session.close()
    path = keyslots_path(vault_dir)
    original = path.read_bytes()
    path.write_bytes(_resealed(path, lambda d: d["slots"][0]["kdf"].update(kdf)))
    with pytest.raises(KeyslotFileCorrupt) as info:
        open_vault(vault_dir, PASSPHRASE)
    assert info.value.reason == "excessive-parameters"
    path.write_bytes(original)
    open_vault(vault_dir, PASSPHRASE).close()


def test_calibration_stays_under_the_ceiling() -> None:
    from casevault.crypto.kdf import CEILING_WORK, calibrate

    params = calibrate(target_seconds=60.0)  # asks for far more than the ceiling allows
    assert params.memory_kib * params.iterations <= CEILING_WORK
    assert not params.above_ceiling()
