"""`casevault attachment add --received-from/--received-on|derive|examine|show` on a real vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from casevault.cli.main import cli
from casevault.cli.messages import describe

PASSPHRASE = "correct horse battery staple"
Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """Run the CLI against a fresh vault (Argon2id at its floor)."""
    vault = tmp_path / "vault"
    runner = CliRunner()
    env = {"CASEVAULT_PASSPHRASE": PASSPHRASE, "LANGUAGE": "en"}

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(cli, ["--vault", str(vault), *args], env=env, input=input)

    assert invoke("init", "--org-name", "Test Org", "--kdf-floor").exit_code == 0
    return invoke


def _ok(result: Result) -> str:
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output.strip()


def test_provenance_derivation_and_a_signed_note(run: Run, tmp_path: Path) -> None:
    scan = tmp_path / "summons.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\nsynthetic summons")
    crop = tmp_path / "crop.png"
    crop.write_bytes(b"\x89PNG\r\n\x1a\ncrop")
    case_id = _ok(run("case", "add", "--surname", "Petrov", "--given", "Oleg")).splitlines()[-1]
    added = run(
        "attachment",
        "add",
        case_id,
        str(scan),
        "--received-from",
        "the man himself, by Signal",
        "--received-on",
        "2026-10-03",
    )
    attachment_id = _ok(added).splitlines()[0]
    derived_id = _ok(run("attachment", "derive", attachment_id[:8], str(crop), "--how", "crop"))
    evaluator_id = _ok(run("evaluator", "add", "Evaluator A", "--role", "examiner"))
    refused = run(
        "attachment",
        "examine",
        attachment_id,
        "--evaluator",
        evaluator_id,
        "--result",
        "anomalies",
        "--yes",
    )
    assert refused.exit_code != 0
    assert describe(refused.exception) is not None  # in words: anomalies must be described
    note_id = _ok(
        run(
            "attachment",
            "examine",
            attachment_id,
            "--evaluator",
            evaluator_id,
            "--result",
            "anomalies",
            "--text",
            "the date was typed in later",
            "--on",
            "2026-11-02",
            "--yes",
        )
    )
    shown = _ok(run("attachment", "show", attachment_id))
    assert "Received from: the man himself, by Signal" in shown
    assert "Received on: 2026-10-03" in shown
    assert f"Derived copy: {derived_id[:8]}" in shown
    assert "Examined on 2026-11-02 by Evaluator A (Test Org): ANOMALIES" in shown
    assert "the date was typed in later" in shown
    assert "signature verified" in shown
    as_json = json.loads(_ok(run("attachment", "show", attachment_id, "--json")))
    assert as_json["notes"][0]["id"] == note_id
    assert as_json["notes"][0]["verified"] is True
    assert as_json["attachment"]["received_on"] == "2026-10-03"
    copy = _ok(run("attachment", "show", derived_id))
    assert f"Derived from {attachment_id[:8]} (held here): crop" in copy
    bad_date = run("attachment", "add", case_id, str(scan), "--received-on", "03.10.2026")
    assert bad_date.exit_code != 0  # English shows and takes ISO only (cli/date_input.py)
    known = describe(bad_date.exception) if bad_date.exception else None
    assert known is not None
    assert "date received: write the date as YYYY-MM-DD" in known[0]
