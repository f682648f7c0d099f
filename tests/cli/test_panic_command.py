"""`casevault panic` through the real command: no passphrase, works while another process has the
vault open, destroys every key-file copy, says what it guarantees; afterwards every command
says plainly that the vault was destroyed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casevault.vault.errors import KeyslotFileCorrupt
from casevault.vault.keyslots import parse_keyslot_file
from casevault.vault.layout import database_path
from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE
from tests.support.key_copies import crash_during_passphrase_change, key_file_family

# A second process that opens the vault (taking its lock), waits for a line on stdin, then
# tries to add a case and prints what happened.
_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casevault.domain.case import CaseFields
    from casevault.services import cases
    from casevault.services.vaults import open_vault
    session = open_vault(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    try:
        cases.create_case(session, CaseFields(notes="written after the panic"))
    except Exception as exc:
        print(type(exc).__name__, flush=True)
    else:
        print("written", flush=True)
    """
)


def _without_passphrase(cli: Cli) -> Cli:
    """The same command runner with no passphrase anywhere (environment or file)."""
    cli.env.pop("CASEVAULT_PASSPHRASE", None)
    return cli


def test_panic_while_another_process_has_the_vault_open_needs_no_passphrase(
    tmp_path: Path,
) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    assert cli("case", "add", "--surname", "Белов").code == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(cli.vault), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "open"
        assert cli("case", "list").code == 4  # the other process really holds the lock

        done = _without_passphrase(cli)("panic", "--confirm", "DESTROY")

        assert done.code == 0, done.err
        assert "keyslots.json" in done.out
        assert "What this guarantees" in done.out
        assert "can never be decrypted again" in done.out
        assert "copy of the key file made before now" in done.out
        assert key_file_family(cli.vault) == []
        assert database_path(cli.vault).is_file()
        # The process that had it open refuses its next step instead of writing on.
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "VaultDestroyed"
    finally:
        holder.kill()
        holder.wait(timeout=60)


@pytest.mark.skipif(os.name != "posix", reason="hard links show the overwrite on POSIX")
def test_panic_command_destroys_what_a_crashed_passphrase_change_left(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    crashed_copy = crash_during_passphrase_change(cli.vault, PASSPHRASE, "the new passphrase")
    pending = cli.vault / "keyslots.pending.json"
    pending.write_bytes((cli.vault / "keyslots.json").read_bytes())
    link = tmp_path / "link-to-the-crashed-copy"
    os.link(crashed_copy, link)

    done = _without_passphrase(cli)("panic", "--confirm", "DESTROY")

    assert done.code == 0, done.err
    assert crashed_copy.name in done.out
    assert pending.name in done.out
    assert key_file_family(cli.vault) == []
    with pytest.raises(KeyslotFileCorrupt):  # overwritten before it was unlinked
        parse_keyslot_file(link.read_bytes())


def test_after_panic_every_command_says_the_vault_was_destroyed(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    database = database_path(cli.vault).read_bytes()
    assert cli("panic", "--confirm", "DESTROY").code == 0
    for args in (("case", "list"), ("org", "show"), ("recover",)):
        secrets = {
            "CASEVAULT_RECOVERY_CODE": "0000-0000",
            "CASEVAULT_NEW_PASSPHRASE": "quiet otter lantern mosaic",
        }
        refused = cli(*args, env=secrets)
        assert refused.code == 5, (args, refused.err)
        assert "was destroyed" in refused.err
        assert "No vault found" not in refused.err
    again = cli("panic", "--confirm", "DESTROY")
    assert again.code == 0
    assert "already destroyed" in again.out
    assert database_path(cli.vault).read_bytes() == database  # only the keys were touched


def test_panic_without_the_word_changes_nothing(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    before = {path.name: path.read_bytes() for path in key_file_family(cli.vault)}
    refused = _without_passphrase(cli)("panic", stdin="no\n")
    assert refused.code != 0
    assert "nothing was destroyed" in refused.err
    assert {path.name: path.read_bytes() for path in key_file_family(cli.vault)} == before
