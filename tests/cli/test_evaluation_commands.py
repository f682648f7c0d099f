"""`casevault evaluator|evaluation ...` and `case clearance`, through click on a real vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from casevault.cli import evaluation_commands
from casevault.cli.main import cli
from casevault.cli.messages import EXIT_DAMAGED, EXIT_INVALID_INPUT, describe

PASSPHRASE = "correct horse battery staple"
Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """Run the CLI against a fresh vault (Argon2id at its floor)."""
    vault = tmp_path / "vault"
    runner = CliRunner()
    env = {"CASEVAULT_PASSPHRASE": PASSPHRASE}

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(cli, ["--vault", str(vault), *args], env=env, input=input)

    created = invoke("init", "--org-name", "Test Org", "--kdf-floor")
    assert created.exit_code == 0, created.output
    return invoke


def _error(result: Result) -> tuple[str, int]:
    """The message and exit code `casevault` (cli.main.main) would give for a failed command."""
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    described = describe(result.exception)
    assert described is not None, repr(result.exception)
    return described


def _ok(result: Result) -> str:
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output.strip()


CLEARED = (
    "--method",
    "interview",
    "--check",
    "civilian_harm=checked",
    "--check-note",
    "civilian_harm=No sign of it",
    "--verdict",
    "cleared",
    "--confidence",
    "high",
)


def test_two_evaluations_clear_a_case_and_clearance_explains(run: Run) -> None:
    case_id = _ok(run("case", "add", "--surname", "Тестов", "--status", "screening"))
    a = _ok(run("evaluator", "add", "Evaluator A", "--role", "screener"))
    b = _ok(run("evaluator", "add", "Evaluator B"))
    listed = json.loads(_ok(run("evaluator", "list", "--json")))
    assert [e["name"] for e in listed] == ["Evaluator A", "Evaluator B"]

    first = _ok(run("evaluation", "add", case_id[:8], "--evaluator", a[:8], *CLEARED))
    _ok(run("evaluation", "finalise", first[:8], "--yes"))
    second = _ok(
        run(
            "evaluation",
            "add",
            case_id,
            "--evaluator",
            b,
            "--verdict",
            "inconclusive",
            "--confidence",
            "low",
        )
    )

    text = _ok(run("case", "clearance", case_id[:8]))
    assert "not cleared yet" in text
    assert "1 of 2" in text
    assert f"Evaluator B's evaluation ({second[:8]}) is a draft" in text

    _ok(run("evaluation", "edit", second, *CLEARED))
    _ok(run("evaluation", "finalise", second, "--yes"))
    report = json.loads(_ok(run("case", "clearance", case_id, "--json")))
    assert report["cleared"] is True
    assert report["state"] == "cleared"
    assert "is cleared" in _ok(run("case", "clearance", case_id))

    shown = json.loads(_ok(run("evaluation", "show", first[:8], "--json")))
    assert shown["state"] == "finalised"
    assert shown["signature"]["signer_key_fingerprint"]
    assert shown["evaluation"]["checklist"]["civilian_harm"]["note"] == "No sign of it"
    assert "No sign of it" in _ok(run("evaluation", "show", first))
    rows = json.loads(_ok(run("evaluation", "list", "--case", case_id, "--json")))
    assert {r["evaluation"]["id"] for r in rows} == {first, second}
    assert "All 2 signed evaluations check out." in _ok(run("evaluation", "verify"))
    actions = [e["action"] for e in json.loads(_ok(run("audit", "log", "--json")))]
    assert actions.count("evaluation.finalise") == 2


def test_finalised_evaluation_is_refused_edit_and_delete_but_can_be_superseded(run: Run) -> None:
    case_id = _ok(run("case", "add", "--surname", "Тестов"))
    a = _ok(run("evaluator", "add", "Evaluator A"))
    first = _ok(
        run(
            "evaluation",
            "add",
            case_id,
            "--evaluator",
            a,
            "--method",
            "documents",
            "--verdict",
            "not_cleared",
            "--confidence",
            "medium",
        )
    )
    _ok(run("evaluation", "finalise", first, "--yes"))

    message, code = _error(run("evaluation", "edit", first, "--notes", "changed"))
    assert (code, "signed and final" in message) == (EXIT_INVALID_INPUT, True)
    message, code = _error(run("evaluation", "delete", first))
    assert (code, "evaluation supersede" in message) == (EXIT_INVALID_INPUT, True)
    assert "says 'not cleared'" in _ok(run("case", "clearance", case_id))

    out = run("evaluation", "supersede", first, *CLEARED)
    assert out.exit_code == 0
    correction = out.stdout.strip()
    _ok(run("evaluation", "finalise", correction, "--yes"))
    table = _ok(run("evaluation", "list"))
    assert f"superseded by {correction[:8]}" in table
    text = _ok(run("case", "clearance", case_id))
    assert "was corrected by" in text
    assert "1 of 2" in text


def test_drafts_can_be_deleted(run: Run) -> None:
    case_id = _ok(run("case", "add", "--surname", "Тестов"))
    a = _ok(run("evaluator", "add", "Evaluator A"))
    draft = _ok(
        run(
            "evaluation",
            "add",
            case_id,
            "--evaluator",
            a,
            "--verdict",
            "cleared",
            "--confidence",
            "low",
        )
    )
    _ok(run("evaluation", "delete", draft[:8]))
    assert _ok(run("evaluation", "list")) == "No evaluations."


def test_finalise_asks_on_a_terminal_and_needs_yes_otherwise(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _ok(run("case", "add", "--surname", "Тестов"))
    a = _ok(run("evaluator", "add", "Evaluator A"))
    draft = _ok(run("evaluation", "add", case_id, "--evaluator", a, *CLEARED))
    assert run("evaluation", "finalise", draft).exit_code != 0  # not a terminal, no --yes
    monkeypatch.setattr(evaluation_commands, "_interactive", lambda: True)
    declined = run("evaluation", "finalise", draft, input="n\n")
    assert "cannot be changed afterwards" in declined.output
    assert declined.exit_code != 0
    assert json.loads(_ok(run("evaluation", "show", draft, "--json")))["state"] == "draft"
    _ok(run("evaluation", "finalise", draft, input="y\n"))
    assert json.loads(_ok(run("evaluation", "show", draft, "--json")))["state"] == "finalised"


def test_incomplete_evaluation_is_not_signed(run: Run) -> None:
    case_id = _ok(run("case", "add", "--surname", "Тестов"))
    a = _ok(run("evaluator", "add", "Evaluator A"))
    draft = _ok(
        run(
            "evaluation",
            "add",
            case_id,
            "--evaluator",
            a,
            "--method",
            "interview",
            "--verdict",
            "cleared",
            "--confidence",
            "high",
        )
    )
    message, code = _error(run("evaluation", "finalise", draft, "--yes"))
    assert code == EXIT_INVALID_INPUT
    assert "civilian-operations check" in message


def test_policy_threshold_never_below_two_and_cleared_status_refused(run: Run) -> None:
    assert json.loads(_ok(run("evaluation", "policy", "--json")))["threshold"] == 2
    message, code = _error(run("evaluation", "policy", "--threshold", "1"))
    assert (code, message) == (
        EXIT_INVALID_INPUT,
        "A case always needs at least 2 independent evaluations.",
    )
    _ok(run("evaluation", "policy", "--threshold", "3", "--two-organisations"))
    policy = json.loads(_ok(run("evaluation", "policy", "--json")))
    assert policy == {"threshold": 3, "require_two_organisations": True}
    case_id = _ok(run("case", "add", "--surname", "Тестов"))
    refused = run("case", "edit", case_id, "--status", "cleared")
    assert refused.exit_code != 0
    assert "Evaluators from at least 2 organisations" in _ok(run("case", "clearance", case_id))


def test_verify_exits_damaged_when_a_signature_no_longer_matches(run: Run, tmp_path: Path) -> None:
    from casevault.services.vaults import open_vault

    case_id = _ok(run("case", "add", "--surname", "Тестов"))
    a = _ok(run("evaluator", "add", "Evaluator A"))
    evaluation = _ok(run("evaluation", "add", case_id, "--evaluator", a, *CLEARED))
    _ok(run("evaluation", "finalise", evaluation, "--yes"))
    with open_vault(tmp_path / "vault", PASSPHRASE) as session, session.vault.transaction() as conn:
        conn.execute("DROP TRIGGER evaluations_finalised_no_update")
        conn.execute(
            "UPDATE evaluations SET payload = CAST(replace(CAST(payload AS TEXT),"
            " 'No sign of it', 'No sign of It') AS BLOB) WHERE id = ?",
            (evaluation,),
        )
    result = run("evaluation", "verify")
    assert result.exit_code == EXIT_DAMAGED
    assert evaluation in result.output
    assert "no longer match the signatures" in result.output
    assert json.loads(run("evaluation", "verify", "--json").output)["intact"] is False


# ---- trust: partners' claims and untrusted signers ------------------------------------------


def _cli_on(vault: Path) -> Run:
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(
            cli, ["--vault", str(vault), *args], env={"CASEVAULT_PASSPHRASE": PASSPHRASE}
        )

    return invoke


def test_supersede_works_where_an_old_import_stored_a_partners_claim(tmp_path: Path) -> None:
    from tests.support.orgs import export_bytes, import_bytes, introduce, make_org
    from tests.support.screening import (
        hostile_correction,
        new_case,
        signed_evaluation,
        store_as_the_old_import_did,
    )

    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    introduce(berlin, paris)
    case_id = new_case(berlin)
    ours = signed_evaluation(berlin, case_id, "Evaluator A", "not_cleared")
    import_bytes(paris, export_bytes(berlin, paris))
    forged = hostile_correction(paris, case_id, ours)
    store_as_the_old_import_did(paris, berlin, forged)
    for org in (berlin, paris):
        org.session.close()
    run = _cli_on(tmp_path / "berlin")
    correction = _ok(run("evaluation", "supersede", str(ours), *CLEARED)).splitlines()[0]
    _ok(run("evaluation", "finalise", correction, "--yes"))
    shown = json.loads(_ok(run("evaluation", "show", str(ours), "--json")))
    assert shown["superseded_by"] == correction
    assert json.loads(_ok(run("evaluation", "show", str(forged), "--json")))["state"] == "finalised"


def test_verify_and_clearance_name_an_unverified_partners_evaluation(tmp_path: Path) -> None:
    from tests.support.orgs import export_bytes, import_bytes, introduce, make_org
    from tests.support.screening import new_case, signed_evaluation

    berlin, paris, yerevan = (make_org(tmp_path, n) for n in ("berlin", "paris", "yerevan"))
    introduce(berlin, paris)
    introduce(paris, yerevan)
    introduce(berlin, yerevan, verify=False)
    case_id = new_case(berlin)
    by_berlin = signed_evaluation(berlin, case_id, "Evaluator A")
    import_bytes(paris, export_bytes(berlin, paris))
    signed_evaluation(paris, case_id, "Evaluator B")
    import_bytes(yerevan, export_bytes(paris, yerevan))
    for org in (berlin, paris, yerevan):
        org.session.close()
    run = _cli_on(tmp_path / "yerevan")
    verified = _ok(run("evaluation", "verify"))
    assert (
        f"Evaluation {by_berlin} (case {case_id[:8]}): signature valid; not counted: signed by "
        "berlin, not verified by short code or fingerprint." in verified
    )
    assert "All 2 signed evaluations check out." in verified
    as_json = json.loads(_ok(run("evaluation", "verify", "--json")))
    assert [(u["evaluation_id"], u["standing"]) for u in as_json["not_counted"]] == [
        (str(by_berlin), "unverified")
    ]
    clearance = _ok(run("case", "clearance", case_id))
    assert "1 of 2 independent evaluations say 'cleared'." in clearance
    assert f"The evaluation {str(by_berlin)[:8]} does not count: signed by berlin" in clearance
