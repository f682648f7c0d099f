"""A child process killed at random points: the vault always opens, with the old or new state."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casevault.services import cases as svc
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.errors import WrongSecret
from tests.conftest import PASSPHRASE

OTHER = "the other passphrase"

_CHANGER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casevault.services.vaults import change_passphrase, open_vault
    path, first, second = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    try:
        session = open_vault(path, first)
    except Exception:
        session = open_vault(path, second)
        first, second = second, first
    print("ready", flush=True)
    while True:
        change_passphrase(session, second)
        change_passphrase(session, first)
    """
)

_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casevault.domain.case import CaseFields
    from casevault.services import cases as svc
    from casevault.services.vaults import open_vault
    session = open_vault(Path(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    n = 0
    while True:
        case = svc.create_case(session, CaseFields(notes="x" * 500))
        svc.edit_case(session, case.id, {"notes": "y" * 800})
        n += 1
    """
)


def _run_and_kill(script: str, args: list[str], rng: random.Random) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, env=os.environ.copy()
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    time.sleep(rng.uniform(0.0, 0.4))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


def _open_with_either(vault_dir: Path) -> Session:
    try:
        return open_vault(vault_dir, PASSPHRASE)
    except WrongSecret:
        return open_vault(vault_dir, OTHER)


@pytest.mark.slow
def test_kill_during_passphrase_change_leaves_an_openable_vault(
    session: Session, vault_dir: Path
) -> None:
    session.close()
    rng = random.Random(1)
    for _ in range(6):
        _run_and_kill(_CHANGER, [str(vault_dir), PASSPHRASE, OTHER], rng)
        _open_with_either(vault_dir).close()
    leftovers = [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    # A temp file may survive a kill; it never replaces the real key file.
    assert all(name.startswith(".keyslots.json.") for name in leftovers)


@pytest.mark.slow
def test_kill_during_writes_keeps_cases_and_audit_consistent(
    session: Session, vault_dir: Path
) -> None:
    session.close()
    rng = random.Random(2)
    for _ in range(4):
        _run_and_kill(_WRITER, [str(vault_dir), PASSPHRASE], rng)
        with open_vault(vault_dir, PASSPHRASE) as reopened:
            assert verify_audit_chain(reopened)[1] is None
            cases = svc.count_cases(reopened)
            audited = [e.action for e in list_audit_entries(reopened, limit=100_000)]
            assert audited.count("case.create") == cases
