"""Two organisations exchange identity cards and verify each other through the real CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.identity_card import build_card
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
    code = re.search(r"(\d{5}(?: \d{5}){9})", added.out)
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
    # The full code, both halves, typed with or without spaces.
    half_wrong = code.group(1)[:-1] + str((int(code.group(1)[-1]) + 1) % 10)
    assert paris("partner", "verify", partner_id, "--code", half_wrong).code == 6
    right = paris("partner", "verify", partner_id[:8], "--code", code.group(1).replace(" ", ""))
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


@pytest.mark.parametrize(
    ("org_id", "name", "country", "why"),
    [
        ("org-1", "Berlin\x00Transit", "DE", "invisible or control characters"),
        ("org-1", "Berlin\u202eTransit", "DE", "invisible or control characters"),
        ("org-1", "Berlin\u200bTransit", "DE", "invisible or control characters"),
        ("../org", "Berlin Transit", "DE", "organisation id is not valid"),
        ("org-1", "Berlin Transit", "de", "two-letter country code"),
    ],
)
def test_hostile_self_signed_card_is_refused_plainly(
    tmp_path: Path, org_id: str, name: str, country: str, why: str
) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "X", "--kdf-floor").code == 0
    hostile = tmp_path / "hostile.card"
    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    hostile.write_bytes(
        build_card(org_id, name, "transit_ngo", country, PrivateKeys.generate(), now)
    )
    run = cli("partner", "add", str(hostile))
    assert run.code == 6, run.err
    assert "identity card cannot be used" in run.err
    assert why in run.err
    assert "unexpected" not in run.err
    assert cli("partner", "list", "--json").out.strip() == "[]"
