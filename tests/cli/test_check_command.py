"""`casevault check` in words and JSON, with a non-zero exit code when anything is wrong, and
the plain message every command gives for a damaged page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casevault.cli.messages import EXIT_DAMAGED
from casevault.domain.case import CaseFields
from casevault.services import cases as case_service
from casevault.services.vaults import init_vault
from tests.cli.runner import Cli
from tests.conftest import FLOOR_KDF, PASSPHRASE
from tests.support.storage import damage_page, root_page


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path, PASSPHRASE)
    # Made in-process (the same services the command uses) to keep the test fast.
    with init_vault(runner.vault, PASSPHRASE, "Test", kdf=FLOOR_KDF).session as session:
        for number in range(20):
            case_service.create_case(session, CaseFields(notes=f"case {number} " + "n" * 500))
    return runner


def test_check_of_a_sound_vault(cli: Cli) -> None:
    run = cli("check")
    assert run.code == 0, run.err
    assert "The vault is sound" in run.out
    report = json.loads(cli("check", "--json").out)
    assert report["sound"] is True
    assert report["findings"] == []


def test_damaged_page_is_named_by_every_command_and_by_check(cli: Cli) -> None:
    damage_page(cli.vault, root_page(cli.vault, PASSPHRASE, "cases"))
    listing = cli("case", "list")
    assert listing.code == EXIT_DAMAGED
    assert "A part of the vault's database is damaged" in listing.err
    assert "casevault check" in listing.err
    assert "unexpected" not in listing.err
    assert "ERROR CORE" not in listing.err  # no SQLCipher log lines, only our sentence
    check = cli("check")
    assert check.code == EXIT_DAMAGED
    assert "damaged pages of the database file" in check.out
    assert "Restore a backup copy" in check.out
    assert "partners" in check.out
    report = json.loads(cli("check", "--json").out)
    assert report["sound"] is False
    assert report["advice"] == ["restore_copy", "reimport"]
