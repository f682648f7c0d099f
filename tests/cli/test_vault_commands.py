"""The vault's secrets through the real CLI: weak passphrases refused with the reason, re-key and
a new recovery code make the old ones stop working, a planted key file is explained."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casevault.crypto.digests import content_digest
from casevault.services.unlock_guard import set_destroy_after
from casevault.services.vaults import open_vault
from casevault.vault.keyslots import _canonical
from casevault.vault.layout import keyslots_path
from tests.cli.runner import Cli, CliRun
from tests.conftest import PASSPHRASE

GOOD = "violet tractor lantern seventeen"
RECOVERY_LINE = "    "


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path, PASSPHRASE)
    assert runner("init", "--org-name", "Test", "--kdf-floor").code == 0
    return runner


def _recovery_code(run: CliRun) -> str:
    codes = [line.strip() for line in run.out.splitlines() if line.startswith(RECOVERY_LINE)]
    assert len(codes) == 1, run.out
    return codes[0]


def _refused(run: CliRun, reason_words: str) -> None:
    assert run.code == 7, (run.code, run.err)
    assert reason_words in run.err
    assert "four or more random words" in run.err
    assert "Traceback" not in run.err + run.out


@pytest.mark.parametrize(
    ("weak", "reason_words"),
    [
        ("password", "well-known password"),
        ("12345678", "well-known password"),
        ("qwertyuiop", "well-known password"),
        ("elephant", "single word"),
        ("пароль12345", "well-known password"),
    ],
)
def test_init_refuses_weak_passphrases(tmp_path: Path, weak: str, reason_words: str) -> None:
    cli = Cli(tmp_path, weak)
    _refused(cli("init", "--org-name", "X", "--kdf-floor"), reason_words)
    assert not cli.vault.exists()


def test_passphrase_change_and_recover_refuse_weak_passphrases(cli: Cli) -> None:
    weak = {"CASEVAULT_NEW_PASSPHRASE": "password1"}
    _refused(cli("passphrase", "change", env=weak), "well-known password")
    _refused(
        cli("recover", env={**weak, "CASEVAULT_RECOVERY_CODE": "0" * 32}), "well-known password"
    )
    assert cli("passphrase", "change", env={"CASEVAULT_NEW_PASSPHRASE": GOOD}).code == 0
    assert cli("case", "list", env={"CASEVAULT_PASSPHRASE": GOOD}).code == 0


def test_rekey_gives_a_new_recovery_code_and_old_key_file_copies_stop_working(
    cli: Cli, tmp_path: Path
) -> None:
    old_copy = tmp_path / "seized-keyslots.json"
    shutil.copy(keyslots_path(cli.vault), old_copy)
    run = cli("rekey")
    assert run.code == 0, run.err
    new_code = _recovery_code(run)
    assert cli("audit", "verify").code == 0
    current = keyslots_path(cli.vault).read_bytes()
    shutil.copy(old_copy, keyslots_path(cli.vault))
    assert cli("case", "list").code != 0  # the old key file with the old passphrase: refused
    keyslots_path(cli.vault).write_bytes(current)
    run = cli(
        "recover", env={"CASEVAULT_RECOVERY_CODE": new_code, "CASEVAULT_NEW_PASSPHRASE": GOOD}
    )
    assert run.code == 0, run.err


def test_recovery_code_new_replaces_the_old_code(cli: Cli) -> None:
    first = _recovery_code(cli("recovery-code", "new"))
    second = _recovery_code(cli("recovery-code", "new"))
    assert first != second
    env = {"CASEVAULT_RECOVERY_CODE": first, "CASEVAULT_NEW_PASSPHRASE": GOOD}
    assert cli("recover", env=env).code == 3
    run = cli("recover", "--rekey", env={**env, "CASEVAULT_RECOVERY_CODE": second})
    assert run.code == 0, run.err
    third = _recovery_code(run)
    env = {"CASEVAULT_RECOVERY_CODE": second, "CASEVAULT_NEW_PASSPHRASE": GOOD}
    assert cli("recover", env=env).code == 3
    assert cli("case", "list", env={"CASEVAULT_PASSPHRASE": GOOD}).code == 0
    assert third not in (first, second)


def test_a_planted_key_file_is_explained_and_not_counted(cli: Cli) -> None:
    with open_vault(cli.vault, PASSPHRASE) as session:  # the option is set in the app
        set_destroy_after(session, 3)
    path = keyslots_path(cli.vault)
    original = path.read_bytes()
    document = json.loads(original)
    document.pop("checksum")
    for slot in document["slots"]:
        slot["kdf"]["iterations"] += 1  # within the ceiling: the right passphrase now fails
    document["checksum"] = content_digest(_canonical(document))
    path.write_text(json.dumps(document))
    for _ in range(4):
        run = cli("case", "list")
        assert run.code == 3, run.err
        assert "changed since the last successful unlock" in run.err
        assert "nothing was destroyed" in run.err
    path.write_bytes(original)
    assert cli("case", "list").code == 0
