"""Run the real `casevault` command in a child process with its own HOME and TMPDIR."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class CliRun:
    """A finished command: exit code and both outputs."""

    code: int
    out: str
    err: str


class Cli:
    """`casevault --vault <vault>` with a controlled environment (no host HOME/TMPDIR leaks)."""

    def __init__(self, root: Path, passphrase: str) -> None:
        self.vault = root / "vault"
        self.home = root / "home"
        self.tmp = root / "tmp"
        self.home.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.env = {
            **os.environ,
            "HOME": str(self.home),
            "TMPDIR": str(self.tmp),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "CASEVAULT_PASSPHRASE": passphrase,
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANGUAGE": "en",
        }

    def __call__(self, *args: str, env: dict[str, str] | None = None, stdin: str = "") -> CliRun:
        result = subprocess.run(
            [sys.executable, "-m", "casevault", "--vault", str(self.vault), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            timeout=120,
            check=False,
        )
        return CliRun(result.returncode, result.stdout, result.stderr)
