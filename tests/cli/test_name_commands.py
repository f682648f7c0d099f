"""`case add` duplicate warning, `case duplicates`, `case link`/`unlink` through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from casevault.cli.main import cli
from casevault.services.vaults import KdfChoice, init_vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def runner(tmp_path: Path) -> tuple[CliRunner, list[str]]:
    path = tmp_path / "vault"
    init_vault(path, PASSPHRASE, "Test Organisation", kdf=KdfChoice(floor=True)).session.close()
    return CliRunner(env={"CASEVAULT_PASSPHRASE": PASSPHRASE}), ["--vault", str(path)]


def test_add_warns_link_and_list(runner: tuple[CliRunner, list[str]]) -> None:
    run, base = runner
    first = run.invoke(
        cli,
        [*base, "case", "add", "--surname", "Чувиляев", "--given", "Иван", "--dob", "1990-05-17"],
    )
    assert first.exit_code == 0, first.output
    assert "possible duplicate" not in first.stderr
    second = run.invoke(
        cli,
        [
            *base,
            "case",
            "add",
            "--latin-surname",
            "Tchouviliaev",
            "--latin-given",
            "Ivan",
            "--dob",
            "1990-05-17",
        ],
    )
    assert second.exit_code == 0, second.output
    assert "same name in another spelling, same date of birth" in second.stderr
    listed = run.invoke(cli, [*base, "case", "duplicates"])
    assert "Tchouviliaev" in listed.stdout
    a, b = first.stdout.strip(), second.stdout.strip()
    linked = run.invoke(cli, [*base, "case", "link", "--distinct", a, b])
    assert linked.exit_code == 0, linked.output
    assert "No probable duplicates." in run.invoke(cli, [*base, "case", "duplicates"]).stdout
    assert "Link removed." in run.invoke(cli, [*base, "case", "unlink", a, b]).stdout
    found = run.invoke(cli, [*base, "case", "search", "Чувиляев"])
    assert "Tchouviliaev" in found.stdout
