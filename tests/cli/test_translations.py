"""Each catalog (Russian, French) is complete, current and compiled, and `casevault` speaks it
when asked: through the environment (LANGUAGE, LANG) or the global `--lang` option.

The catalog checks use babel (dependency group "i18n") through scripts/translations.py, the same
code scripts/update-translations.sh runs; without babel they skip. The language tests run the
real command in a child process and need nothing extra.
"""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest

from tests.cli.runner import Cli
from tests.conftest import PASSPHRASE

REPO_ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["ru", "fr"]
FIX = "run scripts/update-translations.sh, translate what it lists, commit .po and .mo"


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    """scripts/translations.py, loaded as a module (it is not part of the package)."""
    pytest.importorskip("babel")
    spec = importlib.util.spec_from_file_location(
        "casevault_translations", REPO_ROOT / "scripts" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def template(tools: ModuleType) -> object:
    return tools.extract_template()


def _messages(catalog: object) -> dict[str, str]:
    return {m.id: m.string for m in catalog if m.id}  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_mo_is_compiled_from_committed_po(tools: ModuleType, language: str) -> None:
    from babel.messages.mofile import read_mo

    compiled = tools.compile_catalog(tools._read_po(tools.po_path(language), language))
    committed = tools.mo_path(language).read_bytes()
    if compiled != committed:  # another babel may lay the bytes out differently: compare content
        fresh = _messages(read_mo(io.BytesIO(compiled)))
        stale = _messages(read_mo(io.BytesIO(committed)))
        changed = sorted(set(fresh.items()) ^ set(stale.items()))[:10]
        assert fresh == stale, f"{tools.mo_path(language).name} is stale ({FIX}): {changed}"


def test_every_text_can_be_extracted(tools: ModuleType) -> None:
    missed = tools.unextractable_calls()
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(tools: ModuleType, template: object, language: str) -> None:
    catalog = tools._read_po(tools.po_path(language), language)
    unfinished = [p for p in tools.problems(template, catalog) if "placeholders" not in p]
    assert len(template) > 300  # type: ignore[arg-type]  # extraction found the CLI's texts
    assert not unfinished, f"{len(unfinished)} texts need a translation ({FIX}):\n" + "\n".join(
        unfinished
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(tools: ModuleType, language: str) -> None:
    wrong = [
        f"{message.id!r}: {message.string!r}"
        for message in tools._read_po(tools.po_path(language), language)
        if message.id
        for form in tools.translation_forms(message)
        if form and not tools.placeholders_agree(message.id, form)
    ]
    assert not wrong, "translation must keep every {placeholder} of the msgid:\n" + "\n".join(wrong)


def test_french_typography(tools: ModuleType) -> None:
    """docs/i18n.md "French style": a no-break space (U+00A0) before : ; ? ! » and after «,
    never a plain space that could wrap the sign onto a line of its own; apostrophe U+2019."""
    wrong = [
        f"{message.id!r}: {message.string!r}"
        for message in tools._read_po(tools.po_path("fr"), "fr")
        if message.id
        for form in tools.translation_forms(message)
        if re.search(r" [:;?!»]|« |\u202f", form) or re.search(r"\w'\w", form)
    ]
    assert not wrong, "\n".join(wrong)


def test_placeholder_check_catches_a_renamed_field(tools: ModuleType) -> None:
    assert tools.placeholders("No case with id {id}.") == {"id"}
    assert tools.placeholders("Дела с номером {номер} нет.") != {"id"}
    assert tools.placeholders("broken {") is None


# ---- the real command ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    runner = Cli(tmp_path_factory.mktemp("i18n"), PASSPHRASE)
    assert runner("init", "--org-name", "Test", "--kdf-floor").code == 0
    return runner


def test_wrong_passphrase_in_russian(cli: Cli) -> None:
    run = cli("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong wrong", "LANGUAGE": "ru"})
    assert run.code == 3
    assert "Ошибка: Неверная парольная фраза." in run.err
    assert "Wrong" not in run.err


def test_wrong_passphrase_in_english(cli: Cli) -> None:
    run = cli("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong wrong", "LANGUAGE": "en"})
    assert run.code == 3
    assert "Error: Wrong passphrase." in run.err


def test_help_in_russian(cli: Cli) -> None:
    run = cli("case", "add", "--help", env={"LANGUAGE": "ru"})
    assert run.code == 0, run.err
    assert "Добавить дело. Выводит его номер." in run.out
    assert "Можно указать несколько раз." in run.out  # an option's help, not only the command's


def test_click_usage_error_in_russian(cli: Cli) -> None:
    run = cli("init", env={"LANGUAGE": "ru"})  # --org-name missing: click's own message
    assert run.code == 2
    assert "Ошибка: Не указан параметр '--org-name'." in run.err
    assert "Использование: casevault init" in run.err


def test_wrong_passphrase_in_french(cli: Cli) -> None:
    run = cli("case", "list", env={"CASEVAULT_PASSPHRASE": "wrong wrong", "LANGUAGE": "fr"})
    assert run.code == 3
    assert "Erreur\u00a0: Phrase secrète incorrecte." in run.err
    assert "Wrong" not in run.err


def test_lang_option_overrides_the_environment(cli: Cli) -> None:
    wrong = {"CASEVAULT_PASSPHRASE": "wrong wrong", "LANGUAGE": "ru", "LANG": "ru_RU.UTF-8"}
    french = cli("--lang", "fr", "case", "list", env=wrong)
    assert french.code == 3
    assert "Erreur\u00a0: Phrase secrète incorrecte." in french.err
    english = cli("--lang=en", "case", "list", env={**wrong, "LANGUAGE": "fr"})
    assert "Error: Wrong passphrase." in english.err
    russian = cli("--lang", "ru", "case", "list", env={**wrong, "LANGUAGE": "fr"})
    assert "Ошибка: Неверная парольная фраза." in russian.err


def test_lang_option_translates_help_and_click_texts(cli: Cli) -> None:
    run = cli("--lang", "fr", "case", "add", "--help", env={"LANGUAGE": "ru"})
    assert run.code == 0, run.err
    assert "Utilisation\u00a0: casevault case add" in run.out
    assert "Ajouter un dossier. Affiche son numéro." in run.out
    assert "Peut être répété." in run.out
    usage = cli("--lang", "fr", "init")  # --org-name missing: click's own message
    assert usage.code == 2
    assert "Erreur\u00a0: Option manquante '--org-name'." in usage.err


def test_lang_option_is_documented_and_checked(cli: Cli) -> None:
    run = cli("--help")
    assert "--lang [en|ru|fr]" in run.out
    refused = cli("--lang", "de", "case", "list")
    assert refused.code == 2
    assert "'de' is not one of 'en', 'ru', 'fr'" in refused.err


def test_language_in_args() -> None:
    from casevault.cli.i18n import language_in_args

    assert language_in_args(["--vault", "v", "--lang", "fr", "case", "list"]) == "fr"
    assert language_in_args(["--lang=ru", "case", "list"]) == "ru"
    assert language_in_args(["--lang", "de", "case", "list"]) is None
    assert language_in_args(["case", "list"]) is None
    assert language_in_args(["--lang"]) is None
    assert language_in_args(["case", "add", "--", "--lang", "fr"]) is None
