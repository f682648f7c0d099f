"""`casevault start --demo` (scripts/demo.sh) opens the demo vault's workspace, unlocked; any
other vault gets the ordinary unlock screen. In a child process: building the app hardens the
process (no core files), which the test process must keep for tests/test_process_hygiene.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from casevault.services.vaults import KdfChoice, init_vault
from casevault.synthetic.demo import build_demo_vault

pytestmark = pytest.mark.gui

DRIVER = """
import sys
from pathlib import Path
from casevault.gui.app import build_main_window
from casevault.synthetic.demo import open_demo_session
path = Path(sys.argv[1])
app, window, _ = build_main_window(path, None, open_demo_session(path))
shown = window.stack.currentWidget()
print("workspace" if shown is getattr(window, "workspace", None) else
      "unlock" if shown is window.unlock_view else "other")
window.after_lock = None  # lock here, without re-executing the app (gui/safety/relaunch.py)
window.lock()
"""


def _shown(vault: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(vault)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(vault.parent)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_demo_vault_opens_unlocked_and_a_real_one_does_not(tmp_path: Path) -> None:
    build_demo_vault(tmp_path / "demo", 3, seed=1)
    init_vault(tmp_path / "real", PASSPHRASE, "Real Org", kdf=KdfChoice(floor=True)).session.close()
    assert _shown(tmp_path / "demo") == "workspace"
    assert _shown(tmp_path / "real") == "unlock"
