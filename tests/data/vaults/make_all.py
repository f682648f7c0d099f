"""Make the saved vaults of tests/data/vaults/schema-NN/ with the code of each schema version.

For every version below, the commit is the last one on the main line whose schema was that
version (the most finished code that ever wrote it). The commit is checked out into a temporary
git worktree outside the repository, tests/data/vaults/make_vault.py runs with that checkout
first on PYTHONPATH, and the worktree is removed again.

Version 7 never existed as a commit of its own (migrations 0007 and 0008 arrived in one merge):
it is written by the code of version 6 with today's 0007_consent.sql added to that checkout's
migrations, so the schema is 7 and the data is what version-6 code writes.

Usage (from the repository root):
    python tests/data/vaults/make_all.py                  # every missing version
    python tests/data/vaults/make_all.py 16 <commit>      # add version 16, made by <commit>
An existing schema-NN folder is never overwritten (delete it first to remake it); after adding
a version, add its line to VERSIONS below.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

# schema version -> commit that wrote it (see the module docstring for how they were chosen).
VERSIONS: dict[int, str] = {
    1: "ee689f2eef9b498a976d11b3058b903824d6aaf5",
    2: "45464aecf4e51421b542126acd9c1d9c50bce091",
    3: "34554c17f58613b826a504592ad21209eaf4fd61",
    4: "be6f8c2dd3f4ae3629058b2424f1d324abcdee8d",
    5: "55ca8e45156ad4b39425269fa40f4a92a83e3f0d",
    6: "c48b803306c2ced8eb7acfd1a67e18b38f1be09e",
    7: "c48b803306c2ced8eb7acfd1a67e18b38f1be09e",  # + today's 0007_consent.sql
    8: "49bc9a31f9e5c7e199922fbd0b9adc8c610ed495",
    9: "92ccea2194c1ffe4fc3a1b8f0fed2e0fe5ffe65d",
    10: "301a47429e1103ed515c88911e2f9c31d952c573",
    11: "3f376ea22f09ddf38ae73a35328f2f045c23efbc",
    12: "62ef0a0d2c360304516661511bc3e7a95066b26b",
    13: "b5d75999c4561de21cc5d07fe62e01609dd402ad",
    14: "6bd7a8bbdd5a8543c9f3c1a29ec5e456042eb787",
    15: "e607683bbda421cc54ddc662bfa065f82614501a",
    16: "4d64f7b90ec5ef9b890887fa002dcfc114711580",
    17: "a9847f05d65613f5af51d2cd28bea49aa1776a9e",  # transport branch, merged as is
    18: "e76b72db4fcebe12e12ade13522afe3e486941df",
    19: "1e9af20e29e0180a5b8f7a85fe4ea6d0a6161e5e",
    20: "393c865cea900b5bb79ed592986631b6fbfd80f1",  # exchange branch: remade after renumbering
    21: "b6816b32b59d1510569db298d2d750f4603947fe",  # search branch, merged (renumbered 0021)
    22: "970a5d2bf66152d30371280c2fc7b3442e0993c4",  # evidence branch, merged (renumbered 0022)
    23: "7d169100179bf7a85a9cf029ecbd4b8df53cdb3c",  # fts branch: the table of indexed terms
    24: "26d5cf7eb8ae8d5cd220d84bb959fb0d1a87ebeb",  # import speed: name_keys' part check
}
# Versions whose checkout gets extra migration files from today's migrations/ before running.
EXTRA_MIGRATIONS: dict[int, tuple[str, ...]] = {7: ("0007_consent.sql",)}


def make(version: int, commit: str) -> None:
    """Write tests/data/vaults/schema-NN for `version` with the code of `commit`."""
    target = HERE / f"schema-{version:02d}"
    if target.exists():
        print(f"schema {version}: kept (remove {target.name} to remake it)")
        return
    with tempfile.TemporaryDirectory(prefix="cv-schema-") as scratch:
        checkout = Path(scratch) / "checkout"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(checkout), commit],
            check=True,
        )
        try:
            for name in EXTRA_MIGRATIONS.get(version, ()):
                shutil.copy(ROOT / "migrations" / name, checkout / "migrations" / name)
            made = Path(scratch) / "made"
            subprocess.run(
                [sys.executable, str(HERE / "make_vault.py"), str(made), commit],
                check=True,
                env={"PYTHONPATH": str(checkout / "src"), "PATH": "/usr/bin:/bin"},
            )
            (made / "vault" / "vault.lock").unlink(missing_ok=True)
            shutil.copytree(made, target)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)],
                check=True,
            )
    print(f"schema {version}: written by {commit[:10]}")


def main() -> None:
    if len(sys.argv) == 3:
        make(int(sys.argv[1]), sys.argv[2])
        return
    for version, commit in sorted(VERSIONS.items()):
        make(version, commit)


if __name__ == "__main__":
    main()
