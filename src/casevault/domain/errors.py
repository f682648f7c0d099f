"""The domain's one error hierarchy. Errors carry data; people-facing text is made at the edges."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every rule violation raised by casevault.domain."""


class TransitionNotAllowed(DomainError):
    """A case status change that the workflow does not allow."""

    def __init__(self, current: str, requested: str) -> None:
        super().__init__(f"{current} -> {requested}")
        self.current = current
        self.requested = requested


class InvalidField(DomainError):
    """A field value failed validation; `field` names it (a dotted path such as
    "name_latin.surname"), `problem` is a machine code (domain.field_problems.Problem), `limit`
    the bound it broke when there is one (characters, items, bytes), `choices` the allowed values
    for a choice (for a date typed at the CLI: one example date in each accepted form). Never a
    sentence: the edges word it in the user's language."""

    def __init__(
        self, field: str, problem: str, limit: int | None = None, choices: tuple[str, ...] = ()
    ) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.limit = limit
        self.choices = choices


class EvaluationIncomplete(DomainError):
    """An evaluation cannot be finalised yet; `field` names what is missing (a machine code)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class ThresholdTooLow(DomainError):
    """A clearance threshold below the floor (at least two independent evaluations, always)."""

    def __init__(self, requested: int, minimum: int) -> None:
        super().__init__(f"{requested} < {minimum}")
        self.requested = requested
        self.minimum = minimum


class EvaluationPayloadInvalid(DomainError):
    """Signed evaluation bytes that do not decode to a canonical statement.

    `reason`: "too-large", "not-utf8", "not-json", "duplicate-key", "schema", "not-canonical".
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnsafeName(DomainError):
    """A name from outside (an organisation, an evaluator, a file) that could disguise text or
    reach outside a folder. `problem` is a NameProblem value ("control", "invisible", "path"...).
    """

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class ExaminationPayloadInvalid(DomainError):
    """Signed examination-note bytes that do not decode to a canonical statement.

    `reason`: "too-large", "not-utf8", "not-json", "duplicate-key", "schema", "not-canonical".
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
