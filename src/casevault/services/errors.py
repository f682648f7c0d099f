"""The services layer's own errors (failures that are about a use case, not storage or rules)."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of failures raised by casevault.services."""


class CaseNotFound(ServiceError):
    """No case with this id (or prefix) in the vault."""

    def __init__(self, case_ref: str) -> None:
        super().__init__(case_ref)
        self.case_ref = case_ref


class AmbiguousCaseId(ServiceError):
    """A short id prefix matches more than one case."""

    def __init__(self, case_ref: str, matches: int) -> None:
        super().__init__(case_ref)
        self.case_ref = case_ref
        self.matches = matches


class CaseDeleted(ServiceError):
    """The case is deleted; restore it before editing."""

    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id


class WeakPassphrase(ServiceError):
    """A new passphrase that is too short to protect the vault (`minimum` characters)."""

    def __init__(self, minimum: int) -> None:
        super().__init__(minimum)
        self.minimum = minimum


class CaseLinkedToItself(ServiceError):
    """Both sides of a link are the same case."""

    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id
