"""`case merge` and `case unmerge`: two files of the same man become one, reversibly."""

from __future__ import annotations

import click

from casevault.cli.case_commands import case_group
from casevault.cli.context import CliContext
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_INVALID_INPUT
from casevault.cli.messages import register as register_message
from casevault.services.case_merge import merge_cases, unmerge_cases
from casevault.services.errors import CaseMerged, NotMerged

pass_cli = click.make_pass_decorator(CliContext)

register_message(
    NotMerged,
    lambda e: _("Case {id} was not merged into another case.").format(id=e.case_id),
    EXIT_INVALID_INPUT,
)

register_message(
    CaseMerged,
    lambda e: _(
        "Case {id} was merged into case {kept}; bring it back with: casevault case unmerge {id}"
    ).format(id=e.case_id[:8], kept=e.kept_id[:8]),
    EXIT_INVALID_INPUT,
)


@case_group.command("merge")
@click.argument("kept_id")
@click.argument("absorbed_id")
@pass_cli
def case_merge(cli: CliContext, kept_id: str, absorbed_id: str) -> None:
    """Merge ABSORBED into KEPT: empty fields are filled, both histories stay. Undo: unmerge."""
    with cli.open_session() as session:
        result = merge_cases(session, kept_id, absorbed_id)
    click.echo(
        _(
            "Merged. Fields filled from the other case: {fields}. Undo with: casevault case "
            "unmerge {absorbed}"
        ).format(
            fields=", ".join(result.filled_fields) or _("none"), absorbed=str(result.absorbed)[:8]
        )
    )


@case_group.command("unmerge")
@click.argument("absorbed_id")
@pass_cli
def case_unmerge(cli: CliContext, absorbed_id: str) -> None:
    """Bring back a case that was merged into another one."""
    with cli.open_session() as session:
        result = unmerge_cases(session, absorbed_id)
    click.echo(_("Case {id} is separate again.").format(id=str(result.absorbed)[:8]))


def register(group: click.Group) -> None:
    """The commands live in the `case` group; nothing else to add."""
    del group
