"""Every value the CLI prints is in the user's language: no library's English reason for a
rejected input, no ISO "T" in times, no click word left in English.

Runs the real `casevault` in a child process. In Russian and French, the texts added with this
check must be translated before the click and field sentences read fully in the language: until
the translation pass, the checks that need a catalog entry say which English words remain.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

LANGUAGES = ["ru", "fr"]
# Words of pydantic's messages (and of the sentences lower layers used to pass up as-is).
PYDANTIC_ENGLISH = (
    "Input should",
    "Extra inputs",
    "not permitted",
    "Field required",
    "String should",
    "should have at most",
    "Value error",
    "value is not a valid",
    "valid date",
    "not a date",
    "must be between",
    "unknown field",
    "literal_error",
    "extra_forbidden",
)
# click's own words, which must come through the catalog.
CLICK_ENGLISH = (
    "Usage:",
    "Options:",
    "Show this message and exit.",
    "[required]",
    "Error:",
    "Missing option",
    "Invalid value for",
    "No such option",
    "Try '",
    "for help",
    "[OPTIONS]",
    "is not one of",
    "Did you mean",
)


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    runner = Cli(tmp_path_factory.mktemp("plain"), PASSPHRASE)
    assert runner("init", "--org-name", "Test", "--kdf-floor").code == 0
    return runner


def _json_file(cli: Cli, name: str, value: object) -> str:
    path = cli.tmp / name
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def _bad_inputs(cli: Cli) -> list[list[str]]:
    return [
        ["case", "add", "--json", _json_file(cli, "extra.json", {"bogus_field": 1})],
        ["case", "add", "--json", _json_file(cli, "long.json", {"unit": "x" * 500})],
        ["case", "add", "--json", _json_file(cli, "date.json", {"date_of_birth": "1990-13-01"})],
        ["case", "add", "--json", _json_file(cli, "enum.json", {"status": "somewhere"})],
        ["case", "add", "--json", _json_file(cli, "type.json", {"tags": "not-a-list"})],
        ["case", "add", "--surname", "Petrov", "--dob", "1990-02-31"],
        ["case", "add", "--surname", "Petrov", "--country", "Kazakhstan"],
        ["case", "add", "--surname", "Petrov\u202e"],
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_rejected_input_carries_no_english_from_below(cli: Cli, language: str) -> None:
    for args in _bad_inputs(cli):
        run = cli("--lang", language, *args)
        assert run.code == 7, (args, run.err)
        found = [words for words in PYDANTIC_ENGLISH if words in run.err]
        assert not found, f"{args}: {found} in {run.err!r}"


def test_rejected_fields_are_named_in_words_with_their_bound(cli: Cli) -> None:
    errors = [cli("--lang", "en", *args).err for args in _bad_inputs(cli)]
    assert "'bogus_field' is not a field CaseVault knows" in errors[0]
    assert "Invalid value for military unit: too long (the most allowed is 200)" in errors[1]
    assert "Invalid value for date of birth: write the date as YYYY-MM-DD" in errors[2]
    assert "Invalid value for status: not one of the accepted values: intake," in errors[3]
    assert "Invalid value for tags: it must be a list" in errors[4]
    assert "Invalid value for date of birth" in errors[5]
    assert "Invalid value for country: not in the expected form" in errors[6]
    assert "invisible control characters" in errors[7]


_ISO_T = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_SHOWN = {
    "en": re.compile(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b"),
    "ru": re.compile(r"\b\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\b"),
    "fr": re.compile(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b"),
}
_BORN = {"en": "1993-09-18", "ru": "18.09.1993", "fr": "18/09/1993"}


@pytest.fixture(scope="module")
def case_id(cli: Cli) -> str:
    run = cli("case", "add", "--surname", "Жданов", "--dob", "1993-09-18")
    assert run.code == 0, run.err
    return run.out.strip()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_times_are_shown_in_the_users_form(cli: Cli, case_id: str, language: str) -> None:
    env = {"TZ": "UTC"}
    shown = cli("--lang", language, "case", "show", case_id, env=env)
    audit = cli("--lang", language, "audit", "log", env=env)
    listed = cli("--lang", language, "case", "list", env=env)
    for run in (shown, audit, listed):
        assert run.code == 0, run.err
        assert not _ISO_T.search(run.out), run.out
    assert _SHOWN[language].search(shown.out), shown.out
    assert _SHOWN[language].search(audit.out), audit.out
    assert _BORN[language] in listed.out


def test_machine_output_keeps_iso(cli: Cli, case_id: str) -> None:
    run = cli("--lang", "ru", "case", "show", case_id, "--json")
    assert run.code == 0, run.err
    assert _ISO_T.search(run.out)
    assert '"1993-09-18"' in run.out


@pytest.mark.parametrize("language", LANGUAGES)
def test_click_speaks_the_language(cli: Cli, language: str) -> None:
    runs = [
        cli("--lang", language, "case", "show", "--help"),
        cli("--lang", language, "init", "--help"),
        cli("--lang", language, "init"),  # a missing option
        cli("--lang", language, "case", "add", "--surnam", "X"),  # an unknown option
        cli("--lang", language, "case", "add", "--risk", "extreme"),  # a bad choice
    ]
    assert [run.code for run in runs] == [0, 0, 2, 2, 2]
    for run in runs:
        text = run.out + run.err
        # "Options" is also the French word (click adds the colon itself).
        found = [w for w in CLICK_ENGLISH if w in text and (language, w) != ("fr", "Options:")]
        assert not found, f"{found} in {text!r}"


def test_help_placeholders_follow_the_tree(cli: Cli) -> None:
    # In English the translated placeholders are click's own, optional arguments bracketed.
    run = cli("--lang", "en", "case", "show", "--help")
    assert "Usage: casevault case show [OPTIONS] CASE_ID" in run.out
    run = cli("--lang", "en", "case", "add", "--help")
    assert "--json FILE" in run.out
    assert "--risk [low|medium|high|critical]" in run.out
