"""`duress set` and `duress off`: the duress passphrase (services/duress.py).

Typed at unlock instead of the passphrase, it destroys the vault's keys as `panic` does and
opens a decoy vault of invented cases. Nothing else in the CLI says whether one is set: the key
file looks the same either way, and there is no `duress show`, on purpose.
"""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import CliContext, new_secret
from casevault.cli.i18n import _
from casevault.services.duress import clear_duress_passphrase, set_duress_passphrase

DURESS_PASSPHRASE_ENV = "CASEVAULT_DURESS_PASSPHRASE"  # noqa: S105 - a variable name

pass_cli = click.make_pass_decorator(CliContext)


@click.group("duress")
def duress_group() -> None:
    """The duress passphrase: typed at unlock, it destroys the real data and opens a decoy."""


@duress_group.command("set")
@click.option(
    "--duress-passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the duress passphrase from this file (or $CASEVAULT_DURESS_PASSPHRASE).",
)
@pass_cli
def duress_set(cli: CliContext, duress_passphrase_file: Path | None) -> None:
    """Set (or replace) the duress passphrase; it is asked twice."""
    with cli.open_session() as session:
        duress = new_secret(duress_passphrase_file, DURESS_PASSPHRASE_ENV, _("Duress passphrase"))
        set_duress_passphrase(session, duress)
    click.echo(
        _(
            "Duress passphrase set. Typed at unlock, it destroys this vault's keys at once, "
            "exactly as 'casevault panic' does, and opens a vault of invented cases instead. "
            "It does not protect a copy of the vault made before, and does not fool someone who "
            "knows this feature exists and compares with such a copy."
        )
    )


@duress_group.command("off")
@pass_cli
def duress_off(cli: CliContext) -> None:
    """Turn the duress passphrase off."""
    with cli.open_session() as session:
        clear_duress_passphrase(session)
    click.echo(_("Duress passphrase turned off."))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(duress_group)
