"""The plain message and exit code of a full disk (a file-size limit in the child process) and
of a read-only vault folder (a read-only bind mount), from the real `casevault` command; and
nothing is lost once the cause is gone."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.cli.messages import EXIT_STORAGE
from casevault.domain.case import CaseFields
from casevault.services import cases as case_service
from casevault.services.vaults import init_vault
from tests.cli.runner import Cli
from tests.conftest import FLOOR_KDF, PASSPHRASE
from tests.support.storage import bind, unmount


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path, PASSPHRASE)
    with init_vault(runner.vault, PASSPHRASE, "Test", kdf=FLOOR_KDF).session as session:
        for number in range(3):
            case_service.create_case(session, CaseFields(notes=f"case {number}"))
    return runner


def test_read_only_folder_is_named_and_nothing_changes(cli: Cli, tmp_path: Path) -> None:
    before = json.loads(cli("case", "list", "--json").out)
    stick = tmp_path / "read-only-stick"
    bind(cli.vault, stick, read_only=True)
    try:
        run = cli("--vault", str(stick), "case", "list")
    finally:
        unmount(stick)
    assert run.code == EXIT_STORAGE, run.err
    assert "The vault folder is read-only" in run.err
    assert "writable place" in run.err
    assert "unexpected" not in run.err
    assert json.loads(cli("case", "list", "--json").out) == before


def _limit_file_size(limit: int) -> None:
    # What a quota or a nearly full stick does: a write past `limit` bytes fails with EFBIG
    # (SIGXFSZ ignored, so the process is told instead of killed).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_file_size_limit_reads_as_a_full_disk_and_nothing_is_lost(cli: Cli) -> None:
    before = json.loads(cli("case", "list", "--json").out)
    # Room for the small files an unlock rewrites, not for the write-ahead log of a new case.
    limit = 16 * 1024
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "casevault",
            "--vault",
            str(cli.vault),
            "case",
            "add",
            "--notes",
            "x" * 4000,
        ],
        capture_output=True,
        text=True,
        env=cli.env,
        timeout=120,
        check=False,
        preexec_fn=lambda: _limit_file_size(limit),
    )
    assert child.returncode == EXIT_STORAGE, child.stderr
    assert "The disk is full" in child.stderr
    assert "Nothing was saved half-way" in child.stderr
    assert json.loads(cli("case", "list", "--json").out) == before
    assert cli("case", "add", "--notes", "after the limit").code == 0
