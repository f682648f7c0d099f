"""`init`, `passphrase change`, `recover`, `org show`, `demo` (and `panic`, from
cli/panic_command.py): the vault as a whole."""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import (
    NEW_PASSPHRASE_ENV,
    RECOVERY_CODE_ENV,
    CliContext,
    new_secret,
    read_secret_file,
)
from casevault.cli.i18n import _
from casevault.cli.key_commands import show_new_recovery_code
from casevault.cli.output import print_fields, print_json
from casevault.cli.panic_command import panic_command
from casevault.services.organisation import show_organisation
from casevault.services.vault_keys import recover_and_rekey
from casevault.services.vaults import (
    KdfChoice,
    change_passphrase,
    init_vault,
    recover_vault,
)
from casevault.synthetic.demo import DEMO_PASSPHRASE, build_demo_vault

pass_cli = click.make_pass_decorator(CliContext)

_KDF_FLOOR_HELP = (
    "Use Argon2id's minimum cost (64 MiB, 2 passes) instead of calibrating to about one "
    "second. For test and demo vaults only: it makes guessing the passphrase cheaper."
)


def _show_recovery_code(code: str) -> None:
    click.echo(_("Your recovery code (shown once; print it or write it down, keep it safe):"))
    click.echo("")
    click.echo(f"    {code}")
    click.echo("")
    click.echo(
        _("Anyone with this code can open the vault. Without it and the passphrase, nobody can.")
    )


@click.command("init")
@click.option("--org-name", required=True, help="Your organisation's name, as partners see it.")
@click.option("--kdf-floor", is_flag=True, help=_KDF_FLOOR_HELP)
@pass_cli
def init_command(cli: CliContext, org_name: str, kdf_floor: bool) -> None:
    """Create a new vault, your organisation's keys and a recovery code."""
    passphrase = new_secret(cli.passphrase_file, "CASEVAULT_PASSPHRASE", _("New passphrase"))
    if not kdf_floor:
        click.echo(_("Measuring this computer to tune the passphrase protection..."), err=True)
    result = init_vault(
        cli.vault_path, passphrase, org_name, kdf=KdfChoice(floor=kdf_floor), actor=cli.actor
    )
    with result.session as session:
        info = show_organisation(session)
    click.echo(_("Vault created at {path}.").format(path=cli.vault_path))
    click.echo(_("Organisation fingerprint: {fp}").format(fp=info.fingerprint))
    _show_recovery_code(result.recovery_code)


@click.group("passphrase")
def passphrase_group() -> None:
    """Change the vault's passphrase."""


@passphrase_group.command("change")
@click.option(
    "--new-passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the new passphrase from this file (or $CASEVAULT_NEW_PASSPHRASE).",
)
@pass_cli
def passphrase_change(cli: CliContext, new_passphrase_file: Path | None) -> None:
    """Set a new passphrase. The recovery code keeps working; the data is not re-encrypted."""
    with cli.open_session() as session:
        new = new_secret(new_passphrase_file, NEW_PASSPHRASE_ENV, _("New passphrase"))
        change_passphrase(session, new)
    click.echo(
        _(
            "Passphrase changed. The old one no longer opens this key file, but a copy of the "
            "key file made before still opens the vault with it: run 'casevault rekey' if "
            "someone may have such a copy."
        )
    )


@click.command("recover")
@click.option(
    "--recovery-code-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the recovery code from this file (or $CASEVAULT_RECOVERY_CODE).",
)
@click.option(
    "--new-passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the new passphrase from this file (or $CASEVAULT_NEW_PASSPHRASE).",
)
@click.option(
    "--rekey",
    is_flag=True,
    help="Also re-encrypt the vault with a new key and a new recovery code (advised if the "
    "old passphrase or this recovery code may be known to someone else).",
)
@pass_cli
def recover_command(
    cli: CliContext, recovery_code_file: Path | None, new_passphrase_file: Path | None, rekey: bool
) -> None:
    """Open the vault with the recovery code and set a new passphrase."""
    if recovery_code_file is not None:
        code = read_secret_file(recovery_code_file)
    else:
        code = new_secret(None, RECOVERY_CODE_ENV, _("Recovery code"), confirm=False)
    new = new_secret(new_passphrase_file, NEW_PASSPHRASE_ENV, _("New passphrase"))
    if rekey:
        recovered = recover_and_rekey(cli.vault_path, code, new, actor=cli.actor)
        recovered.session.close()
        click.echo(_("New passphrase set and the vault re-encrypted with a new key."))
        show_new_recovery_code(recovered.recovery_code)
        return
    with recover_vault(cli.vault_path, code, new, actor=cli.actor):
        pass
    click.echo(_("New passphrase set. The recovery code still works; keep it safe."))
    click.echo(
        _(
            "If the old passphrase may be known to someone else, also run 'casevault rekey': "
            "a copy of the old key file still opens the vault with the old passphrase until then."
        )
    )


@click.group("org")
def org_group() -> None:
    """Your organisation's identity."""


@org_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def org_show(cli: CliContext, as_json: bool) -> None:
    """Show your organisation's name and public-key fingerprint (safe to share)."""
    with cli.open_session() as session:
        info = show_organisation(session)
    if as_json:
        print_json(info)
        return
    print_fields(
        [
            (_("Organisation"), info.name),
            (_("Id"), info.id),
            (_("Fingerprint"), info.fingerprint),
            (_("Vault id"), info.vault_id),
            (_("Node id"), info.node_id),
        ]
    )


@click.command("demo")
@click.option("--cases", default=200, show_default=True, type=click.IntRange(1, 200_000))
@click.option("--seed", default=7, show_default=True, type=int)
def demo_command(cases: int, seed: int) -> None:
    """Create a demo vault full of synthetic (invented) cases at --vault."""
    cli = click.get_current_context().find_object(CliContext)
    assert cli is not None  # noqa: S101 - set by the group callback; narrows the type
    with click.progressbar(length=cases, label=_("Creating synthetic cases"), file=None) as bar:
        recovery = build_demo_vault(cli.vault_path, cases, seed, progress=bar.update)
    click.echo(_("Demo vault created at {path}.").format(path=cli.vault_path))
    click.echo(_("Its passphrase is: {p}").format(p=DEMO_PASSPHRASE))
    _show_recovery_code(recovery)


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    for command in (
        init_command,
        passphrase_group,
        recover_command,
        org_group,
        demo_command,
        panic_command,
    ):
        group.add_command(command)
