"""Erasure at the man's request: what it refuses before touching anything, and the one failure
after its commit.
"""

from __future__ import annotations

from casevault.services.service_error import ServiceError


class ErasureNotConfirmed(ServiceError):
    """Erasure needs the case's full id typed again; what was given did not match it."""

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
