"""`consent`, `case access` and `case erase` through the real `casevault` command."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

MARKER = "Rightscanary4q"


def test_consent_access_and_erase(tmp_path: Path) -> None:
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "Org", "--kdf-floor").code == 0
    added = cli("case", "add", "--latin-surname", MARKER, "--notes", f"notes {MARKER}")
    assert added.code == 0, added.err
    case_id = added.out.strip()

    # Consent: a statement with a witness, a refusal of every authority, the history.
    oral = cli(
        "consent",
        "add",
        case_id[:8],
        "--kind",
        "lawyer",
        "--method",
        "oral_witnessed",
        "--witness",
        "Anna K.",
        "--given",
        "2024-03-01",
        "--json",
    )
    assert oral.code == 0, oral.err
    assert json.loads(oral.out)["witness"] == "Anna K."
    no_witness = cli("consent", "add", case_id, "--kind", "lawyer", "--method", "oral_witnessed")
    assert no_witness.code == 7
    assert "witness" in no_witness.err
    assert "Traceback" not in no_witness.err
    withdrawn = cli("consent", "withdraw", case_id, "--kind", "authority", "--method", "message")
    assert withdrawn.code == 0, withdrawn.err
    listed = cli("consent", "list", case_id, "--json")
    assert [r["action"] for r in json.loads(listed.out)["records"]] == ["grant", "withdraw"]
    table = cli("consent", "list", case_id)
    assert "every lawyer" in table.out
    assert "oral_witnessed" in table.out

    # Subject access: only to a named file, after a warning; never over a file without --force.
    report = tmp_path / "out" / "access.md"
    report.parent.mkdir()
    access = cli("case", "access", case_id, "-o", str(report))
    assert access.code == 0, access.err
    assert "PLAIN TEXT" in access.err
    assert MARKER not in access.out
    text = report.read_text(encoding="utf-8")
    assert MARKER in text
    assert "Anna K." in text
    assert "Case created" in text  # the audit log in words
    assert report.stat().st_mode & 0o077 == 0
    again = cli("case", "access", case_id, "-o", str(report), "--json")
    assert again.code != 0
    assert "--force" in again.err
    assert report.read_text(encoding="utf-8") == text
    forced = cli("case", "access", case_id, "-o", str(report), "--json", "--force")
    assert forced.code == 0, forced.err
    assert json.loads(report.read_text(encoding="utf-8"))["case"]["id"] == case_id

    # Erasure: the full id, again; nothing happens otherwise.
    unconfirmed = cli("case", "erase", case_id)
    assert unconfirmed.code != 0
    assert "--confirm" in unconfirmed.err
    wrong = cli("case", "erase", case_id, "--confirm", case_id[:8])
    assert wrong.code == 7
    assert "Nothing was erased" in wrong.err
    erased = cli("case", "erase", case_id[:8], "--confirm", case_id)
    assert erased.code == 0, erased.err
    assert "erased for good" in erased.out
    assert cli("case", "show", case_id).code == 8
    verify = cli("audit", "verify")
    assert verify.code == 0, verify.err


CLEARED = (
    "--method", "interview", "--check", "civilian_harm=checked", "--verdict", "cleared",
    "--confidence", "high",
)  # fmt: skip


def test_the_access_copy_speaks_the_users_language_not_codes(tmp_path: Path) -> None:
    """He or his lawyer reads it: fields by their labels, words for codes, dates in his form;
    ids, hashes and the signed evaluation stay as evidence."""
    cli = Cli(tmp_path, PASSPHRASE)
    assert cli("init", "--org-name", "Org", "--kdf-floor").code == 0
    case_id = cli(
        "case", "add", "--surname", "Жданов", "--given", "Иван", "--dob", "1993-09-18",
        "--risk", "critical",
    ).out.strip()  # fmt: skip
    consent = cli(
        "consent", "add", case_id, "--kind", "lawyer", "--method", "oral_witnessed",
        "--witness", "Anna K.",
    )  # fmt: skip
    assert consent.code == 0, consent.err
    evaluator = cli("evaluator", "add", "Evaluator A").out.strip()
    evaluation = cli("evaluation", "add", case_id[:8], "--evaluator", evaluator[:8], *CLEARED)
    assert evaluation.code == 0, evaluation.err
    assert cli("evaluation", "finalise", evaluation.out.strip()[:8], "--yes").code == 0
    out = tmp_path / "access.md"
    access = cli("--lang", "ru", "case", "access", case_id, "-o", str(out))
    assert access.code == 0, access.err
    text = out.read_text(encoding="utf-8")
    assert "Дата рождения" in text
    assert "18.09.1993" in text
    assert "Жданов Иван" in text
    for code in ("name_cyrillic", "date_of_birth", "finalised", "oral_witnessed", "grant"):
        assert code not in text, code
    signed = text[text.find("```json") : text.rfind("```")]
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", text.replace(signed, ""))
    case_part = text.split("\n## ")[1]
    assert "critical" not in case_part
    assert case_id in text
    assert evaluation.out.strip() in text
    assert '"verdict": "cleared"' in text
    assert "Anna K." in text
