"""The sentence shown next to a field the domain rejected, from its problem code.

`InvalidField.problem` is a code (domain.field_problems.Problem), never pydantic's English, so
this table is keyed by code; the sentence is short because it stands next to the field it is
about. A code without a sentence gets the generic one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem

_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "This is too long.")
_EMPTY = QT_TRANSLATE_NOOP("Messages", "This cannot be empty.")
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Messages", "Not a valid date: type it like the grey example, or use the calendar."
)
_SENTENCES: dict[Problem, object] = {  # NOOP marks are typed object
    Problem.TOO_LONG: _TOO_LONG,
    Problem.INPUT_TOO_LARGE: _TOO_LONG,
    Problem.EMPTY: _EMPTY,
    Problem.TOO_SHORT: _EMPTY,
    Problem.MISSING: QT_TRANSLATE_NOOP("Messages", "This is required."),
    Problem.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "Messages", "Contains invisible control characters; retype it."
    ),
    Problem.NOT_SINGLE_LINE: QT_TRANSLATE_NOOP("Messages", "Must be on a single line."),
    Problem.DATE_IN_FUTURE: QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    Problem.DATE_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Messages", "This date is not plausible."),
    Problem.NOT_A_DATE: _NOT_A_DATE,
    Problem.NOT_A_TIME: _NOT_A_DATE,
    Problem.NOT_A_CHOICE: QT_TRANSLATE_NOOP("Messages", "Choose one of the values offered."),
    Problem.NOT_A_NUMBER: QT_TRANSLATE_NOOP("Messages", "Type a whole number."),
    Problem.TOO_SMALL: QT_TRANSLATE_NOOP("Messages", "This number is too small."),
    Problem.TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "This number is too large."),
    Problem.NOT_EDITABLE: QT_TRANSLATE_NOOP("Messages", "This cannot be changed here."),
    Problem.DETAILS_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "This kind of event needs its details (a summons needs its channel)."
    ),
    Problem.CONSENT_SCOPE: QT_TRANSLATE_NOOP(
        "Messages", "Name exactly one partner or one kind of partner."
    ),
    Problem.WITNESS_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "An oral statement needs the witness's name."
    ),
    Problem.WITNESS_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Messages", "Only an oral statement has a witness."
    ),
    Problem.ATTACHMENT_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Messages", "Only a signed form has an attachment."
    ),
    Problem.METHOD_NOT_DESCRIBED: QT_TRANSLATE_NOOP("Messages", "Say how the statement was made."),
    Problem.GIVEN_AFTER_RECORDED: QT_TRANSLATE_NOOP(
        "Messages", "A statement cannot be given after it was recorded."
    ),
    Problem.NEEDS_TIME_ZONE: QT_TRANSLATE_NOOP("Messages", "The time must say its time zone."),
    Problem.ANOMALIES_NOT_DESCRIBED: QT_TRANSLATE_NOOP("Messages", "Describe the anomalies found."),
}
# A wrong form says what form is wanted, which depends on the field.
_FORMATS: tuple[tuple[str, object], ...] = (
    (
        "country",
        QT_TRANSLATE_NOOP(
            "Messages", "Choose a country from the list, or type its two-letter code (e.g. KZ)."
        ),
    ),
    (
        "languages",
        QT_TRANSLATE_NOOP(
            "Messages", "Choose each language from the list, or type its code (e.g. ru, en)."
        ),
    ),
)
_GENERIC = QT_TRANSLATE_NOOP("Messages", "This value is not accepted.")


def _t(text: object) -> str:
    return QCoreApplication.translate("Messages", str(text))


def field_problem(error: InvalidField) -> str:
    """The sentence shown next to a field the domain rejected, in the UI language."""
    if error.problem == Problem.WRONG_FORMAT:
        for field_prefix, sentence in _FORMATS:
            if error.field.startswith(field_prefix):
                return _t(sentence)
    try:
        problem = Problem(error.problem)
    except ValueError:
        return _t(_GENERIC)
    return _t(_SENTENCES.get(problem, _GENERIC))
