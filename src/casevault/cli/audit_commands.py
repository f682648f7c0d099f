"""`audit log` and `audit verify`: read and check the hash-chained audit trail."""

from __future__ import annotations

import sys

import click

from casevault.cli.context import CliContext
from casevault.cli.formatting import show_time
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_DAMAGED
from casevault.cli.output import print_json, print_table
from casevault.services.audit_log import list_audit_entries, verify_audit_chain

pass_cli = click.make_pass_decorator(CliContext)


@click.group("audit")
def audit_group() -> None:
    """The audit trail: who changed what, and when."""


@audit_group.command("log")
@click.option("--record", "record_id", help="Only entries about this record id.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def audit_log(cli: CliContext, record_id: str | None, limit: int, as_json: bool) -> None:
    """Show the newest audit entries."""
    with cli.open_session() as session:
        entries = list_audit_entries(session, record_id=record_id, limit=limit)
    if as_json:
        print_json(entries)
        return
    print_table(
        [_("#"), _("When"), _("Who"), _("Action"), _("Record"), _("Details")],
        [
            [
                str(e.seq),
                show_time(e.at, seconds=True),
                e.actor,
                e.action,
                f"{e.record_type} {e.record_id[:8]}",
                ", ".join(f"{k}={v}" for k, v in sorted(e.details.items())),
            ]
            for e in entries
        ],
    )


@audit_group.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def audit_verify(cli: CliContext, as_json: bool) -> None:
    """Check that no audit entry was removed, altered or reordered."""
    with cli.open_session() as session:
        count, problem = verify_audit_chain(session)
    if as_json:
        print_json({"entries": count, "intact": problem is None, "break": problem})
    elif problem is None:
        click.echo(_("Audit trail intact: {n} entries checked.").format(n=count))
    else:
        what = {
            "hash": _("entry {seq} was altered"),
            "link": _("the entry before {seq} was altered or removed"),
            "gap": _("entry {seq} was removed"),
            "tail": _("the newest entries (from {seq}) were removed"),
        }[problem.problem].format(seq=problem.seq)
        click.echo(_("Audit trail BROKEN: {what}.").format(what=what), err=True)
    if problem is not None:
        sys.exit(EXIT_DAMAGED)


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(audit_group)
