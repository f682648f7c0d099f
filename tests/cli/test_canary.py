"""No plaintext on disk: a canary in every text field, every command run, every file scanned."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

LATIN_CANARY = "zqxcanary7f3"
CYRILLIC_CANARY = "Жщфканарейка"


def _scan(root: Path) -> list[str]:
    needles = []
    for canary in (LATIN_CANARY, CYRILLIC_CANARY):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.append(canary.encode(encoding))
            needles.append(canary.lower().encode(encoding))
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits.extend(f"{path}: {needle!r}" for needle in needles if needle in data)
    return hits


def test_no_canary_in_any_file(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    init = cli("init", "--org-name", f"Org {LATIN_CANARY}", "--kdf-floor")
    assert init.code == 0, init.err
    code = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", init.out)
    assert code is not None
    c, lat = CYRILLIC_CANARY, LATIN_CANARY
    added = cli(
        "case",
        "add",
        "--surname",
        c,
        "--given",
        c,
        "--patronymic",
        c,
        "--latin-surname",
        lat,
        "--latin-given",
        lat,
        "--latin-patronymic",
        lat,
        "--alias",
        f"{lat} alias",
        "--birthplace",
        c,
        "--unit",
        lat,
        "--rank",
        c,
        "--callup-proof",
        lat,
        "--city",
        c,
        "--contact",
        f"Signal {lat}",
        "--caseworker",
        lat,
        "--tag",
        lat,
        "--notes",
        f"notes {c} {lat}",
        "--dob",
        "1990-05-05",
        "--country",
        "KZ",
    )
    assert added.code == 0, added.err
    case_id = added.out.strip()
    json_case = tmp_path / "in" / "case.json"
    json_case.parent.mkdir()
    json_case.write_text(json.dumps({"notes": "plain json case"}))
    commands = [
        ("case", "add", "--json", str(json_case)),
        ("case", "edit", case_id, "--notes", f"edited {c}", "--status", "screening"),
        ("case", "show", case_id),
        ("case", "show", case_id, "--json"),
        ("case", "list"),
        ("case", "list", "--json", "--tag", lat),
        ("case", "search", c),
        ("case", "search", lat, "--json"),
        ("timeline", "add", case_id, f"event {c} {lat}", "--date", "2026-01-02"),
        ("timeline", "list", case_id),
        ("audit", "log"),
        ("audit", "log", "--json"),
        ("audit", "verify"),
        ("org", "show"),
        ("case", "delete", case_id),
        ("case", "restore", case_id),
        ("start", "--no-gui"),
    ]
    for args in commands:
        run = cli(*args)
        assert run.code == 0, (args, run.err)
    assert c in cli("case", "show", case_id).out
    new = "another passphrase 2"
    assert cli("passphrase", "change", env={"CASEVAULT_NEW_PASSPHRASE": new}).code == 0
    recovered = cli(
        "recover",
        env={"CASEVAULT_RECOVERY_CODE": code.group(1), "CASEVAULT_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert recovered.code == 0, recovered.err
    assert cli("case", "show", case_id).code == 0
    db = (cli.vault / "vault.db").read_bytes()
    assert not db.startswith(b"SQLite format 3")
    hits = _scan(tmp_path / "vault") + _scan(cli.home) + _scan(cli.tmp)
    assert hits == []
