"""Core dumps are off in every CaseVault process: proved on real child processes.

The child runs the real CLI entry point (`casevault --version`, which starts like every
command) and then reports its own state, or unlocks a real vault and crashes (SIGABRT). The
machine-wide core_pattern is never changed: where it names a plain file (as on this kind of
container) a control child that skipped the CLI start-up shows that a dump WOULD be written,
with the passphrase in it; where a pipe handler takes dumps, the control is skipped and the
rlimit/dumpable state that stops the dump is what is asserted.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import casevault
from casevault.services.vaults import KdfChoice, init_vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process limits")

CANARY_PASSPHRASE = "canary-passphrase-7f3a9c one two three"

_STARTUP = """
import sys
from casevault.cli.main import main
try:
    main(["--version"])
except SystemExit:
    pass
"""

_REPORT = """
import resource
from casevault.process_hygiene import is_dumpable
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
"""

_UNLOCK_AND_CRASH = """
import os, sys
from pathlib import Path
from casevault.services.vaults import open_vault
session = open_vault(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
os.abort()
"""


def _allow_core_files() -> None:
    """Runs in the child before exec: core files as permissive as this machine allows."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _run(code: str, *args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # The child imports the same casevault as this test, whatever its working folder.
    source = str(Path(casevault.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": source}
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        preexec_fn=_allow_core_files,
        timeout=120,
        check=False,
    )


def test_cli_start_up_turns_core_dumps_off(tmp_path: Path) -> None:
    control = _run(_REPORT, cwd=tmp_path)
    assert control.returncode == 0, control.stderr
    assert not control.stdout.startswith("(0, 0)")  # the child starts with core files allowed
    started = _run(_STARTUP + _REPORT, cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    limits, dumpable = started.stdout.split("\n")[-2].rsplit(" ", 1)
    assert limits == "(0, 0)"
    if sys.platform.startswith("linux"):
        assert dumpable == "False"


def _core_files(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.startswith("core")]


def _plain_core_pattern() -> bool:
    try:
        pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return False
    return not pattern.startswith("|") and "/" not in pattern


def test_a_crash_after_unlock_leaves_no_core_file(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    init_vault(vault, CANARY_PASSPHRASE, "Hygiene Org", kdf=KdfChoice(floor=True)).session.close()
    crashed = tmp_path / "hardened"
    crashed.mkdir()
    result = _run(
        _STARTUP + _UNLOCK_AND_CRASH, str(vault), cwd=crashed, stdin=CANARY_PASSPHRASE + "\n"
    )
    assert result.returncode == -signal.SIGABRT, result.stderr
    assert _core_files(crashed) == []
    if not _plain_core_pattern():
        pytest.skip("core dumps go to a system handler here; the rlimit test covers this case")
    control = tmp_path / "control"
    control.mkdir()
    result = _run(_UNLOCK_AND_CRASH, str(vault), cwd=control, stdin=CANARY_PASSPHRASE + "\n")
    assert result.returncode == -signal.SIGABRT, result.stderr
    dumps = _core_files(control)
    if not dumps:
        pytest.skip("this machine writes no core files even when allowed")
    try:
        # Without the start-up hygiene the dump holds the passphrase: the danger is real.
        assert CANARY_PASSPHRASE.encode() in dumps[0].read_bytes()
    finally:
        for dump in dumps:
            dump.unlink()  # tens of megabytes each
