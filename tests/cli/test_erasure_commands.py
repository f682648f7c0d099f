"""Erasure is final, through the real `casevault` command: cases of the same man need --also,
an erased case cannot be restored or unmerged, a failed compaction is reported truthfully and
retried with `casevault compact`, and an erasure notice is shown by `import` and complied with
only on --erase-notified."""

from __future__ import annotations

import json
from pathlib import Path

import sqlcipher3

from casevault.vault.keyslots import read_keyslot_file
from casevault.vault.layout import database_path, keyslots_path
from tests.cli.runner import Cli
from tests.cli.test_exchange_commands import _pair
from tests.conftest import PASSPHRASE

MARKER = "Cliersurecanary"


def _add(cli: Cli, surname: str) -> str:
    added = cli("case", "add", "--latin-surname", surname)
    assert added.code == 0, added.err
    return added.out.strip().splitlines()[0]


def test_same_man_cases_need_also_and_an_erased_case_never_comes_back(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "Org", "--kdf-floor").code == 0
    kept, absorbed = _add(cli, MARKER), _add(cli, MARKER + "b")
    assert cli("case", "merge", kept, absorbed).code == 0

    refused = cli("case", "erase", kept, "--confirm", kept)
    assert refused.code == 7
    assert "Nothing was erased" in refused.err
    assert absorbed in refused.err
    assert cli("case", "show", kept).code == 0

    erased = cli("case", "erase", kept, "--confirm", kept, "--also", absorbed)
    assert erased.code == 0, erased.err
    assert absorbed in erased.out
    for case_id in (kept, absorbed):
        restore = cli("case", "restore", case_id)
        assert restore.code == 7
        assert "erased at the man's request" in restore.err
        assert "Traceback" not in restore.err
    assert cli("case", "unmerge", absorbed).code == 7
    assert json.loads(cli("case", "list", "--json").out) == []


def test_a_failed_compaction_is_reported_truthfully_and_retried(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "Org", "--kdf-floor").code == 0
    case_id = _add(cli, MARKER)
    key = read_keyslot_file(keyslots_path(cli.vault)).unwrap("passphrase", PASSPHRASE)
    reader = sqlcipher3.connect(str(database_path(cli.vault)), isolation_level=None)
    try:
        reader.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        failed = cli("case", "erase", case_id, "--confirm", case_id)
    finally:
        reader.close()
    assert failed.code == 9
    assert "ARE erased" in failed.err
    assert "casevault compact" in failed.err
    assert "Nothing was changed" not in failed.err
    assert cli("case", "show", case_id).code == 8
    retried = cli("compact")
    assert retried.code == 0, retried.err


def test_import_shows_an_erasure_notice_and_erases_only_when_told(tmp_path: Path) -> None:
    berlin, paris, _berlin_id, paris_id = _pair(tmp_path)
    case_id = _add(berlin, MARKER)
    assert berlin("consent", "add", case_id, "--partner", paris_id, "--method", "message").code == 0
    first = tmp_path / "first.cvb"
    assert berlin("export", "--to", paris_id, "-o", str(first)).code == 0
    assert paris("import", str(first), "--yes").code == 0
    erased = berlin("case", "erase", case_id, "--confirm", case_id)
    assert erased.code == 0, erased.err
    assert "erasure notice" in erased.out

    notices = [tmp_path / "notice1.cvb", tmp_path / "notice2.cvb"]
    for path in notices:
        exported = berlin("export", "--to", paris_id, "-o", str(path))
        assert exported.code == 0, exported.err
    shown = paris("import", str(notices[0]), "--yes")
    assert shown.code == 0, shown.err
    assert "ERASURE NOTICE" in shown.out
    assert case_id in shown.out
    assert MARKER in shown.out  # the name as held here
    assert "--erase-notified" in shown.out
    assert paris("case", "show", case_id).code == 0  # no yes, no erasure

    complied = paris("import", str(notices[1]), "--yes", "--erase-notified", case_id)
    assert complied.code == 0, complied.err
    assert "erased for good, as notified" in complied.err
    assert paris("case", "show", case_id).code == 8
    assert paris("audit", "verify").code == 0
