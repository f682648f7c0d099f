"""Plain words for unsafe names from outside, enrolment codes, and renamed files in a preview.

Merged into the one table of gui/messages.py; the wording follows cli/identity_messages.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.errors import UnsafeName
from casevault.exchange.errors import UnsafeNameInBundle
from casevault.exchange.name_screening import RenamedAttachment
from casevault.services.errors import EnrolmentCodeMismatch

Formatter = Callable[[Any], str]

# domain.outside_names.NameProblem values -> why, in words.
_NAME_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Messages", "it is empty"),
    "too-long": QT_TRANSLATE_NOOP("Messages", "it is too long"),
    "control": QT_TRANSLATE_NOOP(
        "Messages", "it contains control characters (such as line breaks or NUL)"
    ),
    "invisible": QT_TRANSLATE_NOOP(
        "Messages", "it contains invisible characters that can hide or reorder text"
    ),
    "space": QT_TRANSLATE_NOOP("Messages", "it contains unusual space characters"),
    "invalid": QT_TRANSLATE_NOOP("Messages", "it contains characters that are not valid text"),
    "path": QT_TRANSLATE_NOOP("Messages", "it is a path to a folder or file, not a plain name"),
    "reserved": QT_TRANSLATE_NOOP(
        "Messages", "it has characters or a form that file systems do not allow"
    ),
}
_NAME_FIELDS = {
    ("evaluation", "evaluator.name"): QT_TRANSLATE_NOOP("Messages", "an evaluator's name"),
    ("evaluation", "evaluator.role"): QT_TRANSLATE_NOOP("Messages", "an evaluator's role"),
    ("enrolment", "name"): QT_TRANSLATE_NOOP("Messages", "the organisation's name"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def name_problem_text(problem: str) -> str:
    """Why a name was refused or changed, in the current language."""
    known = _NAME_PROBLEMS.get(problem)
    return (
        _t(str(known))
        if known
        else QCoreApplication.translate("Messages", "it is not safe to show")
    )


def renamed_attachment_text(renamed: RenamedAttachment) -> str:
    """One preview line: a file name that arrived unsafe, and the name it is stored under."""
    return (
        QCoreApplication.translate(
            "Messages",
            "An attachment of case %1 arrived with an unsafe file name (%2); "
            "it will be stored as “%3”.",
        )
        .replace("%1", str(renamed.case_id)[:8])
        .replace("%2", name_problem_text(renamed.problem))
        .replace("%3", renamed.stored_as)
    )


def _unsafe_in_bundle(error: UnsafeNameInBundle) -> str:
    which = _NAME_FIELDS.get((error.kind, error.field))
    return (
        QCoreApplication.translate(
            "Messages",
            "This bundle is signed correctly, but %1 in it cannot be shown safely: %2. "
            "Someone may be trying to disguise text. Nothing was imported; tell the sender.",
        )
        .replace(
            "%1", _t(str(which)) if which else QCoreApplication.translate("Messages", "a name")
        )
        .replace("%2", name_problem_text(error.problem))
    )


IDENTITY_MESSAGES: dict[type[BaseException], Formatter] = {
    UnsafeNameInBundle: _unsafe_in_bundle,
    UnsafeName: lambda e: QCoreApplication.translate(
        "Messages", "This name cannot be used: %1."
    ).replace("%1", name_problem_text(e.problem)),
    EnrolmentCodeMismatch: lambda e: QCoreApplication.translate(
        "Messages",
        "The code you typed is not the one the new laptop shows. Nothing was sealed or written. "
        "Enrolment is done in person: with both laptops side by side, make a new join request "
        "on the new laptop and type the code it shows.",
    ),
}
