"""Bundles that wait for a person (services/inbox.py put them in an inbox's `waiting/`), and
what happens once a person decided: applied (by the import wizard or `transport accept`) goes to
`processed/`, rejected goes to `refused/`. The register (migration 0017) says which wait."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casevault.domain.audit_actions import AuditAction
from casevault.domain.transport import (
    PROCESSED_DIR,
    REFUSED_DIR,
    WAITING_DIR,
    Outcome,
    PeerKind,
    RefusalCause,
    WaitReason,
)
from casevault.services import errors as svc
from casevault.services import transport
from casevault.services.inbox_files import move_aside
from casevault.services.session import Session
from casevault.services.transport import Peer
from casevault.vault.repos import sync_state
from casevault.vault.repos import transport as transport_repo
from casevault.vault.repos.transport import FileRow

_WAIT_CODES = frozenset(r.value for r in WaitReason)


@dataclass(frozen=True)
class WaitingBundle:
    """A verified bundle in a peer's `waiting/` folder, and why it waits."""

    sha256: str
    peer: Peer
    peer_name: str
    path: Path
    bundle_id: str | None
    reasons: tuple[WaitReason, ...]
    seen_at: str


def reconcile_waiting(session: Session) -> None:
    """A waiting bundle that a person imported by hand since: register it applied, move it on."""
    with session.vault.reading() as conn:
        done = [
            row
            for row in transport_repo.list_files(conn, Outcome.WAITING)
            if row.bundle_id and sync_state.bundle_was_applied(conn, row.bundle_id)
        ]
        folders = {(f.peer_kind, f.peer_id): f for f in transport_repo.list_folders(conn)}
    for row in done:
        _finish_waiting(session, row, folders.get((row.peer_kind, row.peer_id)), Outcome.APPLIED)


def _finish_waiting(
    session: Session,
    row: FileRow,
    folders: transport_repo.FolderRow | None,
    outcome: Outcome,
    detail: tuple[str, ...] = (),
) -> None:
    name = row.file_name
    if folders is not None and folders.inbox is not None:
        inbox_dir = Path(folders.inbox)
        where = REFUSED_DIR if outcome is Outcome.REFUSED else PROCESSED_DIR
        name = move_aside(inbox_dir / WAITING_DIR, row.file_name, inbox_dir, where) or name
    with session.vault.transaction() as conn:
        transport_repo.put_file(
            conn,
            FileRow(
                row.sha256,
                row.peer_kind,
                row.peer_id,
                outcome.value,
                detail,
                row.bundle_id,
                name,
                row.seen_at,
            ),
        )
        session.audit(
            conn,
            AuditAction.TRANSPORT_FILE,
            "bundle",
            row.bundle_id or row.sha256,
            {"peer": row.peer_id, "outcome": outcome.value, "detail": list(detail)},
        )


def list_waiting(session: Session) -> list[WaitingBundle]:
    """Every bundle waiting for a person, oldest first (those imported by hand meanwhile are
    registered as applied and moved to processed/ first)."""
    reconcile_waiting(session)
    by_peer = {(f.peer.kind.value, f.peer.id): f for f in transport.list_folders(session)}
    with session.vault.reading() as conn:
        rows = transport_repo.list_files(conn, Outcome.WAITING)
    found = []
    for row in rows:
        folders = by_peer.get((row.peer_kind, row.peer_id))
        if folders is None or folders.inbox is None:
            continue
        found.append(
            WaitingBundle(
                row.sha256,
                folders.peer,
                folders.name,
                folders.inbox / WAITING_DIR / row.file_name,
                row.bundle_id,
                tuple(WaitReason(r) for r in row.detail if r in _WAIT_CODES),
                row.seen_at,
            )
        )
    return found


def find_waiting(session: Session, file_ref: str) -> WaitingBundle:
    """A waiting bundle by its file name or a prefix of its SHA-256 (at least 4 hex digits).

    Raises WaitingFileNotFound (none, several, or its file is gone)."""
    ref = file_ref.strip().lower()
    matches = [
        w
        for w in list_waiting(session)
        if w.path.name.lower() == ref or (len(ref) >= 4 and w.sha256.startswith(ref))
    ]
    if len(matches) != 1 or not matches[0].path.is_file():
        raise svc.WaitingFileNotFound(file_ref)
    return matches[0]


def finish_waiting(session: Session, waiting: WaitingBundle, *, applied: bool) -> None:
    """After a person decided: `applied` moves the file to processed/ (registered applied);
    otherwise to refused/ (registered as rejected by a person). Audited."""
    with session.vault.reading() as conn:
        row = transport_repo.get_file(conn, waiting.sha256)
        folders = transport_repo.get_folders(conn, waiting.peer.kind, waiting.peer.id)
    if row is None:
        raise svc.WaitingFileNotFound(waiting.sha256)
    if applied:
        _finish_waiting(session, row, folders, Outcome.APPLIED)
    else:
        detail = (RefusalCause.REJECTED_BY_PERSON.value,)
        _finish_waiting(session, row, folders, Outcome.REFUSED, detail)


@dataclass(frozen=True)
class HandledFile:
    """One inbox file in the register: what a pass (or a person) did with it, and why."""

    sha256: str
    peer: Peer
    peer_name: str
    file_name: str
    outcome: Outcome
    refusal: RefusalCause | None
    waiting_for: tuple[WaitReason, ...]
    bundle_id: str | None
    seen_at: str


def handled_files(session: Session, limit: int = 50) -> list[HandledFile]:
    """The most recently picked-up inbox files, newest first, with the reason of each refusal."""
    names = {(f.peer.kind.value, f.peer.id): f.name for f in transport.list_folders(session)}
    with session.vault.reading() as conn:
        rows = transport_repo.list_files(conn)
    refusal_codes = {c.value for c in RefusalCause}
    found = []
    for row in reversed(rows[-limit:] if limit > 0 else rows):
        refusal = next((RefusalCause(d) for d in row.detail if d in refusal_codes), None)
        found.append(
            HandledFile(
                row.sha256,
                Peer(PeerKind(row.peer_kind), row.peer_id),
                names.get((row.peer_kind, row.peer_id), row.peer_id[:8]),
                row.file_name,
                Outcome(row.outcome),
                refusal if row.outcome == Outcome.REFUSED else None,
                tuple(WaitReason(d) for d in row.detail if d in _WAIT_CODES),
                row.bundle_id,
                row.seen_at,
            )
        )
    return found
