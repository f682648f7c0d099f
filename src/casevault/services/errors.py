"""The services layer's own errors (failures that are about a use case, not storage or rules)."""

from __future__ import annotations

import datetime as dt


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
    """A new passphrase too easy to guess to protect the vault. `reason` is a
    domain.passphrase_strength.PassphraseProblem value ("too-short", "common", "single-word",
    "pattern", "guessable"); `minimum` is the least number of characters."""

    def __init__(self, minimum: int, reason: str = "too-short") -> None:
        super().__init__(minimum, reason)
        self.minimum = minimum
        self.reason = reason


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


class CardKeysRevoked(ServiceError):
    """An identity card whose keys were revoked before (by their owner, or by any key of their
    rotation chain): whoever sends it may hold a stolen key. Never accepted again."""

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


class EnrolmentCodeMismatch(ServiceError):
    """The code typed on the enrolling laptop is not the one the new laptop shows: the join
    request may have been swapped on its way. Nothing was sealed or written."""

    def __init__(self, request_org_id: str) -> None:
        super().__init__(request_org_id)
        self.request_org_id = request_org_id


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


class PartnerNotTrusted(ServiceError):
    """Export to (or import from) a partner that is not verified, or whose keys are revoked.

    `state` is "unverified" or "revoked".
    """

    def __init__(self, partner_id: str, state: str) -> None:
        super().__init__(partner_id, state)
        self.partner_id = partner_id
        self.state = state


class NothingToExport(ServiceError):
    """The selection holds no case."""


class BundleReplayed(ServiceError):
    """This bundle (by its signed id) was applied before; applying it again is refused."""

    def __init__(self, bundle_id: str) -> None:
        super().__init__(bundle_id)
        self.bundle_id = bundle_id


class ImportTooLarge(ServiceError):
    """A bundle with more records than one import may hold in memory."""

    def __init__(self, maximum: int) -> None:
        super().__init__(maximum)
        self.maximum = maximum


class CaseLinkedToItself(ServiceError):
    """Both sides of a link are the same case."""


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


class NoSuchConflict(ServiceError):
    """The field of this case is not in conflict (perhaps already resolved)."""

    def __init__(self, case_id: str, field: str) -> None:
        super().__init__(case_id, field)
        self.case_id = case_id
        self.field = field


class NodeRemoved(ServiceError):
    """A bundle from a laptop of our own organisation that was removed (e.g. seized)."""

    def __init__(self, node_id: str) -> None:
        super().__init__(node_id)
        self.node_id = node_id


class BundleFromThisNode(ServiceError):
    """A bundle made on this very laptop: there is nothing to import from it."""


class VaultNotEmpty(ServiceError):
    """Joining an organisation needs a new, empty vault (this one holds records)."""

    def __init__(self, records: int) -> None:
        super().__init__(records)
        self.records = records


class AttachmentNotFound(ServiceError):
    """No attachment with this id (or prefix)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


class NoPendingAnnouncement(ServiceError):
    """There is no key rotation or revocation waiting to be announced."""


class PartnerKeysChanged(PartnerNotTrusted):
    """The partner's keys were replaced by a signed rotation and nobody has compared the new
    short code with the partner yet: nothing is sent to it, and nothing but further key events
    is accepted from it, until then (a thief with copied keys can rotate them too).

    `changed_at` is when the rotation was accepted here.
    """

    def __init__(self, partner_id: str, changed_at: dt.datetime) -> None:
        super().__init__(partner_id, "keys_changed")
        self.changed_at = changed_at


class OwnKeyNotFound(ServiceError):
    """No earlier key of our organisation has this fingerprint (or prefix)."""

    def __init__(self, fingerprint_ref: str) -> None:
        super().__init__(fingerprint_ref)
        self.fingerprint_ref = fingerprint_ref


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


class VaultDestroyedAfterFailures(ServiceError):
    """Too many wrong passphrases with the destroy-after option on: the keys were destroyed."""

    def __init__(self, failed: int) -> None:
        super().__init__(failed)
        self.failed = failed


class KeyFileChangedSinceUnlock(ServiceError):
    """The secret did not open the vault, and the key file is not the one last unlocked here:
    it was replaced or edited since. The failure was not counted and nothing was destroyed."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class UnlockLimitOutOfRange(ServiceError):
    """The destroy-after limit must lie between `minimum` and `maximum` wrong passphrases."""

    def __init__(self, value: int, minimum: int, maximum: int) -> None:
        super().__init__(value, minimum, maximum)
        self.value = value
        self.minimum = minimum
        self.maximum = maximum


class CaseErased(ServiceError):
    """The case was erased at the man's request: nothing may bring it back (restore, unmerge)."""

    def __init__(self, case_id: str) -> None:
        super().__init__(case_id)
        self.case_id = case_id


class RelatedCasesNotConfirmed(ServiceError):
    """Erasure refused, nothing changed: other cases belong to the same man (merged or linked
    as duplicates) and were not confirmed for erasure too. `related` lists their ids."""

    def __init__(self, case_id: str, related: tuple[str, ...]) -> None:
        super().__init__(case_id, related)
        self.case_id = case_id
        self.related = related


class CompactionFailed(ServiceError):
    """The erasure COMMITTED (the records are gone), but compacting the database failed, so
    traces may remain in free pages until a compaction succeeds. `case_ids`: the erased cases."""

    def __init__(self, case_ids: tuple[str, ...], detail: str) -> None:
        super().__init__(case_ids, detail)
        self.case_ids = case_ids
        self.detail = detail


class DuressSameAsPassphrase(ServiceError):
    """The duress passphrase refused: it is the vault's own passphrase (typing it must open the
    real vault, so it cannot also destroy it)."""


class TransportNotSet(ServiceError):
    """This peer has no transport folder of the kind needed (`folder`: "outbox" or "inbox")."""

    def __init__(self, peer_id: str, folder: str) -> None:
        super().__init__(peer_id, folder)
        self.peer_id = peer_id
        self.folder = folder


class TransportFolderInvalid(ServiceError):
    """A transport folder that cannot be used. `problem` is "missing" (no such folder),
    "not-a-folder", or "same" (outbox and inbox are one folder: we would read our own bundles)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem


class WaitingFileNotFound(ServiceError):
    """No bundle waiting for a person matches this reference (or it is no longer there)."""

    def __init__(self, file_ref: str) -> None:
        super().__init__(file_ref)
        self.file_ref = file_ref


class NodeNotCertified(ServiceError):
    """This laptop's node keys have no certificate from the organisation's current keys, so it
    cannot do without the organisation's private keys yet (docs/laptops.md)."""

    def __init__(self, node_id: str) -> None:
        super().__init__(node_id)
        self.node_id = node_id
