"""A rejected field in plain words: which field (named as a person would), what is wrong with
it, and the bound or the allowed values — never pydantic's or any library's English.

domain.field_problems gives the problem as a code (`InvalidField.problem`); this module holds
the CLI's sentence for each code and a word for each field a user can give. A code without a
sentence gets a generic one; a field without a word is shown as the user typed it (it is the
name of a JSON key or an option, quoted).
"""

from __future__ import annotations

from casevault.cli.i18n import N_, _
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem

# Translators: these name the fields of a case and of the other records, in a sentence such as
# "Invalid value for date of birth: not a date". Keep them lower-case words, not codes.
_FIELD_WORDS: dict[str, str] = {
    "case": N_("the case"),
    "name_cyrillic": N_("name (Cyrillic)"),
    "name_cyrillic.surname": N_("surname (Cyrillic)"),
    "name_cyrillic.given": N_("given name (Cyrillic)"),
    "name_cyrillic.patronymic": N_("patronymic (Cyrillic)"),
    "name_latin": N_("name (Latin)"),
    "name_latin.surname": N_("surname (Latin)"),
    "name_latin.given": N_("given name (Latin)"),
    "name_latin.patronymic": N_("patronymic (Latin)"),
    "aliases": N_("other spellings"),
    "date_of_birth": N_("date of birth"),
    "place_of_birth": N_("place of birth"),
    "service_type": N_("type of service"),
    "unit": N_("military unit"),
    "rank": N_("rank"),
    "callup_date": N_("call-up date"),
    "callup_proof": N_("proof of call-up"),
    "country": N_("country"),
    "city": N_("city"),
    "status": N_("status"),
    "risk": N_("risk"),
    "contact_channel": N_("contact channel"),
    "languages": N_("languages"),
    "caseworker": N_("caseworker"),
    "tags": N_("tags"),
    "notes": N_("notes"),
    "note": N_("note"),
    "text": N_("text"),
    "date": N_("date"),
    "kind": N_("kind of event"),
    "kind.channel": N_("summons channel"),
    "kind.delivered": N_("date counted as delivered"),
    "kind.from_country": N_("country left"),
    "kind.to_country": N_("country entered"),
    "given": N_("date the consent was given"),
    "given_at": N_("date the consent was given"),
    "scope": N_("partner or kind of partner"),
    "partner_id": N_("partner"),
    "partner_kind": N_("kind of partner"),
    "method": N_("how the consent was given"),
    "witness": N_("witness"),
    "attachment": N_("attachment"),
    "attachment_id": N_("attachment"),
    "override_reason": N_("reason for sending without consent"),
    "filename": N_("file name"),
    "received_from": N_("received from"),
    "received_on": N_("date received"),
    "derived_how": N_("how the copy was made"),
    "profile": N_("profile name"),
    "choice": N_("choice"),
    "check": N_("checklist item"),
    "checklist": N_("checklist item"),
    "methods": N_("methods"),
    "verdict": N_("verdict"),
    "confidence": N_("confidence"),
    "result": N_("result"),
    "examined_on": N_("date examined"),
    "name": N_("name"),
    "role": N_("role"),
}

# The case's fields as labels before their values (`case show`, the subject access copy).
_FIELD_LABELS: dict[str, str] = {
    "name_cyrillic": N_("Name (Cyrillic)"),
    "name_latin": N_("Name (Latin)"),
    "aliases": N_("Aliases"),
    "date_of_birth": N_("Date of birth"),
    "place_of_birth": N_("Place of birth"),
    "service_type": N_("Service"),
    "unit": N_("Unit"),
    "rank": N_("Rank"),
    "callup_date": N_("Call-up date"),
    "callup_proof": N_("Call-up proof"),
    "country": N_("Country"),
    "city": N_("City"),
    "status": N_("Status"),
    "risk": N_("Risk"),
    "contact_channel": N_("Contact channel"),
    "languages": N_("Languages"),
    "caseworker": N_("Caseworker"),
    "tags": N_("Tags"),
    "notes": N_("Notes"),
}
# Translators: the values of the case fields with a fixed list of choices.
_CHOICE_WORDS: dict[str, dict[str, str]] = {
    "status": {
        "intake": N_("Intake"),
        "screening": N_("Screening"),
        "in_hiding": N_("In hiding"),
        "in_transit": N_("In transit"),
        "arrived": N_("Arrived"),
        "asylum": N_("Asylum"),
        "closed": N_("Closed"),
    },
    "risk": {
        "low": N_("Low"),
        "medium": N_("Medium"),
        "high": N_("High"),
        "critical": N_("Critical"),
    },
    "service_type": {
        "mobilised": N_("Mobilised"),
        "contract": N_("Contract"),
        "conscript": N_("Conscript"),
        "unknown": N_("Unknown"),
    },
}

# Translators: what is wrong with a field, after "Invalid value for FIELD: ". {limit} is a
# number, {choices} a list of the accepted values (codes the user types, keep them as they are).
_PROBLEM_WORDS: dict[Problem, str] = {
    Problem.MISSING: N_("it is required"),
    Problem.UNKNOWN_FIELD: N_("CaseVault has no such field"),
    Problem.TOO_LONG: N_("too long (the most allowed is {limit})"),
    Problem.TOO_SHORT: N_("too short (the least allowed is {limit})"),
    Problem.EMPTY: N_("it cannot be empty"),
    Problem.NOT_TEXT: N_("it must be text"),
    Problem.NOT_A_NUMBER: N_("it must be a whole number"),
    Problem.TOO_SMALL: N_("too small (the least allowed is {limit})"),
    Problem.TOO_LARGE: N_("too large (the most allowed is {limit})"),
    Problem.NOT_A_DATE: N_("write the date as YYYY-MM-DD, e.g. 1993-09-18"),
    Problem.NOT_A_TIME: N_("not a date and time"),
    Problem.NEEDS_TIME_ZONE: N_("the time must say its time zone"),
    Problem.DATE_IN_FUTURE: N_("this date is in the future"),
    Problem.DATE_OUT_OF_RANGE: N_("this date is not plausible (1900 to 2100)"),
    Problem.NOT_A_CHOICE: N_("not one of the accepted values: {choices}"),
    Problem.WRONG_FORMAT: N_(
        "not in the expected form (a country is a two-letter code like KZ, "
        "a language a code like ru)"
    ),
    Problem.NOT_A_LIST: N_("it must be a list"),
    Problem.NOT_AN_OBJECT: N_("it must be a JSON object with named fields"),
    Problem.NOT_YES_NO: N_("it must be true or false"),
    Problem.NOT_AN_ID: N_("not an id"),
    Problem.CONTROL_CHARACTERS: N_("it contains invisible control characters; retype it"),
    Problem.NOT_SINGLE_LINE: N_("it must be on a single line"),
    Problem.NOT_JSON: N_("not valid JSON"),
    Problem.INPUT_TOO_LARGE: N_("the input is too large (the most allowed is {limit} bytes)"),
    Problem.NOT_EDITABLE: N_("it cannot be changed here"),
    Problem.NO_SUCH_OPTION: N_("there is no such option"),
    Problem.NOT_A_DETAIL_OF_KIND: N_("this kind of event has no such detail"),
    Problem.DETAILS_MISSING: N_(
        "this kind of event needs its details (e.g. a summons its channel)"
    ),
    Problem.EXPECTED_ITEM_VALUE: N_("write ITEM=VALUE with an item of the checklist"),
    Problem.CONSENT_SCOPE: N_("name exactly one partner or one kind of partner"),
    Problem.WITNESS_NEEDED: N_("an oral statement needs the witness's name"),
    Problem.WITNESS_NOT_ALLOWED: N_("only an oral statement has a witness"),
    Problem.ATTACHMENT_NOT_ALLOWED: N_("only a signed form has an attachment"),
    Problem.METHOD_NOT_DESCRIBED: N_("say how the statement was made"),
    Problem.GIVEN_AFTER_RECORDED: N_("a statement cannot be given after it was recorded"),
    Problem.ANOMALIES_NOT_DESCRIBED: N_("describe the anomalies found"),
}
_GENERIC_PROBLEM = N_("this value is not accepted")
# Translators: a typed date that was not read. {shown} and {iso} are one example date in the two
# forms accepted: as dates are shown in your language (18.09.1993) and in ISO (1993-09-18).
_TYPED_DATE = N_("write the date as {shown} or as {iso}")
_NO_LIMIT = {
    Problem.TOO_LONG: N_("too long"),
    Problem.TOO_SHORT: N_("too short"),
    Problem.TOO_SMALL: N_("too small"),
    Problem.TOO_LARGE: N_("too large"),
    Problem.INPUT_TOO_LARGE: N_("the input is too large"),
}


def field_words(field: str) -> str:
    """The field named as a person would, in the user's language: the word for its dotted path
    (list positions left out), else for its last part, else the path itself in quotes."""
    parts = [part for part in field.split(".") if not part.isdigit()]
    for candidate in (".".join(parts), parts[-1] if parts else "", parts[0] if parts else ""):
        word = _FIELD_WORDS.get(candidate)
        if word is not None:
            return _(word)
    return f"'{field}'"


def field_label(field: str) -> str:
    """A case field's label ("Date of birth"); a field without one, as its name."""
    label = _FIELD_LABELS.get(field)
    return _(label) if label else field


def choice_words(field: str, code: str) -> str:
    """The value of a field with a fixed list of choices in words ("high" risk: "High");
    a value of another field, or a code this version does not know, as it is."""
    word = _CHOICE_WORDS.get(field, {}).get(code)
    return _(word) if word else code


def problem_words(error: InvalidField) -> str:
    """What is wrong, in the user's language, with its bound or the accepted values."""
    try:
        problem: Problem | None = Problem(error.problem)
    except ValueError:
        problem = None
    if problem is None:
        return _(_GENERIC_PROBLEM)
    if problem in _NO_LIMIT and error.limit is None:
        return _(_NO_LIMIT[problem])
    if problem is Problem.NOT_A_CHOICE and not error.choices:
        return _(_GENERIC_PROBLEM)
    if problem is Problem.NOT_A_DATE and len(error.choices) == 2:  # typed: cli/date_input.py
        return _(_TYPED_DATE).format(shown=error.choices[0], iso=error.choices[1])
    template = _PROBLEM_WORDS.get(problem, _GENERIC_PROBLEM)
    return _(template).format(limit=error.limit, choices=", ".join(error.choices))


def invalid_field_sentence(error: InvalidField) -> str:
    """The whole sentence for a rejected field."""
    if error.problem == Problem.UNKNOWN_FIELD:
        return _("{field} is not a field CaseVault knows; check its spelling.").format(
            field=f"'{error.field}'"
        )
    return _("Invalid value for {field}: {problem}").format(
        field=field_words(error.field), problem=problem_words(error)
    )
