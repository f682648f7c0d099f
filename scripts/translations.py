"""Extract, update and compile the translations of the `casevault` command line (needs babel).

Run through scripts/update-translations.sh (see docs/i18n.md). Dev-time only: the compiled
catalogs (`casevault.mo`) are committed, so CaseVault itself never imports babel.

Where the text comes from:
- `_("...")` and `N_("...")` in src/casevault/cli/*.py (`N_` marks tables translated later);
- click help: docstrings of commands and `help=` of options, read by walking the real command
  tree (cli/i18n.py `translate_help` translates the same texts at run time).

tests/cli/test_translations.py imports this file, so the test and the script agree on what
"every string" means.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import inspect
import io
import string
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

REPO_ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = REPO_ROOT / "src"
CLI_DIR = SRC_DIR / "casevault" / "cli"
LOCALE_DIR = SRC_DIR / "casevault" / "locale"
DOMAIN = "casevault"
LANGUAGES = ("ru", "fr")
KEYWORDS: dict[str, None] = {"_": None, "N_": None}
TEMPLATE_PATH = LOCALE_DIR / f"{DOMAIN}.pot"
# click's own texts that a `casevault` user meets (help layout, usage errors). click looks them
# up in the process-wide gettext domain, which cli/i18n.py `translate_click_texts` points at our
# catalog. Curated, not extracted from click: a text click renames simply shows in English.
CLICK_TEXTS = (
    "Usage:",
    "Options",
    "Positional arguments",
    "Commands",
    "Show this message and exit.",
    "default: {default}",
    "env var: {var}",
    "Error: {message}",
    "Try '{command} {option}' for help.",
    "Missing command.",
    "Missing argument",
    "Missing option",
    "Missing parameter",
    "No such option {name!r}.",
    "No such command {name!r}.",
    "Invalid value for {param_hint}: {message}",
    "Invalid value: {message}",
    "Option {name!r} does not take a value.",
    "required",
    "Missing parameter: {param_name}",
    "Missing {param_type}",
    "Could not open file {filename!r}: {message}",
    "{value} is not in the range {range}.",
    "{value!r} is not a valid {number_type}.",
    "{value!r} is not a valid boolean. Recognized values: {states}",
    "{name} {filename!r} does not exist.",
    "{name} {filename!r} is a file.",
    "{name} {filename!r} is a directory.",
    "{name} {filename!r} is not readable.",
    "{name} {filename!r} is not writable.",
    "file",
    "directory",
    "path",
    "integer",
    "float",
    "Aborted!",
    "Repeat for confirmation",
    "Error: The two entered values do not match.",
    "Error: invalid input",
    "Choose from:\n\t{choices}",
)
# click's texts with plural forms (it calls `ngettext`): (singular, plural). A catalog needs each
# as one plural entry, which a singular entry of the same text does not replace.
CLICK_PLURAL_TEXTS = (
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."),
    (
        "{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given.",
    ),
)
# One term per concept, whatever the file: each text that names one of these gets the note as
# a translator comment in the template (docs/i18n.md, "French style" and "Russian style").
GLOSSARY = {
    "dossier": (
        "Glossary: the dossier is the PDF for an asylum application. fr: « récapitulatif » "
        "(« récapitulatif pour une demande d’asile »), never « dossier », which is a case; "
        "ru: «досье»."
    ),
    "redaction profile": (
        "Glossary: redaction profile. fr: « profil de masquage » (not « caviardage »); "
        "ru: «профиль скрытия»."
    ),
}
HEADER = """\
# Translations of the `casevault` command line.
# Do not edit the template (.pot) by hand; refresh everything with
#     scripts/update-translations.sh
# then fill in every empty msgstr here and run the script again (it compiles the .mo,
# which is committed). See docs/i18n.md.
#"""


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


# ---- extraction -----------------------------------------------------------------------------


def _source_messages() -> Iterator[tuple[str, str, int, list[str]]]:
    """(msgid, file, line, translator comments) for every `_()`/`N_()` in cli/."""
    for filename, lineno, message, comments, _context in extract_from_dir(
        str(CLI_DIR),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        if isinstance(message, str):
            yield message, f"src/casevault/cli/{filename}", lineno, list(comments)


def _where(command: object) -> tuple[str, int]:
    callback = getattr(command, "callback", None)
    if callback is None:
        return "src/casevault/cli/main.py", 0
    callback = inspect.unwrap(callback)  # click's pass decorators wrap the function
    try:
        source = Path(inspect.getsourcefile(callback) or "")
        line = inspect.getsourcelines(callback)[1]
        return source.resolve().relative_to(REPO_ROOT).as_posix(), line
    except (TypeError, ValueError, OSError):
        return "src/casevault/cli/main.py", 0


def _help_messages() -> Iterator[tuple[str, str, int, list[str]]]:
    """(msgid, file, line, comments) for the help of every command and option of `casevault`."""
    if str(SRC_DIR) not in sys.path:
        sys.path.insert(0, str(SRC_DIR))
    import click

    from casevault.cli.main import cli

    def walk(command: click.Command, path: str) -> Iterator[tuple[str, str, int, list[str]]]:
        where, line = _where(command)
        for attribute in ("help", "short_help", "epilog"):
            text = getattr(command, attribute, None)
            if text:
                yield text, where, line, [f"Help of `{path}`."]
        for param in command.params:
            if isinstance(param, click.Option) and param.help:
                option = "/".join(param.opts + param.secondary_opts)
                yield param.help, where, line, [f"Help of option {option} of `{path}`."]
        if isinstance(command, click.Group):
            for name, subcommand in sorted(command.commands.items()):
                yield from walk(subcommand, f"{path} {name}")

    yield from walk(cli, "casevault")


def _new_catalog(language: str | None) -> Catalog:
    return Catalog(
        locale=language,
        domain=DOMAIN,
        project="CaseVault",
        version="CLI",
        msgid_bugs_address="-",
        last_translator="CaseVault translators",
        language_team=f"CaseVault {language or 'translators'}",
        fuzzy=False,
        header_comment=HEADER,
    )


def unextractable_calls() -> list[str]:
    """`_("...")`/`N_("...")` calls that the parser sees but extraction misses, one line each.

    babel's extractor reads tokens: it skips calls inside f-strings and calls nested in the
    argument of another `_()`. Such a text would silently stay English, so list it by place.
    """
    extracted = {message for message, *_rest in _source_messages()}
    missed: list[str] = []
    for path in sorted(CLI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in KEYWORDS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in extracted
            ):
                missed.append(
                    f"src/casevault/cli/{path.name}:{node.lineno}: {node.args[0].value!r} is not "
                    "extracted (inside an f-string or another _() call?); give it its own "
                    "_() or a module-level N_() constant"
                )
    return missed


def extract_template() -> Catalog:
    """A fresh template with every translatable CLI text; no file is written."""
    template = _new_catalog(None)
    for message, where, line, comments in [*_source_messages(), *_help_messages()]:
        notes = [note for word, note in GLOSSARY.items() if word in message.lower()]
        template.add(message, None, [(where, line)], auto_comments=[*comments, *notes])
    for message in CLICK_TEXTS:
        existing = template.get(message)
        comment = "Text of the click library, shown by every command."
        if existing is None:
            template.add(message, None, [("click", 0)], auto_comments=[comment])
        else:
            existing.locations.append(("click", 0))
    for singular, plural in CLICK_PLURAL_TEXTS:
        existing = template.get(singular)
        if existing is not None and isinstance(existing.id, str):
            template.delete(singular)  # the plural entry below serves both lookups
        template.add(
            (singular, plural),
            None,
            [("click", 0)],
            auto_comments=["Text of the click library, with plural forms."],
        )
    return template


# ---- checks ---------------------------------------------------------------------------------


def placeholders(text: str) -> set[str] | None:
    """The `{name}` fields of a str.format template, or None if `text` is not a valid one."""
    try:
        return {field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field}
    except ValueError:
        return None


def _msgid(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def translation_forms(message: Message) -> list[str]:
    """The translated text of `message`: one string, or each plural form."""
    if isinstance(message.string, str):
        return [message.string]
    return [str(form) for form in message.string or ()]


def placeholders_agree(msgid: str | tuple[str, ...], translation: str) -> bool:
    """Whether `translation` (one form) keeps the placeholders of `msgid`: of its only text, or
    of its singular or its plural (a plural form may leave out the number, as "one" does)."""
    texts = [msgid] if isinstance(msgid, str) else list(msgid)
    return placeholders(translation) in [placeholders(text) for text in texts]


def problems(template: Catalog, catalog: Catalog) -> list[str]:
    """Every msgid of `template` that `catalog` does not translate properly, one line each."""
    found: list[str] = []
    for wanted in template:
        msgid = _msgid(wanted)
        if not msgid:
            continue
        where = ", ".join(f"{file}:{line}" for file, line in wanted.locations[:1])
        entry = catalog.get(msgid)
        if entry is None:
            found.append(f"missing from {catalog.locale}: {msgid!r} ({where})")
        elif isinstance(wanted.id, str) != isinstance(entry.id, str):
            found.append(f"plural forms needed (or no longer): {msgid!r} ({where})")
        elif not all(translation_forms(entry)):
            found.append(f"not translated: {msgid!r} ({where})")
        elif entry.fuzzy:
            found.append(f"fuzzy (check it, then remove the fuzzy flag): {msgid!r} ({where})")
        elif not isinstance(entry.id, str):
            if not all(placeholders_agree(entry.id, form) for form in translation_forms(entry)):
                found.append(f"placeholders differ in a plural form: {msgid!r} ({where})")
        elif placeholders(msgid) != placeholders(str(entry.string)):
            found.append(
                f"placeholders differ: {msgid!r} has {sorted(placeholders(msgid) or [])}, "
                f"the translation has {sorted(placeholders(str(entry.string)) or [])} ({where})"
            )
    return found


# ---- files ----------------------------------------------------------------------------------


def _read_po(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    return buffer.getvalue()


def compile_catalog(catalog: Catalog) -> bytes:
    """The .mo bytes for `catalog`; fuzzy and empty translations are left out (English shows)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def update() -> list[str]:
    """Write the template, merge it into every .po, compile every .mo; return the problems."""
    template = extract_template()
    if TEMPLATE_PATH.exists():
        # Same texts as before: keep the old date, so that the files stay byte for byte the same.
        now = template.creation_date
        template.creation_date = _read_po(TEMPLATE_PATH).creation_date
        if _po_bytes(template) != TEMPLATE_PATH.read_bytes():
            template.creation_date = now
    _write_if_changed(TEMPLATE_PATH, _po_bytes(template))
    found: list[str] = []
    for language in LANGUAGES:
        path = po_path(language)
        if path.exists():
            catalog = _read_po(path, language)
            catalog.update(template)
        else:
            catalog = _new_catalog(language)
            catalog.revision_date = datetime.datetime.now(datetime.UTC)
            catalog.update(template)
        _write_if_changed(path, _po_bytes(catalog))
        # Compile from the file as written, exactly as the test does.
        _write_if_changed(mo_path(language), compile_catalog(_read_po(path, language)))
        found += problems(template, _read_po(path, language))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if any text is not translated properly"
    )
    args = parser.parse_args(argv)
    found = unextractable_calls() + update()
    for line in found:
        print(line, file=sys.stderr)
    count = sum(1 for message in extract_template() if message.id)
    print(f"{count} texts; {len(found)} need work in {', '.join(LANGUAGES)}.", file=sys.stderr)
    return 1 if (found and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
