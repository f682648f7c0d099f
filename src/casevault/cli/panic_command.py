"""`casevault panic`: destroy the vault's keys now, without the passphrase.

It never opens the vault, so it works while the desktop app or another command has the vault
open, and when the passphrase is not at hand. The typed word DESTROY is the only confirmation
(`--confirm DESTROY` for scripts). It prints what was destroyed and exactly what that
guarantees, since a person under pressure must not have to guess.
"""

from __future__ import annotations

import click

from casevault.cli.context import CliContext
from casevault.cli.i18n import _
from casevault.services.panic import PanicReport, destroy_vault_keys

pass_cli = click.make_pass_decorator(CliContext)

CONFIRMATION_WORD = "DESTROY"


def _print_report(report: PanicReport) -> None:
    if report.destroyed:
        click.echo(
            _("Destroyed (overwritten, then deleted): {files}").format(
                files=", ".join(report.destroyed)
            )
        )
    else:
        click.echo(_("There was no key file left to destroy: this vault was already destroyed."))
    click.echo(_("The keys of {path} are destroyed.").format(path=report.vault_dir))
    click.echo("")
    click.echo(_("What this guarantees:"))
    click.echo(
        "  * "
        + _(
            "The vault's database can never be decrypted again from this computer: its key was "
            "stored only in the destroyed files. Not the passphrase, not the recovery code, "
            "nothing opens it now."
        )
    )
    click.echo(_("What it cannot do:"))
    click.echo(
        "  * "
        + _(
            "A copy of the key file made before now (a backup, a copied vault folder) still "
            "opens a copy of the database made before now, with the passphrase or the "
            "recovery code."
        )
    )
    click.echo(
        "  * "
        + _(
            "A program that has the vault open right now keeps its key in memory until it "
            "closes. CaseVault windows and commands stop at their next step; quit them."
        )
    )
    click.echo(
        "  * "
        + _(
            "On SSDs and USB sticks the drive may keep old blocks of the deleted key file "
            "where no program can reach them; reading them needs laboratory equipment, and "
            "they are still useless without the passphrase or the recovery code."
        )
    )


@click.command("panic")
@click.option("--confirm", "typed", help="Type DESTROY to confirm without a prompt.")
@pass_cli
def panic_command(cli: CliContext, typed: str | None) -> None:
    """Destroy the vault's keys at once: NOTHING can open it afterwards. No undo.

    Needs no passphrase and works while the vault is open elsewhere."""
    if typed is None:
        typed = click.prompt(
            _("This destroys the vault for good, with no way back. Type DESTROY to go on"),
            err=True,
        )
    if typed.strip() != CONFIRMATION_WORD:
        raise click.UsageError(_("Not confirmed; nothing was destroyed."))
    _print_report(destroy_vault_keys(cli.vault_path))
