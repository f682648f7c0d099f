"""Two organisations exchange identity cards and verify each other through the real CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE


def test_exchange_cards_and_verify(tmp_path: Path) -> None:
    berlin = Cli(tmp_path / "berlin", PASSPHRASE)
    paris = Cli(tmp_path / "paris", PASSPHRASE)
    assert berlin("init", "--org-name", "Berlin Transit", "--kdf-floor").code == 0
    assert paris("init", "--org-name", "Paris Association", "--kdf-floor").code == 0
    card_file = tmp_path / "berlin.card"
    exported = berlin("identity", "export", "-o", str(card_file), "--kind", "transit_ngo")
    assert exported.code == 0, exported.err
    paris_text = paris("identity", "export", "--text").out.strip()

    added = paris("partner", "add", str(card_file))
    assert added.code == 0, added.err
    assert "NOT yet verified" in added.out
    code = re.search(r"(\d{4}(?: \d{4}){5})", added.out)
    assert code is not None
    back = berlin("partner", "add", "-", stdin=paris_text)
    assert back.code == 0, back.err
    assert code.group(1) in back.out  # the same digits on both sides

    listed = json.loads(paris("partner", "list", "--json").out)
    partner_id = listed[0]["id"]
    assert listed[0]["trusted"] is False
    wrong = paris("partner", "verify", partner_id, "--code", "0000 0000")
    assert wrong.code == 6
    assert "does NOT match" in wrong.err
    right = paris("partner", "verify", partner_id[:8], "--code", code.group(1))
    assert right.code == 0, right.err
    shown = json.loads(paris("partner", "show", partner_id, "--json").out)
    assert shown["trusted"] is True
    assert paris("partner", "revoke", partner_id, "--yes").code == 0
    assert json.loads(paris("partner", "list", "--json").out)[0]["trusted"] is False


def test_damaged_card_is_refused_plainly(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    bad = tmp_path / "bad.card"
    bad.write_bytes(b"CASEVAULT-IDENTITY-1:not base64 at all!!")
    run = cli("partner", "add", str(bad))
    assert run.code == 6
    assert "identity card cannot be used" in run.err
    assert "Traceback" not in run.err
