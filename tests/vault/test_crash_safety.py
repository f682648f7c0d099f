"""A child process killed at random points: the vault always opens, with the old or new state.

The CI sample of the kill harness (benchmarks/crash, full run: `python -m benchmarks.crash`)
is at the end: every workload, two kill points each, chosen at random with a printed seed
(CASEVAULT_CRASH_SEED=<n> repeats a run).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from benchmarks.crash import harness, workloads
from benchmarks.crash.checks import CrashCheckFailed, check_folder

from casevault.domain.case import CaseFields
from casevault.services import cases as svc
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.session import Session
from casevault.services.vaults import InitResult, open_vault
from casevault.vault.errors import WrongSecret
from tests.conftest import PASSPHRASE

OTHER = "the other passphrase"
# The children alternate PASSPHRASE -> OTHER -> PASSPHRASE ...; a kill can land anywhere,
# including inside vault/atomic.py and between the database and key-file steps of a change.

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

_RECOVERER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casevault.services.vaults import open_vault, recover_vault
    from casevault.vault.errors import WrongSecret
    path, first, second = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    try:
        open_vault(path, first).close()
    except WrongSecret:
        first, second = second, first
    print("ready", flush=True)
    while True:
        recover_vault(path, "RECOVERY_CODE", second).close()
        first, second = second, first
    """
)

_REKEYER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casevault.services.vault_keys import rekey_vault
    from casevault.services.vaults import open_vault
    from casevault.vault.errors import WrongSecret
    path, first, second = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    try:
        session = open_vault(path, first)
    except WrongSecret:
        session = open_vault(path, second)
        first, second = second, first
    print("ready", flush=True)
    while True:
        rekey_vault(session, first, second)
        first, second = second, first
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


def _secrets_that_open(vault_dir: Path) -> list[str]:
    works = []
    for secret in (PASSPHRASE, OTHER):
        try:
            open_vault(vault_dir, secret).close()
        except WrongSecret:
            continue
        works.append(secret)
    return works


def _exactly_one_opens(vault_dir: Path) -> tuple[str, Session]:
    """The one of PASSPHRASE and OTHER that opens the vault. The first attempt may finish or
    undo the interrupted change; a second round must give the same single answer."""
    first_round = _secrets_that_open(vault_dir)
    assert len(first_round) == 1, f"secrets that open: {first_round}"
    assert _secrets_that_open(vault_dir) == first_round
    return first_round[0], open_vault(vault_dir, first_round[0])


def _assert_no_stray_key_files(vault_dir: Path) -> None:
    stray = [
        p.name
        for p in vault_dir.iterdir()
        if ("keyslots" in p.name and p.name != "keyslots.json") or p.name.startswith("vault.rekey")
    ]
    assert stray == []


def _kill_repeatedly_and_check(vault_dir: Path, script: str, action: str, seed: int) -> None:
    """Kill `script` at random points; each time exactly one secret opens, the audit chain holds,
    and the number of `action` entries says which secret it is (changes alternate from
    PASSPHRASE to OTHER and back, so an odd count means OTHER)."""
    rng = random.Random(seed)
    for _ in range(6):
        _run_and_kill(script, [str(vault_dir), PASSPHRASE, OTHER], rng)
        secret, session = _exactly_one_opens(vault_dir)
        with session:
            assert verify_audit_chain(session)[1] is None
            changes = [e.action for e in list_audit_entries(session, limit=100_000)].count(action)
        assert secret == (OTHER if changes % 2 else PASSPHRASE)
        _assert_no_stray_key_files(vault_dir)


@pytest.mark.slow
def test_kill_during_passphrase_change_leaves_exactly_one_audited_secret(
    session: Session, vault_dir: Path
) -> None:
    session.close()
    _kill_repeatedly_and_check(vault_dir, _CHANGER, "vault.passphrase_change", 1)


@pytest.mark.slow
def test_kill_during_recovery_leaves_exactly_one_audited_secret(
    initialised: InitResult, vault_dir: Path
) -> None:
    initialised.session.close()
    script = _RECOVERER.replace("RECOVERY_CODE", initialised.recovery_code)
    _kill_repeatedly_and_check(vault_dir, script, "vault.recover", 3)


@pytest.mark.slow
def test_kill_during_rekey_leaves_exactly_one_audited_key(
    session: Session, vault_dir: Path
) -> None:
    svc.create_case(session, CaseFields(notes="survives every re-key"))
    session.close()
    _kill_repeatedly_and_check(vault_dir, _REKEYER, "vault.rekey", 4)
    with _exactly_one_opens(vault_dir)[1] as reopened:
        assert svc.count_cases(reopened) == 1


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


# ---- the kill harness, a CI sample ---------------------------------------------------------

SEED = int(os.environ.get("CASEVAULT_CRASH_SEED", dt.date.today().toordinal()))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Shared inputs; the CI sample imports a bundle of 60 cases, not 1,000 (same code)."""
    return tmp_path_factory.mktemp("crash-inputs")


def _sample(prepared: harness.Prepared, rng: random.Random) -> list[harness.KillPoint]:
    """One kill point at an event (an os call if the operation makes any) and one timed."""
    events = harness.event_points(prepared, limit=0)
    if not events:
        numbered = list(enumerate(prepared.events, start=1))
        events = [harness.KillPoint("event", n, label) for n, label in numbered]
    return [rng.choice(events), *harness.timed_points(prepared, 1, rng)]


@pytest.mark.slow
@pytest.mark.parametrize("workload", workloads.WORKLOADS, ids=lambda w: w.name)
def test_kill_sample_leaves_a_whole_state(
    workload: workloads.Workload,
    tmp_path: Path,
    inputs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workloads, "IMPORT_CASES", 60)
    print(f"crash sample seed {SEED} (CASEVAULT_CRASH_SEED={SEED} repeats it)")
    rng = random.Random(f"{SEED}-{workload.name}")
    prepared = harness.prepare(workload, tmp_path, inputs)
    assert prepared.checkpoints[0] != prepared.checkpoints[-1]  # the operation changes things
    for point in _sample(prepared, rng):
        outcome = harness.run_point(prepared, point, tmp_path / "failures")
        assert outcome.problem is None, f"seed {SEED}, {point.describe()}: {outcome.problem}"
        assert outcome.checkpoint is not None


@pytest.fixture(scope="module")
def case_add(tmp_path_factory: pytest.TempPathFactory) -> harness.Prepared:
    """The case-add workload, prepared (its checkpoints recorded), to test the checks."""
    root = tmp_path_factory.mktemp("crash-checks")
    return harness.prepare(workloads.by_name("case add"), root, root / "inputs")


def _copy(prepared: harness.Prepared, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(prepared.template, folder)
    return folder


@pytest.mark.slow
def test_checks_accept_the_state_before(case_add: harness.Prepared, tmp_path: Path) -> None:
    assert check_folder(case_add.workload, _copy(case_add, tmp_path), case_add.checkpoints) == 0


@pytest.mark.slow
def test_checks_refuse_a_state_that_is_neither_before_nor_after(
    case_add: harness.Prepared, tmp_path: Path
) -> None:
    folder = _copy(case_add, tmp_path)
    with open_vault(folder / "vault", workloads.PASSPHRASE) as reopened:
        svc.create_case(reopened, CaseFields(notes="a second case: more than the operation did"))
    with pytest.raises(CrashCheckFailed) as raised:
        check_folder(case_add.workload, folder, case_add.checkpoints)
    assert raised.value.check == "state is neither before nor after"
    assert "cases" in raised.value.details["diff"]["vault"]  # type: ignore[index]


@pytest.mark.slow
def test_checks_refuse_a_damaged_page(case_add: harness.Prepared, tmp_path: Path) -> None:
    folder = _copy(case_add, tmp_path)
    database = folder / "vault" / "vault.db"
    data = bytearray(database.read_bytes())
    data[len(data) - 100] ^= 0xFF  # inside the last page: its HMAC no longer holds
    database.write_bytes(bytes(data))
    with pytest.raises(CrashCheckFailed) as raised:
        check_folder(case_add.workload, folder, case_add.checkpoints)
    assert raised.value.check in {"opens", "readable", "cipher_integrity_check", "integrity_check"}
