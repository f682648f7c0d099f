"""Translatable CLI text via gettext (catalogs under casevault/locale, domain "casevault").

The language comes from the global `--lang` option (en, ru, fr) if given, else from LANGUAGE,
LC_ALL, LC_MESSAGES or LANG (the gettext order); without a catalog for it, the English source
text is shown. Catalogs are compiled (`casevault.mo`) and
committed, so a fresh clone or an installed wheel needs no build step; scripts/
update-translations.sh refreshes them (see docs/i18n.md).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Sequence
from pathlib import Path

import click

_LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
_translation = gettext.translation("casevault", localedir=_LOCALE_DIR, fallback=True)
# The languages `--lang` accepts: English (the source text) and every language with a catalog.
LANGUAGES = ("en", "ru", "fr")
LANG_OPTION = "--lang"


def _(message: str) -> str:
    """Translate `message` into the user's language (LANGUAGE/LC_ALL/LANG), English otherwise."""
    return _translation.gettext(message)


def current_language() -> str:
    """The language the CLI speaks now: the one whose catalog answers `_()` (its `Language`
    header), "en" when no catalog does (English is the source text)."""
    info = _translation.info()
    language = str(info.get("language", "")).split("_")[0].split("-")[0].lower()
    return language if language in LANGUAGES else "en"


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it now.

    For tables of text that are translated later, at the point of use (`_(_REASONS[key])`):
    the table must hold the English source, and extraction (`-k N_`) must still find it.
    """
    return message


def language_in_args(args: Sequence[str]) -> str | None:
    """The value of the global `--lang` option in `args` (`--lang fr` or `--lang=fr`), if valid.

    Read before click parses anything, because help texts are translated before parsing. No
    subcommand has a `--lang` of its own, so the first one before `--` is the group's. A value
    that is not one of LANGUAGES is ignored here and left for click to refuse.
    """
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == LANG_OPTION and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith(LANG_OPTION + "="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def use_language(language: str) -> None:
    """Speak `language` (one of LANGUAGES) from now on, whatever the environment says.

    Our own texts switch at once; click's texts follow because LANGUAGE, which gettext reads
    first, is set for this process (and so for anything it starts), as `LANGUAGE=fr casevault`
    would. Call it before `translate_help`, which translates the help once.
    """
    global _translation
    _translation = gettext.translation(
        "casevault", localedir=_LOCALE_DIR, languages=[language], fallback=True
    )
    os.environ["LANGUAGE"] = language


def translate_click_texts() -> None:
    """Let click's own texts ("Usage:", "Options", its usage errors) come from our catalog too.

    click translates with the module-level `gettext.gettext`, which reads the process-wide default
    domain. Only `main()` calls this: the process is then ours, and no other library relies on
    that domain. The click texts in the catalog are listed in scripts/translations.py.
    """
    gettext.bindtextdomain("casevault", str(_LOCALE_DIR))
    gettext.textdomain("casevault")


def translate_help(command: click.Command) -> None:
    """Translate the help of `command`, its options and all its subcommands, in place.

    Help texts are written in English in the decorators and docstrings (where click expects
    them); scripts/translations.py extracts them by walking the same command tree, so a new
    command or option is translatable without wrapping anything. Safe to call twice: a text
    that is already translated is not a msgid and stays as it is.
    """
    for attribute in ("help", "short_help", "epilog"):
        text = getattr(command, attribute, None)
        if text:
            setattr(command, attribute, _(text))
    for param in command.params:
        if isinstance(param, click.Option) and param.help:
            param.help = _(param.help)
    if isinstance(command, click.Group):
        for subcommand in command.commands.values():
            translate_help(subcommand)
