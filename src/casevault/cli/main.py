"""The `casevault` command: global options, command groups, and the one place errors become text.

No traceback ever reaches a user: known errors get their message from cli/messages.py and an
exit code; anything else gets a generic message and a log line that names only the error type
(an exception's text could hold case data).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from casevault import __version__
from casevault.cli import (
    attachment_commands,
    audit_commands,
    case_commands,
    check_command,
    dossier_commands,
    duress_commands,
    evaluation_commands,
    exchange_commands,
    key_commands,
    layer_messages,
    merge_commands,
    name_commands,
    node_commands,
    partner_commands,
    rights_commands,
    start_command,
    transport_commands,
    vault_commands,
)
from casevault.cli.click_words import translate_metavars
from casevault.cli.context import VAULT_ENV, CliContext, default_vault_path
from casevault.cli.i18n import (
    LANGUAGES,
    _,
    language_in_args,
    translate_click_texts,
    translate_help,
    use_language,
)
from casevault.cli.messages import EXIT_UNEXPECTED, describe
from casevault.process_hygiene import harden_process


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="casevault")
@click.option(
    "--vault",
    "vault_path",
    type=click.Path(path_type=Path, file_okay=False),
    envvar=VAULT_ENV,
    help="Vault folder (default: your user data folder; or $CASEVAULT_VAULT).",
)
@click.option(
    "--passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the passphrase from this file's first line (for scripts).",
)
@click.option("--actor", default="caseworker", show_default=True, help="Who is acting (audit).")
@click.option(
    "--lang",
    "language",
    type=click.Choice(LANGUAGES),
    help="Language of the messages (en, ru or fr); overrides LANGUAGE and LANG.",
)
@click.pass_context
def cli(
    ctx: click.Context,
    vault_path: Path | None,
    passphrase_file: Path | None,
    actor: str,
    language: str | None,
) -> None:
    """CaseVault: an offline, encrypted case tracker."""
    del language  # applied by main() before parsing, so that help and errors use it too
    ctx.obj = CliContext(
        vault_path=vault_path or default_vault_path(),
        passphrase_file=passphrase_file,
        actor=actor,
    )


vault_commands.register(cli)
case_commands.register(cli)
name_commands.register(cli)
audit_commands.register(cli)
evaluation_commands.register(cli)
start_command.register(cli)
partner_commands.register(cli)
exchange_commands.register(cli)
rights_commands.register(cli)
node_commands.register(cli)
attachment_commands.register(cli)
merge_commands.register(cli)
key_commands.register(cli)
check_command.register(cli)
dossier_commands.register(cli)
layer_messages.register_messages()  # crypto, bundle writer, layer bases
duress_commands.register(cli)
transport_commands.register(cli)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every failure into a message and an exit code."""
    harden_process()  # before any secret is read: no core dump may hold the key or case text
    language = language_in_args(sys.argv[1:] if argv is None else argv)
    if language is not None:
        use_language(language)
    translate_click_texts()
    translate_help(cli)
    translate_metavars(cli)  # "[OPTIONS]", "TEXT", "CASE_ID" in the user's language
    try:
        cli.main(args=argv, prog_name="casevault", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo(_("Cancelled."), err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo(_("Interrupted. Nothing half-written was kept."), err=True)
        sys.exit(130)
    except Exception as exc:
        known = describe(exc)
        if known is None:
            click.echo(
                _("Something unexpected went wrong ({kind}). Nothing was changed.").format(
                    kind=type(exc).__name__
                ),
                err=True,
            )
            sys.exit(EXIT_UNEXPECTED)
        message, code = known
        click.echo(_("Error: {message}").format(message=message), err=True)
        sys.exit(code)
    sys.exit(0)
