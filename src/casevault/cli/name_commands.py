"""`case duplicates`, `case link`, `case unlink`, and the duplicate warning after `case add`."""

from __future__ import annotations

import click

from casevault.cli.case_commands import case_group, pass_cli
from casevault.cli.context import CliContext
from casevault.cli.duplicate_warning import describe_reasons
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_INVALID_INPUT
from casevault.cli.messages import register as register_message
from casevault.cli.output import print_json, print_table
from casevault.services import duplicates
from casevault.services.errors import CaseLinkedToItself


@case_group.command("duplicates")
@click.option("--all", "include_decided", is_flag=True, help="Also list pairs already linked.")
@click.option("--limit", type=click.IntRange(1, 1000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def case_duplicates(cli: CliContext, include_decided: bool, limit: int, as_json: bool) -> None:
    """List pairs of cases that may be the same man (names in any spelling, birth dates)."""
    with cli.open_session() as session:
        pairs = duplicates.list_duplicate_pairs(session, include_decided, limit)
    if as_json:
        print_json(pairs)
        return
    if not pairs:
        click.echo(_("No probable duplicates."))
        return
    print_table(
        [_("Case"), _("Name"), _("Case"), _("Name"), _("Why"), _("Decided")],
        [
            [
                str(pair.first.id)[:8],
                pair.first.display_name,
                str(pair.second.id)[:8],
                pair.second.display_name,
                describe_reasons(pair.reasons),
                _("same man") if pair.verdict == "duplicate" else "",
            ]
            for pair in pairs
        ],
    )


@case_group.command("link")
@click.argument("first_id")
@click.argument("second_id")
@click.option(
    "--distinct", is_flag=True, help="Record that they are NOT the same man (stop flagging them)."
)
@pass_cli
def case_link(cli: CliContext, first_id: str, second_id: str, distinct: bool) -> None:
    """Record that two cases are the same man (both histories are kept)."""
    with cli.open_session() as session:
        first, second = duplicates.link_cases(
            session, first_id, second_id, "distinct" if distinct else "duplicate"
        )
    message = (
        _("Recorded: cases {a} and {b} are not the same man.")
        if distinct
        else _("Recorded: cases {a} and {b} are the same man.")
    )
    click.echo(message.format(a=str(first)[:8], b=str(second)[:8]))


@case_group.command("unlink")
@click.argument("first_id")
@click.argument("second_id")
@pass_cli
def case_unlink(cli: CliContext, first_id: str, second_id: str) -> None:
    """Forget what was recorded about two cases with `case link`."""
    with cli.open_session() as session:
        removed = duplicates.unlink_cases(session, first_id, second_id)
    click.echo(_("Link removed.") if removed else _("These cases were not linked."))


def register(group: click.Group) -> None:
    """Add the duplicate commands to the `case` group (the group itself is added elsewhere)."""
    del group  # the commands attach to case_group at import time
    register_message(
        CaseLinkedToItself,
        lambda e: _("A case cannot be linked to itself."),
        EXIT_INVALID_INPUT,
    )
