"""The placeholders of click's help ("[OPTIONS]", "TEXT", "FILE", "CASE_ID") in the user's
language.

click writes them from type and parameter names, outside gettext, so `casevault --lang ru case
show --help` would say "casevault case show [OPTIONS] CASE_ID" and "--notes TEXT" in English.
`translate_metavars` sets each one, translated, on the command tree once, before parsing
(cli/main.py), as `translate_help` does for help texts. A choice keeps its values: they are
what the user types.
"""

from __future__ import annotations

import click

from casevault.cli.i18n import N_, _

# Translators: placeholders in a command's help, in capitals, one word (use _ or - to join
# words, never a space): "casevault case show [OPTIONS] CASE_ID", "--notes TEXT".
_WORDS: dict[str, str] = {
    "[OPTIONS]": N_("[OPTIONS]"),
    "COMMAND [ARGS]...": N_("COMMAND [ARGS]..."),
    "TEXT": N_("TEXT"),
    "FILE": N_("FILE"),
    "DIRECTORY": N_("DIRECTORY"),
    "PATH": N_("PATH"),
    "DATE": N_("DATE"),
    "INTEGER": N_("INTEGER"),
    "INTEGER RANGE": N_("INTEGER RANGE"),
    "FLOAT RANGE": N_("FLOAT RANGE"),
    "SECONDS": N_("SECONDS"),
    "FINGERPRINT": N_("FINGERPRINT"),
    "FULL-ID": N_("FULL-ID"),
    "ITEM=STATE": N_("ITEM=STATE"),
    "ITEM=TEXT": N_("ITEM=TEXT"),
    "ABSORBED_ID": N_("ABSORBED_ID"),
    "ATTACHMENT_ID": N_("ATTACHMENT_ID"),
    "BUNDLE_FILE": N_("BUNDLE_FILE"),
    "CARD_FILE": N_("CARD_FILE"),
    "CASE_ID": N_("CASE_ID"),
    "EVALUATION_ID": N_("EVALUATION_ID"),
    "FIELD": N_("FIELD"),
    "FIRST_ID": N_("FIRST_ID"),
    "KEPT_ID": N_("KEPT_ID"),
    "NAME": N_("NAME"),
    "NODE_ID": N_("NODE_ID"),
    "ORIGINAL_ID": N_("ORIGINAL_ID"),
    "PARTNER_ID": N_("PARTNER_ID"),
    "PDF": N_("PDF"),
    "PEER": N_("PEER"),
    "REQUEST_FILE": N_("REQUEST_FILE"),
    "SECOND_ID": N_("SECOND_ID"),
}


_DONE = "_casevault_metavars_translated"


def _word(text: str) -> str:
    source = _WORDS.get(text)
    return _(source) if source is not None else text


def _metavar(param: click.Parameter, context: click.Context) -> str | None:
    """The translated metavar of `param` as click would show it, or None to leave click's."""
    if isinstance(param.type, click.Choice) or getattr(param, "is_flag", False):
        return None
    if isinstance(param, click.Argument):
        base = _word(param.metavar or (param.name or "").upper())
        shown = base if param.required else f"[{base}]"
    else:
        given = param.metavar or param.type.get_metavar(param=param, ctx=context)
        shown = _word(given or param.type.name.upper())
    return shown + "..." if param.nargs != 1 else shown


def translate_metavars(command: click.Command) -> None:
    """Set the translated placeholders on `command` and all its subcommands, in place.

    Call after the language is chosen. A command already done is left as it is (a second
    call would bracket an optional argument twice), as `translate_help` leaves translated help.
    """
    if getattr(command, _DONE, False):
        return
    setattr(command, _DONE, True)
    context = click.Context(command)
    if command.options_metavar:
        command.options_metavar = _word(command.options_metavar)
    for param in command.params:
        shown = _metavar(param, context)
        if shown is not None:
            param.metavar = shown
    if isinstance(command, click.Group):
        if command.subcommand_metavar:
            command.subcommand_metavar = _word(command.subcommand_metavar)
        for subcommand in command.commands.values():
            translate_metavars(subcommand)
