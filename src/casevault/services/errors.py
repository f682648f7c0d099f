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


class PartnerNotFound(ServiceError):
    """No partner with this id (or prefix)."""

    def __init__(self, partner_ref: str) -> None:
        super().__init__(partner_ref)
        self.partner_ref = partner_ref


class AmbiguousPartnerId(ServiceError):
    """A short partner id prefix matches more than one partner."""

    def __init__(self, partner_ref: str) -> None:
        super().__init__(partner_ref)
        self.partner_ref = partner_ref


class PartnerAlreadyKnown(ServiceError):
    """A card for an organisation we already hold (key changes travel as signed rotations)."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


class PartnerIsUs(ServiceError):
    """The card is our own organisation's."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


class VerificationMismatch(ServiceError):
    """The code or fingerprint the partner read does not match the keys we hold for it."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


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


class ConsentMissing(ServiceError):
    """An export to `partner_id` of cases for which the man gave no consent (or withdrew it).

    `case_ids` are the cases lacking consent. The export may go ahead only with a written reason
    (an override), which is stored and audited.
    """

    def __init__(self, case_ids: tuple[str, ...], partner_id: str) -> None:
        super().__init__(f"{len(case_ids)} case(s) to {partner_id}")
        self.case_ids = case_ids
        self.partner_id = partner_id


class ErasureNotConfirmed(ServiceError):
    """Erasure needs the case's full id typed again; what was given did not match it."""

    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id
