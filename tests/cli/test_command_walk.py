"""Smoke walk: every CLI command, with and without --json, on a populated real vault.

The click tree of cli/main.py is walked, so a new command fails `test_every_command_is_walked`
until it has plausible arguments below. Each command runs through `casevault.cli.main.main`,
the same entry point and error handling as the installed `casevault` command, in this process:
a child interpreter per command (about a second each, ~120 runs) would not fit CI's budget, and
the other CLI tests already drive the child-process runner (tests/cli/runner.py). A run fails
on the generic "Something unexpected went wrong" text, on a traceback, and
on --json output that is not JSON. Refusals with a plain message (a wrong code, a missing
consent) are fine: the walk proves that every command fails in words, not that it succeeds.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import click
import pytest

from casevault.cli.main import cli as root_group
from casevault.cli.main import main
from tests.conftest import PASSPHRASE

UNEXPECTED = "Something unexpected went wrong"
NEW_PASSPHRASE = "violet anchor drifting quietly"


@dataclass
class Run:
    """One finished command."""

    argv: list[str]
    code: int
    out: str
    err: str


class InProcessCli:
    """`casevault --vault <vault> ...` through main(), with its own stdin, stdout and stderr."""

    def __init__(self, vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.vault = vault
        self._monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> Run:
        argv = ["--vault", str(self.vault), *args]
        # Real text streams over bytes, as a terminal gives: some commands read stdin.buffer.
        out, err = _text_stream(b""), _text_stream(b"")
        code = 0
        with self._monkeypatch.context() as patch:
            patch.setattr("sys.stdin", _text_stream(stdin.encode()))
            # main() runs inside this pytest worker: its start-up hardening (core-file limit 0,
            # hard limit too, non-dumpable) would stay on the worker for every later test and
            # take away the control that tests/test_process_hygiene.py needs. That file proves
            # the hardening on real child processes; the walk is about words, not limits.
            patch.setattr("casevault.cli.main.harden_process", lambda: None)
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    main(argv)
                except SystemExit as exc:
                    code = exc.code if isinstance(exc.code, int) else 1
        return Run(list(args), code, _written(out), _written(err))


def _text_stream(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8", errors="replace")


def command_paths() -> list[tuple[str, ...]]:
    """Every leaf command of the click tree, as its words (e.g. ("case", "add"))."""
    found: list[tuple[str, ...]] = []

    def walk(command: click.Command, path: tuple[str, ...]) -> None:
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, (*path, name))
        else:
            found.append(path)

    walk(root_group, ())
    return found


def has_json_option(path: tuple[str, ...]) -> bool:
    command: click.Command = root_group
    for word in path:
        assert isinstance(command, click.Group)
        command = command.commands[word]
    return any("--json" in getattr(p, "opts", ()) for p in command.params)


@dataclass
class World:
    """A populated vault (berlin) with a verified partner (paris) and files to import."""

    berlin: InProcessCli
    paris: InProcessCli
    files: Path
    ids: dict[str, str]


def _last_json(run: Run) -> object:
    assert run.code == 0, (run.argv, run.err)
    return json.loads(run.out)


def _build_world(root: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEVAULT_NEW_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("LANGUAGE", "en")
    berlin = InProcessCli(root / "berlin", monkeypatch)
    paris = InProcessCli(root / "paris", monkeypatch)
    files = root / "files"
    files.mkdir()
    for vault, name in ((berlin, "Berlin"), (paris, "Paris")):
        assert vault("init", "--org-name", name, "--kdf-floor").code == 0
    for surname, latin in (("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Попов", "Popov")):
        added_case = berlin("case", "add", "--surname", surname, "--latin-surname", latin)
        assert added_case.code == 0, added_case.err
    berlin_card = berlin("identity", "export", "--text").out.strip()
    paris_card = paris("identity", "export", "--text").out.strip()
    (files / "paris.card").write_text(paris_card)
    (files / "berlin.card").write_text(berlin_card)
    added = berlin("partner", "add", "-", stdin=paris_card)
    short_code = re.search(r"(\d{5}(?: \d{5}){9})", added.out)
    assert short_code is not None, added.err
    assert paris("partner", "add", "-", stdin=berlin_card).code == 0
    paris_id = _first(_last_json(berlin("partner", "list", "--json")))
    berlin_id = _first(_last_json(paris("partner", "list", "--json")))
    assert berlin("partner", "verify", paris_id, "--code", short_code.group(1)).code == 0
    assert paris("partner", "verify", berlin_id, "--code", short_code.group(1)).code == 0
    # A bundle from Paris, ready for Berlin to import.
    paris_case = paris("case", "add", "--surname", "Петров", "--latin-surname", "Petrov")
    paris_case_id = paris_case.out.strip().splitlines()[0]
    consent = paris("consent", "add", paris_case_id, "--partner", berlin_id, "--method", "message")
    assert consent.code == 0, consent.err
    bundle = files / "from-paris.cvb"
    exported = paris("export", "--to", berlin_id, "-o", str(bundle))
    assert exported.code == 0, exported.err
    cases = _last_json(berlin("case", "list", "--json"))
    assert isinstance(cases, list)
    case_ids = [str(c["id"]) for c in cases]
    (files / "scan.txt").write_text("a synthetic scanned page\n")
    assert berlin("attachment", "add", case_ids[0], str(files / "scan.txt")).code == 0
    attachment_id = _first(_last_json(berlin("attachment", "list", case_ids[0], "--json")))
    assert berlin("evaluator", "add", "Anna Example", "--role", "lawyer").code == 0
    evaluator_id = _first(_last_json(berlin("evaluator", "list", "--json")))
    added_evaluation = berlin(
        "evaluation",
        "add",
        case_ids[0],
        "--evaluator",
        evaluator_id,
        "--verdict",
        "cleared",
        "--confidence",
        "high",
        "--method",
        "interview",
    )
    assert added_evaluation.code == 0, added_evaluation.err
    evaluations = _last_json(berlin("evaluation", "list", "--json"))
    assert isinstance(evaluations, list)
    evaluation_id = str(evaluations[0]["evaluation"]["id"])
    # A join request from a new, empty laptop of Berlin's organisation.
    laptop = InProcessCli(root / "laptop", monkeypatch)
    assert laptop("init", "--org-name", "Berlin", "--kdf-floor").code == 0
    assert laptop("node", "request", "-o", str(files / "join.request")).code == 0
    (files / "recovery.txt").write_text("0000-0000-0000-0000\n")
    (files / "outbox").mkdir()
    (files / "inbox").mkdir()
    (files / "new-passphrase.txt").write_text(NEW_PASSPHRASE + "\n")
    (files / "duress.txt").write_text("pelican orchard lantern quietly\n")
    return World(
        berlin,
        paris,
        files,
        {
            "case": case_ids[0],
            "case2": case_ids[1],
            "case3": case_ids[2],
            "partner": paris_id,
            "attachment": attachment_id,
            "evaluation": evaluation_id,
            "evaluator": evaluator_id,
        },
    )


def _first(listing: object) -> str:
    assert isinstance(listing, list)
    assert listing
    return str(listing[0]["id"])


def _walk_table(w: World) -> list[tuple[str, ...]]:
    """Plausible arguments for every command, in an order where each finds what it needs.

    Destructive commands come last (panic last of all).
    """
    f, i = w.files, w.ids
    return [
        ("org", "show"),
        ("demo", "--cases", "2"),
        ("case", "add", "--surname", "Иванов", "--dob", "1990-02-30"),
        ("case", "add", "--surname", "Иванов", "--latin-surname", "Ivanov", "--risk", "high"),
        ("case", "edit", i["case"], "--notes", "moved to a safe flat", "--status", "screening"),
        ("case", "show", i["case"]),
        ("case", "list"),
        ("case", "list", "--status", "intake", "--sort", "surname", "--limit", "2"),
        ("case", "search", "Иванов"),
        ("case", "clearance", i["case"]),
        ("case", "duplicates", "--all"),
        ("case", "link", i["case"], i["case2"]),
        ("case", "unlink", i["case"], i["case2"]),
        ("case", "access", i["case"], "-o", str(f / "access.txt"), "--force"),
        ("timeline", "add", i["case"], "crossed the border", "--date", "2026-01-05"),
        ("timeline", "list", i["case"]),
        ("timeline", "add", i["case"], "SMS", "--kind", "summons", "--channel", "sms"),
        ("timeline", "add", i["case"], "no channel", "--kind", "summons"),  # refused in words
        ("dossier", "chronology", i["case"]),
        # An existing output: refused before any drawing (a PDF needs Qt: tests/cli/
        # test_dossier_commands.py draws one in a child process).
        ("dossier", "asylum", i["case"], "-o", str(f / "scan.txt")),
        ("dossier", "verify-attestation", str(f / "scan.txt")),  # no attestation beside it
        (
            "dossier",
            "verify-attestation",
            str(f / "scan.txt"),
            "--attestation",
            str(f / "scan.txt"),
        ),
        ("audit", "log", "--limit", "5"),
        ("audit", "verify"),
        ("evaluator", "add", "Boris Example", "--role", "doctor"),
        ("evaluator", "list"),
        (
            "evaluation",
            "add",
            i["case2"],
            "--evaluator",
            i["evaluator"],
            "--verdict",
            "inconclusive",
        ),
        ("evaluation", "edit", i["evaluation"], "--notes", "documents seen"),
        ("evaluation", "list", "--case", i["case"]),
        ("evaluation", "show", i["evaluation"]),
        ("evaluation", "finalise", i["evaluation"], "--yes"),
        ("evaluation", "supersede", i["evaluation"], "--notes", "second look"),
        ("evaluation", "delete", i["evaluation"]),
        ("evaluation", "verify"),
        ("evaluation", "policy"),
        ("evaluation", "policy", "--threshold", "2"),
        ("identity", "export", "-o", str(f / "ours.card")),
        ("identity", "export", "--text", "--kind", "shelter", "--country", "DE"),
        ("partner", "list"),
        ("partner", "show", i["partner"]),
        ("partner", "verify", i["partner"], "--code", "12345"),
        ("partner", "add", str(f / "paris.card")),
        ("profile", "list"),
        ("profile", "create", "lawyers", "--field", "surname", "--field", "status"),
        ("profile", "assign", i["partner"], "lawyers"),
        ("consent", "add", i["case"], "--partner", i["partner"], "--method", "message"),
        ("consent", "list", i["case"], "--partner", i["partner"]),
        ("consent", "withdraw", i["case2"], "--partner", i["partner"], "--method", "message"),
        ("export", "--to", i["partner"], "--dry-run"),
        ("export", "--to", i["partner"], "--case", i["case"], "-o", str(f / "out.cvb")),
        ("export", "--to", i["partner"], "--case", i["case"], "--armor", "-o", str(f / "o.asc")),
        ("import", str(f / "from-paris.cvb"), "--preview-only"),
        ("import", str(f / "from-paris.cvb"), "--yes"),
        ("import", str(f / "from-paris.cvb"), "--yes"),  # a replay: refused in words
        ("import", str(f / "scan.txt"), "--yes"),  # not a bundle
        ("conflict", "list"),
        ("conflict", "resolve", i["case"], "surname", "--pick", "1"),
        ("attachment", "list", i["case"]),
        ("attachment", "export", i["attachment"], "-o", str(f / "scan-out.txt"), "--yes"),
        ("attachment", "add", i["case2"], str(f / "scan.txt")),
        ("attachment", "add", i["case2"], str(f / "scan.txt"), "--received-on", "2026-10-03"),
        ("attachment", "derive", i["attachment"], str(f / "scan.txt"), "--how", "cropped"),
        ("attachment", "examine", i["attachment"], "--evaluator", i["evaluator"]),
        (
            "attachment",
            "examine",
            i["attachment"],
            "--evaluator",
            i["evaluator"],
            "--result",
            "anomalies",
            "--yes",
        ),
        ("attachment", "show", i["attachment"]),
        ("attachment", "delete", i["attachment"]),
        ("node", "list"),
        ("node", "status"),
        ("node", "enrol", str(f / "join.request"), "-o", str(f / "enrol.cvb"), "--code", "1"),
        ("node", "accept", str(f / "out.cvb"), "--org-card", str(f / "paris.card"), "--code", "1"),
        ("node", "request", "-o", str(f / "another.request")),
        ("node", "remove", "no-such-node", "--yes"),
        ("sync", "export", "-o", str(f / "sync.cvb")),
        ("transport", "set", i["partner"], "--outbox", str(f / "outbox"), "--inbox", str(f / "in")),
        (
            "transport",
            "set",
            i["partner"],
            "--outbox",
            str(f / "outbox"),
            "--inbox",
            str(f / "inbox"),
        ),
        ("transport", "show"),
        ("transport", "send", i["partner"]),
        ("transport", "run", "--settle", "0"),
        ("transport", "pending"),
        ("transport", "history"),
        ("transport", "accept", "no-such-file", "--yes"),
        ("transport", "reject", "no-such-file", "--yes"),
        ("transport", "clear", i["partner"]),
        ("case", "merge", i["case"], i["case3"]),
        ("case", "unmerge", i["case3"]),
        ("case", "delete", i["case2"]),
        ("case", "restore", i["case2"]),
        ("case", "erase", i["case2"], "--confirm", "not-the-id"),
        ("case", "erase", i["case2"], "--confirm", i["case2"]),
        ("compact",),
        ("check",),
        ("duress", "set", "--duress-passphrase-file", str(f / "duress.txt")),
        ("duress", "off"),
        ("start", "--no-gui"),
        ("identity", "announce", "-o", str(f / "announce.cvb")),
        ("identity", "rotate", "--yes"),
        ("identity", "announce", "-o", str(f / "announce.cvb"), "--to", i["partner"]),
        ("identity", "revoke", "--confirm", "no"),
        ("partner", "revoke", i["partner"], "--yes"),
        ("recovery-code", "new"),
        ("recover", "--recovery-code-file", str(f / "recovery.txt")),
        ("passphrase", "change", "--new-passphrase-file", str(f / "new-passphrase.txt")),
        ("rekey", "--new-passphrase-file", str(f / "new-passphrase.txt")),
        ("init", "--org-name", "Again", "--kdf-floor"),
        ("node", "drop-org-keys", "--yes"),  # late: what follows needs no organisation keys
        ("panic", "--confirm", "no"),
        ("panic", "--confirm", "DESTROY"),
        ("org", "show"),  # after panic: a destroyed vault, in words
    ]


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    return _build_world(tmp_path, monkeypatch)


def _problems(run: Run, as_json: bool) -> list[str]:
    found = []
    text = run.out + run.err
    if UNEXPECTED in text:
        found.append(f"{run.argv}: {run.err.strip()}")
    if "Traceback" in text:
        found.append(f"{run.argv}: traceback")
    if as_json and run.code == 0 and "-o" not in run.argv:  # with -o, the JSON goes to the file
        try:
            json.loads(run.out)
        except ValueError:
            found.append(f"{run.argv}: --json output is not JSON: {run.out[:80]!r}")
    return found


def test_every_command_is_walked(tmp_path: Path) -> None:
    placeholder = World(InProcessCli(tmp_path, pytest.MonkeyPatch()), None, tmp_path, {})  # type: ignore[arg-type]
    placeholder.ids = dict.fromkeys(
        ("case", "case2", "case3", "partner", "attachment", "evaluation", "evaluator"), "x"
    )
    walked = {
        tuple(w for w in argv if not w.startswith("-"))[:2] for argv in _walk_table(placeholder)
    }
    for path in command_paths():
        assert any(path == tuple(words[: len(path)]) for words in walked), f"{path} is not walked"


def test_every_command_answers_in_words(world: World) -> None:
    problems: list[str] = []
    for argv in _walk_table(world):
        path = tuple(w for w in argv if not w.startswith("-"))
        runs = [(world.berlin(*argv), False)]
        if any(has_json_option(path[:n]) for n in (1, 2) if _is_command(path[:n])):
            runs.append((world.berlin(*argv, "--json"), True))
        for run, as_json in runs:
            problems.extend(_problems(run, as_json))
    assert not problems, "\n".join(problems)


def _is_command(path: tuple[str, ...]) -> bool:
    command: click.Command = root_group
    for word in path:
        if not isinstance(command, click.Group) or word not in command.commands:
            return False
        command = command.commands[word]
    return not isinstance(command, click.Group)
