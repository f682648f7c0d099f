"""`timeline add --kind ...`, `dossier chronology`, `dossier asylum` and
`dossier verify-attestation` through the real `casevault` command: in this process (main(), as
the command walk does) for speed, and `dossier asylum` in a child process, since it starts a Qt
application of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import Cli
from tests.cli.test_command_walk import InProcessCli
from tests.conftest import PASSPHRASE


def test_typed_events_chronology_dossier_and_attestation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LANGUAGE", "en")
    child = Cli(tmp_path, PASSPHRASE)
    cli = InProcessCli(child.vault, monkeypatch)
    assert cli("init", "--org-name", "Org", "--kdf-floor").code == 0
    case_id = cli("case", "add", "--surname", "Чувиляев", "--latin-surname", "Chuviliaev").out
    case_id = case_id.strip()
    add = ("timeline", "add", case_id)
    summons = cli(
        *add, "register", "--date", "2025-03-01", "--kind", "summons", "--channel", "register"
    )
    assert summons.code == 0, summons.err
    assert cli(*add, "left", "--date", "2025-03-03", "--kind", "departure").code == 0
    crossing = ("--kind", "crossing", "--from", "ru", "--to", "GE")
    assert cli(*add, "Upper Lars", "--date", "2025-03-04", *crossing).code == 0
    wrong = cli(*add, "x", "--kind", "departure", "--channel", "sms")
    assert wrong.code == 7
    assert "Traceback" not in wrong.err
    listed = cli("timeline", "list", case_id)
    assert "Summons (Gosuslugi register, counts as delivered 2025-03-08)" in listed.out
    assert "Border crossing (RU → GE)" in listed.out
    stored = json.loads(cli("timeline", "list", case_id, "--json").out)
    assert [e["kind"] for e in stored] == [
        "summons;channel=register",
        "departure",
        "crossing;from=RU;to=GE",
    ]

    chronology = cli("dossier", "chronology", case_id)
    assert "A summons counts as delivered only after he left" in chronology.out
    flags = json.loads(cli("dossier", "chronology", case_id, "--json").out)["flags"]
    assert flags == [
        {"kind": "summons_delivered_after_departure", "dates": ["2025-03-03", "2025-03-08"]}
    ]

    pytest.importorskip("PySide6")  # the PDF needs the desktop part
    pdf = tmp_path / "out" / "dossier.pdf"
    pdf.parent.mkdir()
    written = child("dossier", "asylum", case_id, "--dossier-lang", "en", "-o", str(pdf))
    assert written.code == 0, written.err
    assert "NOT be encrypted" in written.err
    assert pdf.read_bytes().startswith(b"%PDF")
    fingerprint = cli("org", "show").out.split("Fingerprint")[1].split("\n")[0].strip(": \t")
    good = cli("dossier", "verify-attestation", str(pdf), "--fingerprint", fingerprint)
    assert good.code == 0, good.err
    assert "The fingerprint matches" in good.out
    other = cli("dossier", "verify-attestation", str(pdf), "--fingerprint", "AB" * 32)
    assert other.code == 6
    assert "other keys" in other.err
    flipped = bytearray(pdf.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    pdf.write_bytes(bytes(flipped))
    changed = cli("dossier", "verify-attestation", str(pdf))
    assert changed.code == 6
    assert "this PDF was changed" in changed.err
