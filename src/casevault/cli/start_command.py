"""`casevault start`: open the desktop app, or, on a CLI-only install, show the vault's cases."""

from __future__ import annotations

import os
import sys

import click

from casevault.cli.context import CliContext
from casevault.cli.desktop import desktop_available, desktop_entry
from casevault.cli.i18n import _
from casevault.cli.output import print_table
from casevault.cli.self_test_guard import not_empty_refusal, self_test_refusal
from casevault.services import cases as case_service
from casevault.services.organisation import show_organisation

pass_cli = click.make_pass_decorator(CliContext)


def _has_screen() -> bool:
    """False on a Linux machine without a display (a server, an SSH session): Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@click.command("start")
@click.option("--no-gui", is_flag=True, help="Show the cases in the terminal instead.")
# Set only by the app itself when a lock re-executes it (gui/safety/relaunch.py): which lock
# message.
@click.option("--after-lock", type=click.Choice(["manual", "idle"]), hidden=True)
# The built app's smoke test (gui/safety/self_test.py); refused on any vault a person uses.
@click.option("--self-test", is_flag=True, hidden=True)
# scripts/demo.sh: open the demo vault unlocked. Honoured only for the demo vault, with the
# published demo passphrase only (synthetic/demo.py, open_demo_session); never after a lock.
@click.option("--demo", is_flag=True, hidden=True)
@pass_cli
def start_command(
    cli: CliContext, no_gui: bool, after_lock: str | None, self_test: bool, demo: bool
) -> None:
    """Start CaseVault on the vault (the desktop app when it is installed)."""
    if self_test:
        _run_self_test(cli)
    if not no_gui and desktop_available() and not _has_screen():
        click.echo(_("No screen found; showing the cases in the terminal instead."), err=True)
        no_gui = True
    if not no_gui and desktop_available():
        run_app = desktop_entry("app", "run_app")
        session = None
        if demo and after_lock is None:
            from casevault.synthetic.demo import open_demo_session

            session = open_demo_session(cli.vault_path)
        raise SystemExit(run_app(cli.vault_path, after_lock, session))
    with cli.open_session() as session:
        info = show_organisation(session)
        page = case_service.list_cases(session, limit=20)
        total = case_service.count_cases(session)
    click.echo(_("{org}: {n} cases. First page:").format(org=info.name, n=total))
    print_table(
        [_("Id"), _("Name"), _("Status"), _("Country")],
        [[str(s.id)[:8], s.display_name, s.status.value, s.country or ""] for s in page],
    )
    click.echo(_("Try: casevault case search <name>, casevault case show <id>, casevault --help"))


def _run_self_test(cli: CliContext) -> None:
    """Check the self-test may run here (cli/self_test_guard.py), then run it; never returns."""
    refusal = self_test_refusal(cli.vault_path, cli.passphrase_file)
    if refusal is None and not desktop_available():
        refusal = _("The self-test needs the desktop app (PySide6).")
    if refusal is None:
        with cli.open_session() as session:
            if case_service.count_cases(session) != 0:
                refusal = not_empty_refusal()
    if refusal is not None:
        click.echo(refusal, err=True)
        raise SystemExit(2)
    run_self_test = desktop_entry("safety.self_test", "run_self_test")
    code, lines = run_self_test(cli.vault_path, cli.passphrase())
    for line in lines:  # developer diagnostics in English (the hidden flag is for the build)
        click.echo(line, err=True)
    raise SystemExit(code)


def register(group: click.Group) -> None:
    """Add this module's command to the top-level group."""
    group.add_command(start_command)
