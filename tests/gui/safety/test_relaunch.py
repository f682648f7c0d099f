"""After lock, no database key, passphrase or case text is left in the app's memory.

The real app runs offscreen in a child process (tests/support/locked_app_driver.py): it is
unlocked by typing, a case is opened and canary text typed into it. The test reads the
child's memory through /proc/<pid>/mem: key, passphrase and canaries are there (the control).
Then a real SIGUSR1 locks it, as a screen-locker hook would; the app keeps the unsaved edit in
the vault, closes it and re-executes itself. The process that shows the lock screen is scanned
again: zero copies of every secret. The kept edit is in the vault, encrypted.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.support.memory_scan import MemoryUnreadable, count_in_memory, key_forms, secret_forms

import casevault
from casevault.domain.case import CaseFields, PersonName
from casevault.services import cases as case_service
from casevault.services.unsaved_edits import list_kept_edits
from casevault.services.vaults import KdfChoice, init_vault, open_vault
from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import keyslots_path

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/mem"),
]

PASSPHRASE = "memory canary passphrase 5521 zebra"
TYPED_CANARY = "Набранный-канарейка-текст-7788"  # typed into the editor, never saved
STORED_CANARY = "Хранимый-канарейка-текст-3141"  # in the vault, shown in the editor
SURNAME = "Канарейкин"
DRIVER = Path(__file__).resolve().parents[2] / "support" / "locked_app_driver.py"
_SIGUSR1_BIT = 1 << (signal.SIGUSR1 - 1)


def _make_vault(folder: Path) -> bytes:
    result = init_vault(folder, PASSPHRASE, "Memory Org", kdf=KdfChoice(floor=True))
    with result.session as session:
        case_service.create_case(
            session,
            CaseFields(name_cyrillic=PersonName(surname=SURNAME), notes=STORED_CANARY),
        )
    return read_keyslot_file(keyslots_path(folder)).unwrap("passphrase", PASSPHRASE)


def _start_app(tmp_path: Path, vault: Path, *extra: str) -> subprocess.Popen[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CASEVAULT_")}
    env.update(
        PYTHONPATH=str(Path(casevault.__file__).resolve().parent.parent),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        TMPDIR=str(tmp_path),
        LANGUAGE="en",
    )
    child = subprocess.Popen(
        [sys.executable, str(DRIVER), str(vault), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert child.stdin is not None
    child.stdin.write(f"{PASSPHRASE}\n{TYPED_CANARY}\n")
    child.stdin.close()
    return child


def _read_line(child: subprocess.Popen[str], timeout: float = 90) -> str:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        pytest.fail("the app did not report in time")
    return child.stdout.readline().strip()


def _patterns(key: bytes) -> dict[str, list[bytes]]:
    return {
        "database key": key_forms(key),
        "passphrase": secret_forms(PASSPHRASE),
        "typed case text": secret_forms(TYPED_CANARY),
        "stored case text": secret_forms(STORED_CANARY),
        "case name": secret_forms(SURNAME),
    }


def _wait_for_fresh_locked_app(pid: int, timeout: float = 90) -> None:
    """Until the process is the re-executed app with its lock signal handler installed (the
    last step of start-up): /proc shows both, no hook inside the app needed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            pytest.fail("the app ended instead of showing the lock screen")
        caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
        if b"--after-lock" in cmdline and int(caught.split()[1], 16) & _SIGUSR1_BIT:
            return
        time.sleep(0.05)
    pytest.fail("the app did not come back on its lock screen in time")


def test_after_lock_the_app_holds_no_key_passphrase_or_case_text(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    key = _make_vault(vault)
    child = _start_app(tmp_path, vault)
    try:
        assert _read_line(child) == "unlocked"
        try:
            before = count_in_memory(child.pid, _patterns(key))
        except MemoryUnreadable:
            pytest.skip("no right to read another process's memory here (needs root)")
        # The control: the unlocked app does hold them, so the scan can find them.
        assert before["database key"] > 0
        assert before["typed case text"] > 0
        assert before["stored case text"] > 0
        os.kill(child.pid, signal.SIGUSR1)
        _wait_for_fresh_locked_app(child.pid)
        after = count_in_memory(child.pid, _patterns(key))
        lock_screen = count_in_memory(child.pid, {"m": secret_forms("The vault is locked.")})
        assert lock_screen["m"] > 0  # this process does show the lock screen
        assert after == dict.fromkeys(after, 0), (before, after)
    finally:
        child.kill()
        child.wait(timeout=30)
    with open_vault(vault, PASSPHRASE) as session:
        kept = list_kept_edits(session)
    assert len(kept) == 1  # the unsaved edit was kept, encrypted, before the re-exec
    assert TYPED_CANARY in kept[0].fields["notes"]
    assert STORED_CANARY in kept[0].fields["notes"]
