"""Duress figures for docs/hardening.md: unlock time (normal vs duress) and sizes at rest.

    PYTHONPATH=src python -m benchmarks.duress [--cases 0 100 400] [--calibrated]

For each size a vault of that many invented cases gets a duress passphrase; then it is
unlocked once with the real passphrase and once (on a copy) with the duress passphrase, timing
both, and the database and key-file sizes before and after are printed as a Markdown table.
The KDF is at its floor unless --calibrated (then Argon2id takes about one second, as in use).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from casevault.services.case_list import count_cases
from casevault.services.duress import set_duress_passphrase
from casevault.services.unlock_guard import open_vault_counting
from casevault.services.vaults import KdfChoice, init_vault
from casevault.synthetic.decoy import add_decoy_cases
from casevault.vault.duress import database_size
from casevault.vault.layout import keyslots_path

PASSPHRASE = "benchmark passphrase one two"
DURESS = "purple elephants march slowly"


def measure(workdir: Path, cases: int, kdf: KdfChoice) -> str:
    """One Markdown table row for a vault of `cases` cases."""
    vault = workdir / f"vault-{cases}"
    result = init_vault(vault, PASSPHRASE, "Benchmark Org", kdf=kdf)
    with result.session as session:
        add_decoy_cases(session, cases, random.Random(cases))
        set_duress_passphrase(session, DURESS)
    real_size, key_size = database_size(vault), keyslots_path(vault).stat().st_size
    copy = workdir / f"copy-{cases}"
    shutil.copytree(vault, copy)
    start = time.perf_counter()
    open_vault_counting(vault, PASSPHRASE).close()
    normal = time.perf_counter() - start
    start = time.perf_counter()
    decoy = open_vault_counting(copy, DURESS)
    duress = time.perf_counter() - start
    shown = count_cases(decoy)
    decoy.close()
    decoy_size, decoy_key = database_size(copy), keyslots_path(copy).stat().st_size
    return (
        f"| {cases} | {real_size / 1e6:.2f} MB | {decoy_size / 1e6:.2f} MB | {shown} | "
        f"{key_size} / {decoy_key} B | {normal:.2f} s | {duress:.2f} s |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, nargs="+", default=[0, 100, 400])
    parser.add_argument("--calibrated", action="store_true")
    args = parser.parse_args(argv)
    kdf = KdfChoice(floor=not args.calibrated)
    print(
        "| real cases | real db | decoy db | decoy cases | key file real / decoy | "
        "normal unlock | duress unlock |"
    )
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as workdir:
        for cases in args.cases:
            print(measure(Path(workdir), cases, kdf), flush=True)


if __name__ == "__main__":
    main()
