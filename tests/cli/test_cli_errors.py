"""Bad input gets a plain-language message and a non-zero exit code, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casevault import __version__
from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    runner = Cli(tmp_path_factory.mktemp("cli"), PASSPHRASE)
    assert runner("init", "--org-name", "Test", "--kdf-floor").code == 0
    return runner


def _assert_clean_failure(run: object, code: int, words: str) -> None:
    assert run.code == code, (run.code, run.err)  # type: ignore[attr-defined]
    assert words in run.err  # type: ignore[attr-defined]
    assert "Traceback" not in run.err + run.out  # type: ignore[attr-defined]


def test_version(cli: Cli) -> None:
    assert __version__ in cli("--version").out


def test_wrong_passphrase(cli: Cli) -> None:
    run = cli("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong wrong"})
    _assert_clean_failure(run, 3, "Wrong passphrase")


def test_passphrase_file(cli: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    run = cli("--passphrase-file", str(secret), "case", "list", env={"CASEVAULT_PASSPHRASE": "x"})
    assert run.code == 0, run.err


def test_no_vault(tmp_path: Path) -> None:
    run = Cli(tmp_path, PASSPHRASE)("case", "list")
    _assert_clean_failure(run, 5, "No vault found")


def test_init_twice_is_refused(cli: Cli) -> None:
    _assert_clean_failure(cli("init", "--org-name", "X", "--kdf-floor"), 7, "not empty")


def test_weak_passphrase_at_init(tmp_path: Path) -> None:
    run = Cli(tmp_path, "short")("init", "--org-name", "X", "--kdf-floor")
    _assert_clean_failure(run, 7, "at least 8 characters")


def test_invalid_field_values(cli: Cli) -> None:
    _assert_clean_failure(cli("case", "add", "--dob", "1850-01-01"), 7, "date of birth")
    _assert_clean_failure(cli("case", "add", "--country", "Kazakhstan"), 7, "country")
    _assert_clean_failure(cli("case", "add", "--notes", "x" * 30_000), 7, "notes")


def test_bad_json_input(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    _assert_clean_failure(cli("case", "add", "--json", str(bad)), 7, "not valid JSON")
    bad.write_text(json.dumps({"cleared": True}))
    _assert_clean_failure(cli("case", "add", "--json", str(bad)), 7, "cleared")


def test_unknown_case_id(cli: Cli) -> None:
    _assert_clean_failure(cli("case", "show", "0123abcd"), 8, "No case")
    _assert_clean_failure(cli("case", "edit", "nonsense!", "--notes", "x"), 8, "No case")


def test_transition_not_allowed(cli: Cli) -> None:
    case_id = cli("case", "add", "--surname", "Петров").out.strip()
    _assert_clean_failure(cli("case", "edit", case_id, "--status", "asylum"), 7, "cannot go")


def test_corrupted_keyslot_file(cli: Cli) -> None:
    path = cli.vault / "keyslots.json"
    original = path.read_bytes()
    try:
        path.write_bytes(original.replace(b'"iterations": ', b'"iterations": 1'))
        _assert_clean_failure(cli("case", "list"), 6, "key file")
        path.write_bytes(b"\x00garbage")
        _assert_clean_failure(cli("case", "list"), 6, "key file")
    finally:
        path.write_bytes(original)
    assert cli("case", "list").code == 0


def test_foreign_keyslot_file(cli: Cli, tmp_path: Path) -> None:
    other = Cli(tmp_path, PASSPHRASE)
    assert other("init", "--org-name", "Other", "--kdf-floor").code == 0
    path = cli.vault / "keyslots.json"
    original = path.read_bytes()
    try:
        path.write_bytes((other.vault / "keyslots.json").read_bytes())
        _assert_clean_failure(cli("case", "list"), 6, "another vault")
    finally:
        path.write_bytes(original)
    assert cli("case", "list").code == 0


def test_json_reads(cli: Cli) -> None:
    case_id = cli("case", "add", "--surname", "Сидоров", "--country", "am").out.strip()
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    assert shown["case"]["fields"]["country"] == "AM"
    listed = json.loads(cli("case", "list", "--json", "--country", "AM").out)
    assert case_id in [row["id"] for row in listed]
    org = json.loads(cli("org", "show", "--json").out)
    assert len(org["fingerprint"].replace(" ", "")) == 64
    verified = json.loads(cli("audit", "verify", "--json").out)
    assert verified["intact"] is True


def test_wrong_passphrases_count_from_the_cli_too(tmp_path: Path) -> None:
    """The destroy-after option (off by default) cannot be bypassed through the CLI."""
    from casevault.services.unlock_guard import set_destroy_after
    from casevault.services.vaults import open_vault

    runner = Cli(tmp_path, PASSPHRASE)
    assert runner("init", "--org-name", "X", "--kdf-floor").code == 0
    with open_vault(runner.vault, PASSPHRASE) as session:
        set_destroy_after(session, 3)
    for _ in range(2):
        assert runner("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong!"}).code == 3
    final = runner("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong!"})
    assert final.code == 6
    assert "destroyed" in final.err
    assert runner("case", "list").code == 5  # not even the right passphrase opens it now
