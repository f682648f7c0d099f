"""Copies of the key file as real failures leave them, for the panic tests.

`crash_during_passphrase_change` runs a real passphrase change in a child process that dies
(os._exit, like a power cut) at the moment the new key file would be renamed into place: the
new, complete key file is left under its temporary name, wrapping the real database key under
the new passphrase. Nothing is faked on the vault, the keys or the files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from casevault.vault.keyslots import parse_keyslot_file
from casevault.vault.layout import KEYSLOTS_NAME

_CRASHING_CHANGER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from casevault.vault import atomic
    from casevault.services.vaults import change_passphrase, open_vault
    session = open_vault(Path(sys.argv[1]), sys.argv[2])
    atomic.os.replace = lambda *args, **kwargs: os._exit(9)  # the crash, just before rename
    change_passphrase(session, sys.argv[3])
    sys.exit(0)  # not reached: the change always renames its key file
    """
)


def key_file_family(vault_dir: Path) -> list[Path]:
    """Every file of the folder that belongs to the key-file family, by the documented rule
    (docs/spec/vault.md): the name, leading dots removed, starts with "keyslots"."""
    return sorted(
        path for path in vault_dir.iterdir() if path.name.lstrip(".").startswith("keyslots")
    )


def crash_during_passphrase_change(vault_dir: Path, passphrase: str, new_passphrase: str) -> Path:
    """Leave the key-file copy of a crashed passphrase change; return its path.

    The vault must be closed (the child opens it). Asserts the copy really unwraps the database
    key with `new_passphrase`, so a test that destroys it destroys something that mattered.
    """
    child = subprocess.run(
        [sys.executable, "-c", _CRASHING_CHANGER, str(vault_dir), passphrase, new_passphrase],
        capture_output=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert child.returncode == 9, child.stderr
    leftovers = [path for path in key_file_family(vault_dir) if path.name != KEYSLOTS_NAME]
    assert leftovers, "the crash left no key-file copy"
    for path in leftovers:
        copy = parse_keyslot_file(path.read_bytes())
        assert len(copy.unwrap("passphrase", new_passphrase)) == 32
    return leftovers[0]
