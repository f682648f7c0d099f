"""`rekey` and `recovery-code new`: replace the vault's keys (services/vault_keys.py)."""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import NEW_PASSPHRASE_ENV, CliContext, new_secret
from casevault.cli.i18n import _
from casevault.services.unlock_guard import open_vault_counting
from casevault.services.vault_keys import rekey_vault, replace_recovery_code

pass_cli = click.make_pass_decorator(CliContext)


def show_new_recovery_code(code: str) -> None:
    """Print a new recovery code once, with what it replaces."""
    click.echo(_("Your NEW recovery code (shown once; print it or write it down, keep it safe):"))
    click.echo("")
    click.echo(f"    {code}")
    click.echo("")
    click.echo(_("The old recovery code no longer opens the vault. Destroy every copy of it."))


@click.command("rekey")
@click.option("--new-passphrase", "change", is_flag=True, help="Also set a new passphrase.")
@click.option(
    "--new-passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the new passphrase from this file (implies --new-passphrase).",
)
@pass_cli
def rekey_command(cli: CliContext, change: bool, new_passphrase_file: Path | None) -> None:
    """Re-encrypt the vault with a new key (after a suspected seizure), with a new recovery code.

    Afterwards no copy of the old key file, and not the old recovery code, opens this vault.
    A full copy of the old vault folder taken before still opens with the old secrets.
    """
    passphrase = cli.passphrase()
    with open_vault_counting(cli.vault_path, passphrase, actor=cli.actor) as session:
        new = None
        if change or new_passphrase_file is not None:
            new = new_secret(new_passphrase_file, NEW_PASSPHRASE_ENV, _("New passphrase"))
        code = rekey_vault(session, passphrase, new)
    click.echo(_("The vault is re-encrypted with a new key."))
    show_new_recovery_code(code)


@click.group("recovery-code")
def recovery_code_group() -> None:
    """The vault's recovery code."""


@recovery_code_group.command("new")
@pass_cli
def recovery_code_new(cli: CliContext) -> None:
    """Replace the recovery code (the old one stops working); prints the new one once."""
    passphrase = cli.passphrase()
    with open_vault_counting(cli.vault_path, passphrase, actor=cli.actor) as session:
        code = replace_recovery_code(session, passphrase)
    show_new_recovery_code(code)


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(rekey_command)
    group.add_command(recovery_code_group)
