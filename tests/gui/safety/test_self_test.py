"""The built app's self-test (gui/safety/self_test.py): it drives the real window from unlock to a
saved case and a lock, refuses a vault that already holds cases, and `start --self-test` runs
it in a real process (what packaging/smoke-test.sh does with the built executable)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from casevault.gui.main_window import MainWindow
from casevault.gui.safety.self_test import FAILED, PASSED, REFUSED, SURNAME_CYRILLIC, SelfTestDriver
from casevault.services import cases as case_service
from casevault.services.vaults import KdfChoice, init_vault, open_vault

pytestmark = pytest.mark.gui

PASSPHRASE = "correct horse battery staple"


def _new_vault(vault: Path) -> None:
    init_vault(vault, PASSPHRASE, "Test Organisation", kdf=KdfChoice(floor=True)).session.close()


def _names(vault: Path) -> list[str]:
    with open_vault(vault, PASSPHRASE) as session:
        return [summary.display_name for summary in case_service.list_cases(session, limit=50)]


def _drive(qtbot, vault: Path, ui_settings, passphrase: str = PASSPHRASE):  # type: ignore[no-untyped-def]
    """Run the driver on a fresh window; returns (exit codes reported, window)."""
    window = MainWindow(vault, ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(window)
    window.show()
    codes: list[int] = []
    driver = SelfTestDriver(window, passphrase, codes.append)
    driver.start()
    qtbot.waitUntil(lambda: bool(codes), timeout=30_000)
    return codes, window


def test_saves_a_case_through_the_form_and_locks(qtbot, vault_dir: Path, ui_settings) -> None:  # type: ignore[no-untyped-def]
    _new_vault(vault_dir)
    codes, window = _drive(qtbot, vault_dir, ui_settings)
    assert codes == [PASSED]
    assert window.workspace is None  # locked: the session is gone
    assert window.stack.currentWidget() is window.unlock_view
    assert [name for name in _names(vault_dir) if SURNAME_CYRILLIC in name]


def test_refuses_a_vault_that_holds_cases(qtbot, locked_vault: Path, ui_settings) -> None:  # type: ignore[no-untyped-def]
    before = _names(locked_vault)
    codes, window = _drive(qtbot, locked_vault, ui_settings)
    assert codes == [REFUSED]
    assert window.workspace is None
    assert _names(locked_vault) == before


def test_a_wrong_passphrase_fails_rather_than_hangs(
    qtbot, vault_dir, ui_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _new_vault(vault_dir)
    monkeypatch.setattr("casevault.gui.safety.self_test.STEP_TIMEOUT_MS", 2_000)
    codes, _window = _drive(qtbot, vault_dir, ui_settings, passphrase="not the passphrase")
    assert codes == [FAILED]


def _start_self_test(vault: Path, root: Path) -> subprocess.CompletedProcess[str]:
    passphrase_file = root / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    home = root / "home"
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(root),
        "LANGUAGE": "en",
        "CASEVAULT_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("CASEVAULT_PASSPHRASE", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "casevault",
            "--vault",
            str(vault),
            "--passphrase-file",
            str(passphrase_file),
            "start",
            "--self-test",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_start_self_test_runs_the_app_in_a_real_process(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    _new_vault(vault)
    result = _start_self_test(vault, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test: locked (manual)" in result.stderr
    assert [name for name in _names(vault) if SURNAME_CYRILLIC in name]


def test_start_self_test_refuses_a_vault_with_cases_before_opening_the_app(
    tmp_path: Path, locked_vault: Path
) -> None:
    before = _names(locked_vault)
    # locked_vault is under pytest's tmp folder; make that the temp folder so only the
    # "holds cases" rule can refuse.
    result = _start_self_test(locked_vault, locked_vault.parent)
    assert result.returncode == 2
    assert "without cases" in result.stderr
    assert "self-test:" not in result.stderr  # the app never started
    assert _names(locked_vault) == before
