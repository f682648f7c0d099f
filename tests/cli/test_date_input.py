"""Dates typed at the CLI (cli/date_input.py): ISO in every language, and the form the CLI shows
in Russian (18.09.1993) and French (18/09/1993); English takes ISO only. An impossible or
unreadable date is refused in plain words naming the accepted forms. JSON files stay ISO-only.

The command tests run the real `casevault` in a child process (tests/cli/runner.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest

from casevault.cli import i18n
from casevault.cli.date_input import read_date
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem
from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

SHOWN = {"en": "1993-09-18", "ru": "18.09.1993", "fr": "18/09/1993"}
IMPOSSIBLE = {"en": "2026-02-31", "ru": "31.02.2026", "fr": "31/02/2026"}
# Words a library would use for a bad date (Python's ValueError, pydantic's msg).
LIBRARY_ENGLISH = ("out of range", "Invalid isoformat", "Input should", "valid date", "Traceback")


# ---- the parser, in this process ----------------------------------------------------------


@pytest.fixture
def restore_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LANGUAGE", "en")  # use_language sets it; monkeypatch puts it back
    saved = i18n._translation
    yield
    i18n._translation = saved


@pytest.mark.parametrize(
    ("language", "typed", "day"),
    [
        ("en", "1993-09-18", dt.date(1993, 9, 18)),
        ("ru", "1993-09-18", dt.date(1993, 9, 18)),
        ("fr", "1993-09-18", dt.date(1993, 9, 18)),
        ("ru", "18.09.1993", dt.date(1993, 9, 18)),
        ("ru", " 8.9.1993 ", dt.date(1993, 9, 8)),
        ("fr", "18/09/1993", dt.date(1993, 9, 18)),
        ("fr", "29/2/2024", dt.date(2024, 2, 29)),
    ],
)
def test_read_date_takes_iso_and_the_shown_form(
    restore_language: None, language: str, typed: str, day: dt.date
) -> None:
    i18n.use_language(language)
    assert read_date(typed, "date") == day


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "18.09.1993"),  # English shows ISO and takes only ISO: never 09/18 or 18/09
        ("en", "18/09/1993"),
        ("en", "09/18/1993"),
        ("ru", "18/09/1993"),  # another language's form
        ("fr", "18.09.1993"),
        ("ru", "31.02.2026"),  # the right form, but no such day
        ("fr", "29/02/2026"),
        ("ru", "2026-02-30"),
        ("ru", "19930918"),  # ISO's basic and week forms are not typed by people
        ("ru", "1993-W38-6"),
        ("ru", "18.09.93"),
        ("ru", "١٨.٠٩.١٩٩٣"),  # only ASCII digits
        ("ru", ""),
    ],
)
def test_read_date_refuses_other_text_with_a_problem_code(
    restore_language: None, language: str, typed: str
) -> None:
    i18n.use_language(language)
    with pytest.raises(InvalidField) as refused:
        read_date(typed, "date_of_birth")
    assert refused.value.field == "date_of_birth"
    assert refused.value.problem == Problem.NOT_A_DATE
    expected = () if language == "en" else (SHOWN[language], "1993-09-18")
    assert refused.value.choices == expected


# ---- the real command ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    runner = Cli(tmp_path_factory.mktemp("dates"), PASSPHRASE)
    assert runner("init", "--org-name", "Test", "--kdf-floor").code == 0
    return runner


def _stored_case(cli: Cli, case_id: str) -> dict[str, object]:
    run = cli("case", "show", case_id, "--json")
    assert run.code == 0, run.err
    case: dict[str, object] = json.loads(run.out)["case"]
    return case["fields"]  # type: ignore[return-value]


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_a_date_typed_as_shown_is_stored_and_shown_back(cli: Cli, language: str) -> None:
    added = cli("--lang", language, "case", "add", "--surname", "Жданов", "--dob", SHOWN[language])
    assert added.code == 0, added.err
    case_id = added.out.strip().splitlines()[-1]
    assert _stored_case(cli, case_id)["date_of_birth"] == "1993-09-18"
    shown = cli("--lang", language, "case", "show", case_id)
    assert shown.code == 0, shown.err
    assert SHOWN[language] in shown.out
    assert "1993-09-18" not in shown.out
    callup = {"ru": "01.10.2022", "fr": "01/10/2022"}[language]
    edited = cli("--lang", language, "case", "edit", case_id, "--callup-date", callup)
    assert edited.code == 0, edited.err
    assert _stored_case(cli, case_id)["callup_date"] == "2022-10-01"
    cleared = cli("--lang", language, "case", "edit", case_id, "--callup-date", "")
    assert cleared.code == 0, cleared.err
    assert _stored_case(cli, case_id)["callup_date"] is None


@pytest.mark.parametrize("language", ["en", "ru", "fr"])
def test_iso_is_taken_in_every_language(cli: Cli, language: str) -> None:
    added = cli("--lang", language, "case", "add", "--surname", "Орлов", "--dob", "1993-09-18")
    assert added.code == 0, added.err
    case_id = added.out.strip().splitlines()[-1]
    assert _stored_case(cli, case_id)["date_of_birth"] == "1993-09-18"
    shown = cli("--lang", language, "case", "show", case_id)
    assert SHOWN[language] in shown.out


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_an_impossible_date_is_refused_in_plain_words(cli: Cli, language: str) -> None:
    run = cli(
        "--lang", language, "case", "add", "--surname", "Петров", "--dob", IMPOSSIBLE[language]
    )
    assert run.code == 7, run.err
    # The sentence names both accepted forms by an example (its words await the translator).
    assert SHOWN[language] in run.err
    assert "1993-09-18" in run.err
    found = [words for words in LIBRARY_ENGLISH if words in run.err]
    assert not found, f"{found} in {run.err!r}"


def test_english_takes_iso_only_and_says_so(cli: Cli) -> None:
    run = cli("--lang", "en", "case", "add", "--surname", "Petrov", "--dob", "18.09.1993")
    assert run.code == 7, run.err
    assert "Invalid value for date of birth: write the date as YYYY-MM-DD, e.g. 1993-09-18" in (
        run.err
    )


def test_every_date_option_reads_the_shown_form(cli: Cli) -> None:
    def ok(*args: str) -> str:
        run = cli("--lang", "fr", *args)
        assert run.code == 0, (args, run.err)
        return run.out.strip().splitlines()[-1]

    case_id = ok("case", "add", "--surname", "Sidorov")
    ok("timeline", "add", case_id, "Convocation", "--date", "01/10/2026", "--kind", "summons",
       "--channel", "paper", "--delivered", "3/10/2026")  # fmt: skip
    events = json.loads(cli("timeline", "list", case_id, "--json").out)
    assert events[0]["date"] == "2026-10-01"
    assert "2026-10-03" in json.dumps(events[0])

    scan = cli.tmp / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\nsynthetic")
    attachment_id = cli("--lang", "fr", "attachment", "add", case_id, str(scan),
                        "--received-on", "02/10/2026").out.strip().splitlines()[0]  # fmt: skip
    shown = json.loads(cli("attachment", "show", attachment_id, "--json").out)
    assert shown["attachment"]["received_on"] == "2026-10-02"

    evaluator_id = ok("evaluator", "add", "Evaluator A")
    evaluation_id = ok("evaluation", "add", case_id, "--evaluator", evaluator_id,
                       "--date", "04/10/2026", "--method", "interview",
                       "--verdict", "inconclusive", "--confidence", "low")  # fmt: skip
    evaluation = cli("evaluation", "show", evaluation_id, "--json")
    assert '"2026-10-04"' in evaluation.out, evaluation.err

    consent = cli("--lang", "fr", "consent", "add", case_id, "--kind", "lawyer", "--method",
                  "message", "--given", "05/10/2026", "--json")  # fmt: skip
    assert consent.code == 0, consent.err
    assert "2026-10-05" in consent.out

    refused = cli("--lang", "fr", "timeline", "add", case_id, "x", "--date", "32/10/2026")
    assert refused.code == 7, refused.err
    assert "18/09/1993" in refused.err


def test_a_json_file_stays_iso_only(cli: Cli) -> None:
    path = cli.tmp / "case.json"
    path.write_text(json.dumps({"date_of_birth": "18.09.1993"}), encoding="utf-8")
    run = cli("--lang", "ru", "case", "add", "--json", str(path))
    assert run.code == 7, run.err
    path.write_text(json.dumps({"date_of_birth": "1993-09-18"}), encoding="utf-8")
    assert cli("--lang", "ru", "case", "add", "--json", str(path)).code == 0
