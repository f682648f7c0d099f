"""Plain words for unsafe names from outside, and the import preview's line for a renamed file.

Registered into cli/messages.py's table on import (cli/exchange_commands.py imports it).
"""

from __future__ import annotations

from casevault.cli.i18n import N_, _
from casevault.cli.messages import EXIT_DAMAGED, EXIT_INVALID_INPUT
from casevault.cli.messages import register as register_message
from casevault.domain.errors import UnsafeName
from casevault.exchange.errors import UnsafeNameInBundle
from casevault.exchange.name_screening import RenamedAttachment

# domain.outside_names.NameProblem values -> why, in words.
_NAME_PROBLEMS = {
    "empty": N_("it is empty"),
    "too-long": N_("it is too long"),
    "control": N_("it contains control characters (such as line breaks or NUL)"),
    "invisible": N_("it contains invisible characters that can hide or reorder text"),
    "space": N_("it contains unusual space characters"),
    "invalid": N_("it contains characters that are not valid text"),
    "path": N_("it is a path to a folder or file, not a plain name"),
    "reserved": N_("it has characters or a form that file systems do not allow"),
}
_NAME_UNSAFE = N_("it is not safe to show")  # a problem this version does not know

# UnsafeNameInBundle (kind, field) -> which name, in words.
_NAME_FIELDS = {
    ("evaluation", "evaluator.name"): N_("an evaluator's name"),
    ("evaluation", "evaluator.role"): N_("an evaluator's role"),
    ("enrolment", "name"): N_("the organisation's name"),
}
_SOME_NAME = N_("a name")


def name_problem_text(problem: str) -> str:
    """Why a name was refused or changed, in the current language."""
    return _(_NAME_PROBLEMS.get(problem, _NAME_UNSAFE))


def renamed_attachment_text(renamed: RenamedAttachment) -> str:
    """One preview line: a file name that arrived unsafe, and the name it is stored under."""
    return _(
        "An attachment of case {case} arrived with an unsafe file name ({why}); "
        "it will be stored as “{name}”."
    ).format(
        case=str(renamed.case_id)[:8],
        why=name_problem_text(renamed.problem),
        name=renamed.stored_as,
    )


register_message(
    UnsafeNameInBundle,
    lambda e: _(
        "This bundle is signed correctly, but {which} in it cannot be shown safely: {why}. "
        "Someone may be trying to disguise text. Nothing was imported; tell the sender."
    ).format(
        which=_(_NAME_FIELDS.get((e.kind, e.field), _SOME_NAME)),
        why=name_problem_text(e.problem),
    ),
    EXIT_DAMAGED,
)
register_message(
    UnsafeName,
    lambda e: _("This name cannot be used: {why}.").format(why=name_problem_text(e.problem)),
    EXIT_INVALID_INPUT,
)
