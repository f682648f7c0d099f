"""Exports, imports and transport folders: what a bundle or a folder may not do."""

from __future__ import annotations

from casevault.services.service_error import ServiceError


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


class ConsentMissing(ServiceError):
    """An export to `partner_id` of cases for which the man gave no consent (or withdrew it).

    `case_ids` are the cases lacking consent. The export may go ahead only with a written reason
    (an override), which is stored and audited.
    """

    def __init__(self, case_ids: tuple[str, ...], partner_id: str) -> None:
        super().__init__(f"{len(case_ids)} case(s) to {partner_id}")
        self.case_ids = case_ids
        self.partner_id = partner_id


class BundleFromThisNode(ServiceError):
    """A bundle made on this very laptop: there is nothing to import from it."""


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
