"""The pick-up pass: bring complete new bundles in from every peer's inbox folder.

Each complete file (domain/transport.py: not hidden, not a temp or partial name, unchanged
between this pass's look and the previous one) goes through exactly what a manual import does:
verify and stage (services/import_verify.py), preview (services/import_preview.py), apply
(services/imports.py). Then it is moved aside inside the inbox:

* `processed/` - applied, or handled before (same bytes, or a bundle id already applied);
* `waiting/`   - verified, but it waits for a person: auto-apply is off for this peer (the
  default), or the preview shows conflicts, possible duplicates, refusals, erasure notices or a
  key change. `casevault transport pending` and the app list them;
* `refused/`   - a check failed, or the bundle is authentic but from another sender than this
  folder's peer. The vault is not touched (only the register below and the audit log).

Every file is registered in the vault by the SHA-256 of its bytes (migration 0017) before it
is moved, so a file that comes back (Syncthing restoring it, a copy from a USB stick) is set
aside again and never imported twice; the bundle id register of services/imports.py holds
even for a file changed to get a new hash.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from casevault.crypto.errors import CryptoError
from casevault.domain.audit_actions import AuditAction
from casevault.domain.errors import DomainError
from casevault.domain.transport import (
    PROCESSED_DIR,
    REFUSED_DIR,
    WAITING_DIR,
    Look,
    Outcome,
    PeerKind,
    RefusalCause,
    WaitReason,
    is_candidate,
    settled,
)
from casevault.exchange import errors as ex
from casevault.services import errors as svc
from casevault.services import import_verify, imports, transport
from casevault.services.import_preview import ImportPreview, ImportResult
from casevault.services.import_verify import StagedBundle
from casevault.services.inbox_files import digest_settled, move_aside, open_settled
from casevault.services.inbox_waiting import (
    HandledFile,
    WaitingBundle,
    find_waiting,
    finish_waiting,
    handled_files,
    list_waiting,
    reconcile_waiting,
)
from casevault.services.session import Session
from casevault.services.transport import Peer, PeerFolders, SendResult
from casevault.vault.errors import VaultError
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import transport as transport_repo
from casevault.vault.repos.transport import FileRow

__all__ = [
    "FileReport",
    "HandledFile",
    "PassReport",
    "SendFailure",
    "Sightings",
    "WaitingBundle",
    "find_waiting",
    "finish_waiting",
    "handled_files",
    "list_waiting",
    "refusal_cause",
    "run_pass",
    "wait_reasons",
]


@dataclass
class Sightings:
    """The previous look at each inbox, kept by the caller from one pass to the next."""

    looks: dict[str, Look] = field(default_factory=dict)


@dataclass(frozen=True)
class FileReport:
    """What a pass did with one inbox file."""

    peer: Peer
    file_name: str
    outcome: Outcome
    refusal: RefusalCause | None = None
    waiting_for: tuple[WaitReason, ...] = ()
    bundle_id: str | None = None
    result: ImportResult | None = None
    error: Exception | None = None  # the check that failed, for the full plain-words message


@dataclass(frozen=True)
class SendFailure:
    """A bundle a pass could not send (e.g. a man's consent is missing, the stick is gone)."""

    peer: Peer
    error: Exception


@dataclass(frozen=True)
class PassReport:
    """Everything one pick-up pass did."""

    files: tuple[FileReport, ...] = ()
    sent: tuple[SendResult, ...] = ()
    send_failures: tuple[SendFailure, ...] = ()
    missing_inboxes: tuple[Peer, ...] = ()  # not reachable now (a stick not plugged in)
    still_arriving: int = 0  # files seen for the first time or still changing


def run_pass(session: Session, sightings: Sightings, *, send: bool = True) -> PassReport:
    """One pick-up pass over every peer with an inbox; then, with `send`, a bundle to every peer
    that sends on every pass and has something new (services/transport.send_if_changed).

    Only files unchanged since the previous pass's look (kept in `sightings`) are taken. Raises
    only for the vault itself (VaultError: locked, storage failure); every failure of a file
    is reported in the PassReport and the file is set aside."""
    files: list[FileReport] = []
    missing: list[Peer] = []
    arriving = 0
    reconcile_waiting(session)
    folders = transport.list_folders(session)
    for peer_folders in folders:
        inbox = peer_folders.inbox
        if inbox is None:
            continue
        current = _look(inbox)
        if current is None:
            missing.append(peer_folders.peer)
            continue
        previous = sightings.looks.get(str(inbox), {})
        sightings.looks[str(inbox)] = current
        ready = settled(previous, current)
        arriving += len(current) - len(ready)
        for name in ready:
            report = _take(session, peer_folders, inbox / name, current[name])
            if report is None:
                arriving += 1
            else:
                files.append(report)
    sent: list[SendResult] = []
    failures: list[SendFailure] = []
    for peer_folders in folders if send else ():
        if not peer_folders.send_on_pass or peer_folders.outbox is None:
            continue
        try:
            done = transport.send_if_changed(session, peer_folders.peer)
        except (svc.ServiceError, ex.ExchangeError, OSError) as exc:
            failures.append(SendFailure(peer_folders.peer, exc))
            continue
        if done is not None:
            sent.append(done)
    return PassReport(tuple(files), tuple(sent), tuple(failures), tuple(missing), arriving)


def _look(inbox: Path) -> dict[str, tuple[int, int]] | None:
    """Size and mtime of every candidate regular file directly in `inbox`; None if unreachable."""
    try:
        entries = list(os.scandir(inbox))
    except OSError:
        return None
    look: dict[str, tuple[int, int]] = {}
    for entry in entries:
        if not is_candidate(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                stat = entry.stat(follow_symlinks=False)
                look[entry.name] = (stat.st_size, stat.st_mtime_ns)
    return look


@dataclass(frozen=True)
class _Decision:
    """What a pass decided about one file, before the file is moved."""

    outcome: Outcome
    bundle_id: str | None = None
    refusal: RefusalCause | None = None
    waiting_for: tuple[WaitReason, ...] = ()
    result: ImportResult | None = None
    error: Exception | None = None


def _take(
    session: Session, folders: PeerFolders, path: Path, seen: tuple[int, int]
) -> FileReport | None:
    """Handle one complete file; None if it turned out to be still arriving."""
    handle = open_settled(path, seen)
    if handle is None:
        return None
    with handle:
        sha = digest_settled(handle, seen)
        if sha is None:
            return None
        with session.vault.reading() as conn:
            known = transport_repo.get_file(conn, sha)
        decision = None if known is not None else _decide(session, folders, handle)
    # The file is closed before it moves (Windows cannot rename an open file).
    if known is not None:  # these very bytes were handled before: set this copy aside again
        where = REFUSED_DIR if known.outcome == Outcome.REFUSED else PROCESSED_DIR
        name = move_aside(path.parent, path.name, path.parent, where) or path.name
        return FileReport(folders.peer, name, Outcome.ALREADY, bundle_id=known.bundle_id)
    if decision is None:  # unreadable now: left as it is, for a later pass
        return None
    return _settle(session, folders.peer, path, sha, decision)


def _decide(session: Session, folders: PeerFolders, untrusted: BinaryIO) -> _Decision | None:
    """Verify -> preview -> apply (or not), exactly as a manual import does. None if the file
    could not be read (nothing was applied: the import is one transaction)."""
    try:
        staged = import_verify.verify_and_stage(session, untrusted)
        if not _from_peer(session, staged, folders.peer):
            return _Decision(Outcome.REFUSED, staged.bundle_id, RefusalCause.WRONG_FOLDER)
        preview = imports.preview_import(session, staged)
        reasons = wait_reasons(preview, staged, auto_apply=folders.auto_apply)
        if reasons:
            return _Decision(Outcome.WAITING, staged.bundle_id, waiting_for=reasons)
        result = imports.apply_import(session, staged)
    except svc.BundleReplayed as replayed:
        return _Decision(Outcome.ALREADY, replayed.bundle_id)
    except (ex.ExchangeError, CryptoError, DomainError, svc.ServiceError) as exc:
        return _Decision(Outcome.REFUSED, None, refusal_cause(exc), error=exc)
    except VaultError:
        raise  # the vault itself (locked, disk full): not the file's fault; the pass stops
    except OSError:
        return None  # the file could not be read to the end (a stick pulled): try again later
    except Exception as exc:
        # Anything else a hostile file provokes sets that file aside (NOT_ACCEPTED: a manual
        # import shows why) instead of stopping every later pass on it.
        return _Decision(Outcome.REFUSED, None, RefusalCause.NOT_ACCEPTED, error=exc)
    return _Decision(Outcome.APPLIED, staged.bundle_id, result=result)


def _from_peer(session: Session, staged: StagedBundle, peer: Peer) -> bool:
    """True if the (verified) sender is the peer whose folder this is."""
    if peer.kind is PeerKind.PARTNER:
        return staged.sender_org_id == peer.id
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
    return staged.sender_org_id == own.id and staged.sender_node_id == peer.id


def wait_reasons(
    preview: ImportPreview, staged: StagedBundle, *, auto_apply: bool
) -> tuple[WaitReason, ...]:
    """Why this verified bundle must wait for a person; empty if it may apply on its own.

    Auto-apply never decides anything a person would be asked in the import wizard: conflicts,
    possible duplicates, refused records or evaluations, erasure notices and key changes all
    wait, whatever the setting."""
    reasons: list[WaitReason] = []
    if not auto_apply:
        reasons.append(WaitReason.AUTO_APPLY_OFF)
    if any(plan.conflicts for plan in preview.plans):
        reasons.append(WaitReason.CONFLICTS)
    if any(preview.possible_duplicates.values()):
        reasons.append(WaitReason.POSSIBLE_DUPLICATES)
    if preview.refusals or preview.refused_evaluations:
        reasons.append(WaitReason.REFUSALS)
    if preview.erasure_notices:
        reasons.append(WaitReason.ERASURE_NOTICES)
    if staged.key_rotations or staged.key_revocations:
        reasons.append(WaitReason.KEY_EVENTS)
    return tuple(reasons)


def refusal_cause(error: Exception) -> RefusalCause:
    """The plain category of a failed check, stored with a refused file."""
    categories: tuple[tuple[type[Exception] | tuple[type[Exception], ...], RefusalCause], ...] = (
        (ex.NotABundle, RefusalCause.NOT_A_BUNDLE),
        ((ex.BundleNotForUs, ex.NotARecipient), RefusalCause.NOT_FOR_US),
        ((ex.BundleMalformed, ex.BundleTampered, CryptoError), RefusalCause.DAMAGED),
        ((ex.SenderUnknown, ex.SenderKeyMismatch), RefusalCause.UNKNOWN_SENDER),
        (svc.PartnerNotTrusted, RefusalCause.SENDER_NOT_TRUSTED),
        (svc.NodeRemoved, RefusalCause.REMOVED_LAPTOP),
        (svc.BundleFromThisNode, RefusalCause.OWN_BUNDLE),
        ((ex.ContentInvalid, svc.ImportTooLarge, DomainError), RefusalCause.INVALID_CONTENT),
    )
    for types, cause in categories:
        if isinstance(error, types):
            return cause
    return RefusalCause.NOT_ACCEPTED


def _settle(session: Session, peer: Peer, path: Path, sha: str, decision: _Decision) -> FileReport:
    """Register the file (first: a crash before the move leaves a known hash), then move it."""
    outcome = decision.outcome
    where = {Outcome.REFUSED: REFUSED_DIR, Outcome.WAITING: WAITING_DIR}.get(outcome, PROCESSED_DIR)
    detail = (
        (decision.refusal.value,)
        if decision.refusal
        else tuple(r.value for r in decision.waiting_for)
    )
    with session.vault.transaction() as conn:
        transport_repo.put_file(
            conn,
            FileRow(
                sha,
                peer.kind.value,
                peer.id,
                outcome.value,
                detail,
                decision.bundle_id,
                path.name,
                session.clock().isoformat(),
            ),
        )
        session.audit(
            conn,
            AuditAction.TRANSPORT_FILE,
            "bundle",
            decision.bundle_id or sha,
            {"peer": peer.id, "outcome": outcome.value, "detail": list(detail)},
        )
    moved = move_aside(path.parent, path.name, path.parent, where)
    if moved is not None and moved != path.name:
        with session.vault.transaction() as conn:
            transport_repo.set_file_name(conn, sha, moved)
    return FileReport(
        peer,
        moved or path.name,
        outcome,
        decision.refusal,
        decision.waiting_for,
        decision.bundle_id,
        decision.result,
        decision.error,
    )
