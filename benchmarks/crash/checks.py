"""What must hold after every kill, checked by reopening the vaults in the parent.

- the vault opens with the right secret: for a secret change exactly one of the old and the
  new passphrase opens it (twice in a row: the first opening may finish or undo the change);
- `PRAGMA cipher_integrity_check` returns no rows (every page's HMAC holds) and
  `PRAGMA integrity_check` says ok;
- the audit chain verifies and every finalised evaluation's signatures verify;
- no temporary key or re-key file is left behind;
- the logical dump of every vault equals one checkpoint (the state before the first step or
  after one of the steps), never a mix; for a secret change the secret that opens says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.crash.dump import Dump, difference, logical_dump
from benchmarks.crash.workloads import OTHER, PASSPHRASE, Workload
from casevault.services.audit_log import verify_audit_chain
from casevault.services.evaluation_verify import verify_evaluations
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.errors import VaultError, WrongSecret

Snapshot = tuple[Dump, ...]  # one dump per vault of the workload


@dataclass
class CrashCheckFailed(Exception):
    """A kill left the vault in a state that is not allowed."""

    check: str
    vault: str = ""
    details: dict[str, object] = field(default_factory=dict)

    def describe(self) -> str:
        """One line for the report (the full details go into failure.json)."""
        return f"{self.check} [{self.vault}] {self.details}"


def _opens(path: Path, secret: str) -> bool:
    try:
        open_vault(path, secret).close()
    except WrongSecret:
        return False
    return True


def _unlock(workload: Workload, vault: str, path: Path) -> tuple[str, Session]:
    if not (workload.secret_change and vault == workload.vaults[0]):
        return PASSPHRASE, open_vault(path, PASSPHRASE)
    first = [s for s in (PASSPHRASE, OTHER) if _opens(path, s)]
    second = [s for s in (PASSPHRASE, OTHER) if _opens(path, s)]
    if len(first) != 1 or first != second:
        raise CrashCheckFailed("exactly one secret opens", vault, {"rounds": [first, second]})
    return first[0], open_vault(path, first[0])


def _check_session(session: Session, vault: str) -> Dump:
    with session.vault.reading() as conn:
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        plain = conn.execute("PRAGMA integrity_check").fetchall()
    if cipher:
        raise CrashCheckFailed("cipher_integrity_check", vault, {"rows": cipher[:5]})
    if [tuple(row) for row in plain] != [("ok",)]:
        raise CrashCheckFailed("integrity_check", vault, {"rows": plain[:5]})
    entries, broken = verify_audit_chain(session)
    if broken is not None:
        raise CrashCheckFailed("audit chain", vault, {"entries": entries, "break": str(broken)})
    report = verify_evaluations(session)
    if report.problems:
        raise CrashCheckFailed("evaluation signatures", vault, {"problems": report.problems})
    return logical_dump(session)


def _stray_files(path: Path) -> list[str]:
    names = [p.name for p in path.iterdir()]
    return [
        n
        for n in names
        if ("keyslots" in n and n != "keyslots.json") or n.startswith("vault.rekey")
    ]


def snapshot(workload: Workload, folder: Path, secret: str) -> Snapshot:
    """The checked dumps of the workload's vaults (`secret` opens the first)."""
    dumps = []
    for vault in workload.vaults:
        opening = secret if vault == workload.vaults[0] else PASSPHRASE
        with open_vault(folder / vault, opening) as session:
            dumps.append(_check_session(session, vault))
    return tuple(dumps)


def check_folder(workload: Workload, folder: Path, checkpoints: list[Snapshot]) -> int:
    """Check every vault in `folder` after a kill; the index of the checkpoint it equals.

    Raises CrashCheckFailed naming the check, the vault and the difference."""
    dumps: list[Dump] = []
    opened_with = PASSPHRASE
    for vault in workload.vaults:
        path = folder / vault
        try:
            secret, session = _unlock(workload, vault, path)
        except VaultError as exc:
            raise CrashCheckFailed("opens", vault, {"error": repr(exc)}) from exc
        if vault == workload.vaults[0]:
            opened_with = secret
        with session:
            try:
                dumps.append(_check_session(session, vault))
            except CrashCheckFailed:
                raise
            except Exception as exc:  # e.g. the driver's own "malformed" error on a bad page
                raise CrashCheckFailed("readable", vault, {"error": repr(exc)}) from exc
        stray = _stray_files(path)
        if stray:
            raise CrashCheckFailed("stray key files", vault, {"files": stray})
    found = tuple(dumps)
    allowed = range(len(checkpoints))
    if workload.secret_change:
        allowed = range(1, 2) if opened_with == OTHER else range(1)
    for index in allowed:
        if checkpoints[index] == found:
            return index
    nearest = min(allowed, key=lambda i: _distance(found, checkpoints[i]))
    diff = {
        workload.vaults[v]: difference(found[v], checkpoints[nearest][v])
        for v in range(len(found))
        if found[v] != checkpoints[nearest][v]
    }
    raise CrashCheckFailed(
        "state is neither before nor after",
        ",".join(workload.vaults),
        {"opened_with_new_secret": opened_with == OTHER, "nearest": nearest, "diff": diff},
    )


def _distance(found: Snapshot, expected: Snapshot) -> int:
    return sum(
        len(set(f.get(t, [])) ^ set(e.get(t, [])))
        for f, e in zip(found, expected, strict=True)
        for t in set(f) | set(e)
    )
