"""`case add|edit|show|list|search|delete|restore` and `timeline add|list`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from casevault.cli.admission_text import show_closures
from casevault.cli.context import CliContext
from casevault.cli.date_input import DateInput
from casevault.cli.duplicate_warning import warn_possible_duplicates
from casevault.cli.formatting import show_date, show_time
from casevault.cli.i18n import _
from casevault.cli.output import print_fields, print_json, print_table
from casevault.cli.timeline_text import event_kind_words, typed_kind
from casevault.domain.case import Case, CaseStatus, Risk, ServiceType, validate_fields
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem
from casevault.domain.timeline_kinds import SummonsChannel
from casevault.services import case_list as case_list_service
from casevault.services import cases as case_service
from casevault.services.cases import CaseFilter, CaseSummary
from casevault.services.partner_closures import list_case_closures

pass_cli = click.make_pass_decorator(CliContext)
MAX_JSON_INPUT = 1024 * 1024

# Option name -> (path in CaseFields). Nested names are edited part by part.
_SCALAR_OPTIONS: dict[str, tuple[str, ...]] = {
    "surname": ("name_cyrillic", "surname"),
    "given": ("name_cyrillic", "given"),
    "patronymic": ("name_cyrillic", "patronymic"),
    "latin_surname": ("name_latin", "surname"),
    "latin_given": ("name_latin", "given"),
    "latin_patronymic": ("name_latin", "patronymic"),
    "dob": ("date_of_birth",),
    "birthplace": ("place_of_birth",),
    "service": ("service_type",),
    "unit": ("unit",),
    "rank": ("rank",),
    "callup_date": ("callup_date",),
    "callup_proof": ("callup_proof",),
    "country": ("country",),
    "city": ("city",),
    "status": ("status",),
    "risk": ("risk",),
    "contact": ("contact_channel",),
    "caseworker": ("caseworker",),
    "notes": ("notes",),
}
_CLEARABLE_TO_NONE = frozenset({"date_of_birth", "callup_date", "country"})
_LIST_OPTIONS = {"alias": "aliases", "tag": "tags", "language": "languages"}


def _field_options(func: Any) -> Any:
    """Attach one option per editable field (shared by `case add` and `case edit`)."""
    choices: dict[str, click.ParamType[Any]] = {
        "dob": DateInput("date_of_birth", empty_clears=True),
        "callup_date": DateInput("callup_date", empty_clears=True),
        "service": click.Choice([s.value for s in ServiceType]),
        "status": click.Choice([s.value for s in CaseStatus]),
        "risk": click.Choice([r.value for r in Risk]),
    }
    for name in reversed(list(_SCALAR_OPTIONS)):
        flag = "--" + name.replace("_", "-")
        func = click.option(flag, name, type=choices.get(name, str), default=None)(func)
    for name in reversed(list(_LIST_OPTIONS)):
        flag = "--" + name
        func = click.option(flag, name, multiple=True, help="May be repeated.")(func)
    return func


def _changes_from_options(options: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for option, path in _SCALAR_OPTIONS.items():
        value = options.get(option)
        if value is None:
            continue
        if value == "" and path[0] in _CLEARABLE_TO_NONE:
            value = None  # an empty option clears an optional date or country
        elif isinstance(value, dt.date):
            value = value.isoformat()  # typed in the user's form, read by cli/date_input.py
        if len(path) == 2:
            changes.setdefault(path[0], {})[path[1]] = value
        else:
            changes[path[0]] = value
    for option, field in _LIST_OPTIONS.items():
        values = options.get(option) or ()
        if values:
            changes[field] = list(values)
    return changes


def _read_json_case(path: str) -> dict[str, Any]:
    stream = click.open_file(path, "rb")
    with stream:
        data = stream.read(MAX_JSON_INPUT + 1)
    if len(data) > MAX_JSON_INPUT:
        raise InvalidField("case", Problem.INPUT_TOO_LARGE, limit=MAX_JSON_INPUT)
    try:
        parsed = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidField("case", Problem.NOT_JSON) from exc
    if not isinstance(parsed, dict):
        raise InvalidField("case", Problem.NOT_AN_OBJECT)
    return parsed


@click.group("case")
def case_group() -> None:
    """Add, edit, find and delete cases."""


@case_group.command("add")
@click.option(
    "--json", "json_file", metavar="FILE", help="Read the case from a JSON file (- = stdin)."
)
@_field_options
@pass_cli
def case_add(cli: CliContext, /, json_file: str | None, **options: Any) -> None:
    """Add a case. Prints its id."""
    data = _read_json_case(json_file) if json_file else {}
    for key, value in _changes_from_options(options).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    fields = validate_fields(data)
    with cli.open_session() as session:
        case = case_service.create_case(session, fields)
        click.echo(str(case.id))
        warn_possible_duplicates(session, fields, case.id)


@case_group.command("edit")
@click.argument("case_id")
@_field_options
@pass_cli
def case_edit(cli: CliContext, /, case_id: str, **options: Any) -> None:
    """Change fields of a case (only the options given)."""
    changes = _changes_from_options(options)
    if not changes:
        raise click.UsageError(_("Say what to change, e.g. --status screening."))
    with cli.open_session() as session:
        case = case_service.edit_case(session, case_id, changes)
    click.echo(_("Case {id} saved.").format(id=case.id))


def _case_pairs(case: Case) -> list[tuple[str, str]]:
    f = case.fields

    def text(value: object) -> str:
        return "" if value is None else str(getattr(value, "value", value))

    return [
        (_("Id"), str(case.id)),
        (_("Name (Cyrillic)"), f.name_cyrillic.display()),
        (_("Name (Latin)"), f.name_latin.display()),
        (_("Aliases"), ", ".join(f.aliases)),
        (_("Date of birth"), show_date(f.date_of_birth) if f.date_of_birth else ""),
        (_("Place of birth"), f.place_of_birth),
        (_("Service"), text(f.service_type)),
        (_("Unit"), f.unit),
        (_("Rank"), f.rank),
        (_("Call-up date"), show_date(f.callup_date) if f.callup_date else ""),
        (_("Call-up proof"), f.callup_proof),
        (_("Country"), text(f.country)),
        (_("City"), f.city),
        (_("Status"), text(f.status)),
        (_("Risk"), text(f.risk)),
        (_("Contact channel"), f.contact_channel),
        (_("Languages"), ", ".join(f.languages)),
        (_("Caseworker"), f.caseworker),
        (_("Tags"), ", ".join(f.tags)),
        (_("Notes"), f.notes),
        (_("Origin"), case.origin_org),
        (_("Updated"), show_time(case.updated_at)),
        (_("Deleted"), _("yes") if case.deleted else _("no")),
    ]


@case_group.command("show")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def case_show(cli: CliContext, case_id: str, as_json: bool) -> None:
    """Show one case with its timeline."""
    with cli.open_session() as session:
        case = case_service.get_case(session, case_id)
        timeline = case_service.list_timeline(session, case.id)
        closures = list_case_closures(session, case.id)
    if as_json:
        print_json({"case": case, "timeline": timeline, "partner_closures": closures})
        return
    print_fields(_case_pairs(case))
    show_closures(closures)
    if timeline:
        click.echo("")
        click.echo(_("Timeline:"))
        for event in timeline:
            click.echo(f"  {show_date(event.date)}  [{event_kind_words(event)}]  {event.text}")


def _print_summaries(summaries: list[CaseSummary], as_json: bool) -> None:
    if as_json:
        print_json(summaries)
        return
    if not summaries:
        click.echo(_("No cases."))
        return
    print_table(
        [_("Id"), _("Name"), _("Status"), _("Risk"), _("Country"), _("Born")],
        [
            [
                str(s.id)[:8],
                s.display_name,
                s.status.value,
                s.risk.value,
                s.country or "",
                show_date(s.date_of_birth) if s.date_of_birth else "",
            ]
            for s in summaries
        ],
    )


@case_group.command("list")
@click.option("--status", type=click.Choice([s.value for s in CaseStatus]))
@click.option("--country", help="Two-letter country code, e.g. KZ.")
@click.option("--risk", type=click.Choice([r.value for r in Risk]))
@click.option("--tag")
@click.option(
    "--clearance",
    type=click.Choice(["cleared", "blocked", "pending", "not_screened"]),
    help="By screening: cleared, blocked (a 'not cleared'), pending, or not screened yet.",
)
@click.option("--deleted", "include_deleted", is_flag=True, help="Include deleted cases.")
@click.option(
    "--sort", type=click.Choice(["name", "updated", "created", "status", "risk"]), default="name"
)
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def case_list(
    cli: CliContext,
    status: str | None,
    country: str | None,
    risk: str | None,
    tag: str | None,
    clearance: Any,
    include_deleted: bool,
    sort: Any,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """List cases, one page at a time."""
    filters = CaseFilter(
        status=CaseStatus(status) if status else None,
        country=country,
        risk=Risk(risk) if risk else None,
        tag=tag,
        include_deleted=include_deleted,
    )
    with cli.open_session() as session:
        page = case_list_service.list_cases(session, filters, sort, limit, offset, clearance)
        total = case_list_service.count_cases(session, filters, clearance)
    _print_summaries(page, as_json)
    if not as_json and page:
        click.echo(
            _("Showing {first}-{last} of {total}.").format(
                first=offset + 1, last=offset + len(page), total=total
            )
        )


@case_group.command("search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def case_search(cli: CliContext, text: str, limit: int, as_json: bool) -> None:
    """Search names, aliases, notes and timelines."""
    with cli.open_session() as session:
        found = case_service.search_cases(session, text, limit)
    _print_summaries(found, as_json)


@case_group.command("delete")
@click.argument("case_id")
@pass_cli
def case_delete(cli: CliContext, case_id: str) -> None:
    """Delete a case (it can be restored with `case restore`)."""
    with cli.open_session() as session:
        case = case_service.delete_case(session, case_id)
    click.echo(_("Case {id} deleted. Undo with: casevault case restore {id}").format(id=case.id))


@case_group.command("restore")
@click.argument("case_id")
@pass_cli
def case_restore(cli: CliContext, case_id: str) -> None:
    """Bring back a deleted case."""
    with cli.open_session() as session:
        case = case_service.restore_case(session, case_id)
    click.echo(_("Case {id} restored.").format(id=case.id))


@click.group("timeline")
def timeline_group() -> None:
    """A case's timeline of events."""


@timeline_group.command("add")
@click.argument("case_id")
@click.argument("text")
@click.option("--date", "day", type=DateInput("date"), help="YYYY-MM-DD (default: today).")
@click.option(
    "--kind",
    default="note",
    show_default=True,
    help="summons, exit_ban, desertion, refusal, departure, crossing, arrival, asylum_filing, "
    "interview, decision, note, or a word of your own.",
)
@click.option(
    "--channel",
    type=click.Choice([c.value for c in SummonsChannel]),
    help="For a summons: how it came.",
)
@click.option(
    "--delivered",
    "delivered",
    type=DateInput("kind.delivered"),
    help="For a summons: the date it counts as delivered, if known (YYYY-MM-DD). A register "
    "summons otherwise counts 7 days after it was placed.",
)
@click.option("--from", "from_country", help="For a crossing: the country left (e.g. RU).")
@click.option("--to", "to_country", help="For a crossing: the country entered (e.g. GE).")
@pass_cli
def timeline_add(
    cli: CliContext,
    case_id: str,
    text: str,
    day: dt.date | None,
    kind: str,
    channel: str | None,
    delivered: dt.date | None,
    from_country: str | None,
    to_country: str | None,
) -> None:
    """Add an event to a case's timeline."""
    date = day or dt.date.today()
    event_kind = typed_kind(
        kind,
        channel=channel,
        delivered=delivered,
        from_country=from_country,
        to_country=to_country,
    )
    with cli.open_session() as session:
        event = case_service.add_timeline_event(session, case_id, date, text, event_kind)
    click.echo(str(event.id))


@timeline_group.command("list")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def timeline_list(cli: CliContext, case_id: str, as_json: bool) -> None:
    """Show a case's timeline, oldest first."""
    with cli.open_session() as session:
        events = case_service.list_timeline(session, case_id)
    if as_json:
        print_json(events)
        return
    for event in events:
        click.echo(f"{show_date(event.date)}  [{event_kind_words(event)}]  {event.text}")


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(case_group)
    group.add_command(timeline_group)
