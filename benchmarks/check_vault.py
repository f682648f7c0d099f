"""How long `casevault check` takes on a vault of N synthetic cases (docs/hardening.md).

    PYTHONPATH=src python -m benchmarks.check_vault [N ...]

Prints one line per size: cases, database size, seconds for the whole check and for the page
check alone (cipher_integrity_check re-reads and authenticates every page, so it grows with the
file). Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from casevault.services import cases as case_service
from casevault.services.check import check_vault
from casevault.services.vaults import KdfChoice, init_vault
from casevault.synthetic.generator import generate_cases
from casevault.vault.integrity import check_pages
from casevault.vault.layout import database_path


def measure(count: int) -> str:
    """One line of figures for a fresh vault of `count` cases."""
    with tempfile.TemporaryDirectory() as folder:
        vault = Path(folder) / "vault"
        passphrase = "benchmark passphrase of four words"
        with init_vault(vault, passphrase, "Benchmark", kdf=KdfChoice(floor=True)).session as s:
            for item in generate_cases(count, seed=12):
                case_service.create_case(s, item.fields)
            s.vault.compact()
            size = database_path(vault).stat().st_size
            started = time.perf_counter()
            report = check_vault(s)
            whole = time.perf_counter() - started
            started = time.perf_counter()
            with s.vault.reading() as conn:
                check_pages(conn)
            pages = time.perf_counter() - started
        assert report.sound
        mib = size / 2**20
        return f"{count:>7,} cases  {mib:7.1f} MiB  check {whole:6.2f} s  pages {pages:6.2f} s"


def main(argv: list[str]) -> None:
    """Measure each size given (default 1,000 and 5,000)."""
    for count in [int(a) for a in argv] or [1000, 5000]:
        print(measure(count), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
