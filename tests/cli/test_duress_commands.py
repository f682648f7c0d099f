"""`casevault duress set|off` through the real command, and the duress unlock from the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

DURESS = "purple elephants march slowly"


def _vault_with_a_case(tmp_path: Path) -> tuple[Cli, str]:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "Test Organisation", "--kdf-floor").code == 0
    added = cli("case", "add", "--latin-surname", "Realcaseson", "--country", "KZ")
    assert added.code == 0, added.err
    return cli, added.out.strip()


def test_duress_set_asks_twice_and_its_unlock_opens_the_decoy(tmp_path: Path) -> None:
    cli, case_id = _vault_with_a_case(tmp_path)
    mismatch = cli("duress", "set", stdin=f"{DURESS}\nsomething else entirely\n")
    assert mismatch.code != 0
    same = cli("duress", "set", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert same.code != 0
    assert "different from the vault's passphrase" in same.err
    done = cli("duress", "set", stdin=f"{DURESS}\n{DURESS}\n")
    assert done.code == 0, done.err
    assert "Duress passphrase set" in done.out
    names_before = sorted(os.listdir(cli.vault))
    key_size = (cli.vault / "keyslots.json").stat().st_size
    decoy = cli("case", "list", "--json", env={"CASEVAULT_PASSPHRASE": DURESS})
    assert decoy.code == 0, decoy.err
    listed = json.loads(decoy.out)
    assert listed
    assert all(row["id"] != case_id for row in listed)
    assert "Realcaseson" not in decoy.out
    assert cli("case", "show", case_id).code != 0  # the real passphrase opens nothing now
    assert sorted(os.listdir(cli.vault)) == names_before
    assert (cli.vault / "keyslots.json").stat().st_size == key_size
