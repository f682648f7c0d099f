"""The services layer's own errors (failures that are about a use case, not storage or rules).

One import point for every caller: the types are defined, one concern per module, in
service_error (the base), record_errors, erasure_errors, partner_errors, bundle_errors and
access_errors, and re-exported here unchanged (same classes, so `except` clauses and the
message tables keyed by type keep working).
"""

from __future__ import annotations

from casevault.services.access_errors import (
    DuressSameAsPassphrase,
    KeyFileChangedSinceUnlock,
    UnlockLimitOutOfRange,
    VaultDestroyedAfterFailures,
    WeakPassphrase,
)
from casevault.services.bundle_errors import (
    BundleFromThisNode,
    BundleReplayed,
    ConsentMissing,
    ImportTooLarge,
    NothingToExport,
    TransportFolderInvalid,
    TransportNotSet,
    WaitingFileNotFound,
)
from casevault.services.erasure_errors import (
    CompactionFailed,
    ErasureNotConfirmed,
    RelatedCasesNotConfirmed,
)
from casevault.services.partner_errors import (
    AmbiguousPartnerId,
    CardKeysRevoked,
    EnrolmentCodeMismatch,
    NodeNotCertified,
    NodeRemoved,
    NoPendingAnnouncement,
    OwnKeyNotFound,
    PartnerAlreadyKnown,
    PartnerIsUs,
    PartnerKeysChanged,
    PartnerNotFound,
    PartnerNotTrusted,
    VaultNotEmpty,
    VerificationMismatch,
)
from casevault.services.record_errors import (
    AlreadySuperseded,
    AmbiguousCaseId,
    AmbiguousId,
    AttachmentNotFound,
    CaseDeleted,
    CaseErased,
    CaseLinkedToItself,
    CaseMerged,
    CaseNotFound,
    EvaluationFinalised,
    EvaluationNotFinalised,
    EvaluationNotFound,
    EvaluatorNotFound,
    EvaluatorNotOurs,
    NoSuchConflict,
    NotMerged,
    ProfileNotFound,
)
from casevault.services.service_error import ServiceError

__all__ = [
    "AlreadySuperseded",
    "AmbiguousCaseId",
    "AmbiguousId",
    "AmbiguousPartnerId",
    "AttachmentNotFound",
    "BundleFromThisNode",
    "BundleReplayed",
    "CardKeysRevoked",
    "CaseDeleted",
    "CaseErased",
    "CaseLinkedToItself",
    "CaseMerged",
    "CaseNotFound",
    "CompactionFailed",
    "ConsentMissing",
    "DuressSameAsPassphrase",
    "EnrolmentCodeMismatch",
    "ErasureNotConfirmed",
    "EvaluationFinalised",
    "EvaluationNotFinalised",
    "EvaluationNotFound",
    "EvaluatorNotFound",
    "EvaluatorNotOurs",
    "ImportTooLarge",
    "KeyFileChangedSinceUnlock",
    "NoPendingAnnouncement",
    "NoSuchConflict",
    "NodeNotCertified",
    "NodeRemoved",
    "NotMerged",
    "NothingToExport",
    "OwnKeyNotFound",
    "PartnerAlreadyKnown",
    "PartnerIsUs",
    "PartnerKeysChanged",
    "PartnerNotFound",
    "PartnerNotTrusted",
    "ProfileNotFound",
    "RelatedCasesNotConfirmed",
    "ServiceError",
    "TransportFolderInvalid",
    "TransportNotSet",
    "UnlockLimitOutOfRange",
    "VaultDestroyedAfterFailures",
    "VaultNotEmpty",
    "VerificationMismatch",
    "WaitingFileNotFound",
    "WeakPassphrase",
]
