"""Golden broken key files (tests/data/keyslots/, written by make_broken.py) get the refusal
recorded for them in expected.json, both from the parser and when a real vault is unlocked with
them; every refusal reason the parser can give has a golden file."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from casevault.vault import keyslots
from casevault.vault.errors import KeyslotFileCorrupt, WrongSecret
from casevault.vault.keyslots import parse_keyslot_file
from casevault.vault.layout import keyslots_path
from casevault.vault.store import unlock_vault

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = DATA / "keyslots"
EXPECTED: dict[str, dict[str, str]] = json.loads(
    (GOLDEN / "expected.json").read_text(encoding="utf-8")
)
SAVED = DATA / "vaults" / "schema-15"
PASSPHRASE = json.loads((SAVED / "meta.json").read_text(encoding="utf-8"))["passphrase"]


def test_every_refusal_reason_has_a_golden_file() -> None:
    source = Path(keyslots.__file__).read_text(encoding="utf-8")
    reasons = set(re.findall(r'KeyslotFileCorrupt\("([a-z-]+)"\)', source))
    assert reasons  # the pattern still finds them
    covered = {refusal.get("reason") for refusal in EXPECTED.values()}
    assert reasons <= covered
    assert sorted(p.name for p in GOLDEN.glob("*.json") if p.name != "expected.json") == sorted(
        EXPECTED
    )


def test_the_sound_file_they_were_made_from_parses() -> None:
    parsed = parse_keyslot_file((SAVED / "vault" / "keyslots.json").read_bytes())
    assert {slot.kind for slot in parsed.slots} == {"passphrase", "recovery"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_key_file_is_refused_by_the_parser(name: str) -> None:
    expected = EXPECTED[name]
    data = (GOLDEN / name).read_bytes()
    if expected["error"] == "KeyslotFileCorrupt":
        with pytest.raises(KeyslotFileCorrupt) as refused:
            parse_keyslot_file(data)
        assert refused.value.reason == expected["reason"]
    else:
        parse_keyslot_file(data)  # well formed: the refusal comes when a slot is opened


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_key_file_is_refused_when_unlocking(name: str, tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    shutil.copytree(SAVED / "vault", vault_dir)
    shutil.copy(GOLDEN / name, keyslots_path(vault_dir))
    expected = EXPECTED[name]
    error: type[Exception] = (
        KeyslotFileCorrupt if expected["error"] == "KeyslotFileCorrupt" else WrongSecret
    )
    with pytest.raises(error) as refused:
        unlock_vault(vault_dir, "passphrase", PASSPHRASE)
    if isinstance(refused.value, KeyslotFileCorrupt):
        assert refused.value.reason == expected["reason"]
    # Refused before anything was written: the sound file opens the vault again afterwards.
    shutil.copy(SAVED / "vault" / "keyslots.json", keyslots_path(vault_dir))
    unlock_vault(vault_dir, "passphrase", PASSPHRASE).close()
