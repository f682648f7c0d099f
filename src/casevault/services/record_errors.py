"""Cases, evaluations, attachments and the other records a command names: not found, ambiguous, or
in a state that refuses the action.
"""

from __future__ import annotations

from casevault.services.service_error import ServiceError


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


class EvaluationNotFound(ServiceError):
    """No evaluation with this id (or prefix)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


class EvaluatorNotFound(ServiceError):
    """No evaluator with this id (or prefix)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


class AmbiguousId(ServiceError):
    """A short id prefix matches more than one record of `record_type`."""

    def __init__(self, record_type: str, ref: str) -> None:
        super().__init__(f"{record_type} {ref}")
        self.record_type = record_type
        self.ref = ref


class EvaluationFinalised(ServiceError):
    """The evaluation is finalised (signed): it cannot be edited or deleted, only superseded."""

    def __init__(self, evaluation_id: str) -> None:
        super().__init__(evaluation_id)
        self.evaluation_id = evaluation_id


class EvaluationNotFinalised(ServiceError):
    """Only a finalised evaluation can be superseded; a draft is simply edited."""

    def __init__(self, evaluation_id: str) -> None:
        super().__init__(evaluation_id)
        self.evaluation_id = evaluation_id


class AlreadySuperseded(ServiceError):
    """The evaluation already has a correction (`successor_id`, draft or finalised)."""

    def __init__(self, evaluation_id: str, successor_id: str) -> None:
        super().__init__(evaluation_id)
        self.evaluation_id = evaluation_id
        self.successor_id = successor_id


class EvaluatorNotOurs(ServiceError):
    """The evaluator belongs to another organisation; we can only sign for our own."""

    def __init__(self, evaluator_id: str) -> None:
        super().__init__(evaluator_id)
        self.evaluator_id = evaluator_id


class ProfileNotFound(ServiceError):
    """No redaction profile with this name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class CaseLinkedToItself(ServiceError):
    """Both sides of a link are the same case."""


class NoSuchConflict(ServiceError):
    """The field of this case is not in conflict (perhaps already resolved)."""

    def __init__(self, case_id: str, field: str) -> None:
        super().__init__(case_id, field)
        self.case_id = case_id
        self.field = field


class AttachmentNotFound(ServiceError):
    """No attachment with this id (or prefix)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


class NotMerged(ServiceError):
    """The case was not merged into another one."""

    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id


class CaseMerged(ServiceError):
    """The case was merged into `kept_id`; it comes back with `case unmerge`, not restore."""

    def __init__(self, case_id: str, kept_id: str) -> None:
        super().__init__(case_id, kept_id)
        self.case_id = case_id
        self.kept_id = kept_id


class CaseErased(ServiceError):
    """The case was erased at the man's request: nothing may bring it back (restore, unmerge)."""

    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id
