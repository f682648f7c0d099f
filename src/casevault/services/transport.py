"""Transport folders: which folders a peer has, and sending a bundle into its outbox.

A peer is a partner organisation (by partner id) or another laptop of ours (by node id). The
folders are stored in the vault (migration 0017), never in a plain settings file. Sending uses
the ordinary export (services/exports.py) and the careful writer (services/outbox.py); what a
bundle carries and who may read it is exactly what `export --to` (or `sync export`) would write.
Picking bundles up is services/inbox.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from casevault.domain.audit_actions import AuditAction
from casevault.domain.transport import PeerKind
from casevault.services import exports
from casevault.services.errors import (
    NothingToExport,
    PartnerNotFound,
    TransportFolderInvalid,
    TransportNotSet,
)
from casevault.services.outbox import bundle_file_name, write_into
from casevault.services.partners import resolve_partner_id
from casevault.services.session import Session
from casevault.services.versioning import node_id
from casevault.vault.connection import Connection
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import transport as transport_repo
from casevault.vault.repos.transport import FolderRow

_NODE_ID = re.compile(r"^[0-9A-Za-z-]{4,64}$")


@dataclass(frozen=True)
class Peer:
    """The other end of a folder pair."""

    kind: PeerKind
    id: str


@dataclass(frozen=True)
class PeerFolders:
    """A peer's folders and settings, with a name to show (the partner's, or the node id)."""

    peer: Peer
    name: str
    outbox: Path | None
    inbox: Path | None
    auto_apply: bool
    send_on_pass: bool


@dataclass(frozen=True)
class SendResult:
    """A bundle written into a peer's outbox."""

    peer: Peer
    file_name: str
    export: exports.ExportResult


def resolve_peer(session: Session, peer_ref: str, *, node: bool = False) -> Peer:
    """A partner from its id or a prefix, or (with `node`) one of our laptops by node id.

    Raises PartnerNotFound, AmbiguousPartnerId; PartnerNotFound for a node id that is not one
    (badly formed, or this laptop's own)."""
    with session.vault.reading() as conn:
        return _resolve(conn, peer_ref, node)


def _resolve(conn: Connection, peer_ref: str, node: bool) -> Peer:
    if not node:
        return Peer(PeerKind.PARTNER, resolve_partner_id(conn, peer_ref))
    ref = peer_ref.strip()
    if not _NODE_ID.match(ref) or ref == node_id(conn):
        raise PartnerNotFound(ref)
    return Peer(PeerKind.NODE, ref)


def _folder(path: Path | None) -> str | None:
    if path is None:
        return None
    absolute = path.expanduser().resolve()
    if not absolute.exists():
        raise TransportFolderInvalid(str(path), "missing")
    if not absolute.is_dir():
        raise TransportFolderInvalid(str(path), "not-a-folder")
    return str(absolute)


def set_folders(
    session: Session,
    peer: Peer,
    *,
    outbox: Path | None = None,
    inbox: Path | None = None,
    auto_apply: bool | None = None,
    send_on_pass: bool | None = None,
) -> PeerFolders:
    """Give `peer` an outbox and/or an inbox, and its settings; what is not given is kept.

    Auto-apply and sending on every pass are off until turned on. Audited (no paths in the log).
    Raises TransportFolderInvalid (a folder missing, not a folder, or outbox = inbox)."""
    new_outbox, new_inbox = _folder(outbox), _folder(inbox)
    with session.vault.transaction() as conn:
        old = transport_repo.get_folders(conn, peer.kind, peer.id)
        row = FolderRow(
            peer.kind.value,
            peer.id,
            new_outbox if outbox is not None else (old.outbox if old else None),
            new_inbox if inbox is not None else (old.inbox if old else None),
            auto_apply if auto_apply is not None else (old.auto_apply if old else False),
            send_on_pass if send_on_pass is not None else (old.send_on_pass if old else False),
            old.last_sent_seq if old else 0,
            session.clock().isoformat(),
        )
        if row.outbox is not None and row.outbox == row.inbox:
            raise TransportFolderInvalid(row.outbox, "same")
        transport_repo.put_folders(conn, row)
        session.audit(
            conn,
            AuditAction.TRANSPORT_SET,
            peer.kind.value,
            peer.id,
            {
                "outbox": row.outbox is not None,
                "inbox": row.inbox is not None,
                "auto_apply": row.auto_apply,
                "send_on_pass": row.send_on_pass,
            },
        )
        return _details(conn, row)


def clear_folders(session: Session, peer: Peer) -> bool:
    """Forget `peer`'s folders (the folders and their files stay). False if it had none."""
    with session.vault.transaction() as conn:
        removed = transport_repo.delete_folders(conn, peer.kind, peer.id)
        if removed:
            session.audit(conn, AuditAction.TRANSPORT_CLEAR, peer.kind.value, peer.id, {})
    return removed


def list_folders(session: Session) -> list[PeerFolders]:
    """Every peer that has folders."""
    with session.vault.reading() as conn:
        return [_details(conn, row) for row in transport_repo.list_folders(conn)]


def get_folders(session: Session, peer: Peer) -> PeerFolders | None:
    """One peer's folders, or None."""
    with session.vault.reading() as conn:
        row = transport_repo.get_folders(conn, peer.kind, peer.id)
        return _details(conn, row) if row else None


def _details(conn: Connection, row: FolderRow) -> PeerFolders:
    kind = PeerKind(row.peer_kind)
    name = row.peer_id
    if kind is PeerKind.PARTNER:
        found = partner_repo.find_partner(conn, row.peer_id)
        name = found.name if found is not None else row.peer_id
    return PeerFolders(
        Peer(kind, row.peer_id),
        name,
        Path(row.outbox) if row.outbox else None,
        Path(row.inbox) if row.inbox else None,
        row.auto_apply,
        row.send_on_pass,
    )


def send(session: Session, peer: Peer) -> SendResult:
    """Export to `peer` into its outbox (the careful writer: nothing half-written is visible).

    The bundle is what `export --to PARTNER` writes for a partner (every case needs the man's
    consent), or what `sync export` writes for another of our laptops. Raises TransportNotSet,
    TransportFolderInvalid (the outbox is gone, e.g. the USB stick is not plugged in),
    NothingToExport and everything exports.export_bundle raises."""
    folders = get_folders(session, peer)
    if folders is None or folders.outbox is None:
        raise TransportNotSet(peer.id, "outbox")
    outbox = folders.outbox
    if not outbox.is_dir():
        raise TransportFolderInvalid(str(outbox), "missing")
    if peer.kind is PeerKind.NODE:
        name, result = write_into(
            outbox, lambda sink: exports.export_bundle(session, [], sink, to_own_nodes=True)
        )
    else:
        name, result = write_into(
            outbox, lambda sink: exports.export_bundle(session, [peer.id], sink)
        )
    with session.vault.transaction() as conn:
        transport_repo.set_last_sent(conn, peer.kind, peer.id, audit_repo.highest_seq_issued(conn))
    return SendResult(peer, name, result)


def send_if_changed(session: Session, peer: Peer) -> SendResult | None:
    """Send to `peer` if something that a bundle carries changed since the last send by a pass.

    Imports that changed nothing and exports do not count, so two peers that both send on every
    pass fall quiet once they agree. Returns None when there was nothing new. Raises as `send`,
    except NothingToExport (returns None)."""
    with session.vault.reading() as conn:
        row = transport_repo.get_folders(conn, peer.kind, peer.id)
        if row is None or row.outbox is None:
            raise TransportNotSet(peer.id, "outbox")
        if row.last_sent_seq and not transport_repo.changes_since(conn, row.last_sent_seq):
            return None
    try:
        return send(session, peer)
    except NothingToExport:
        return None


def outbox_file_for(session: Session, partner_refs: Sequence[str]) -> Path | None:
    """Where `export --to PARTNER` writes when no file is named: a new file with a name that
    reveals nothing in that partner's outbox. None unless exactly one partner is named and it
    has an outbox. Raises PartnerNotFound, AmbiguousPartnerId; TransportFolderInvalid if the
    outbox is not reachable now."""
    if len(set(partner_refs)) != 1:
        return None
    with session.vault.reading() as conn:
        peer = _resolve(conn, partner_refs[0], node=False)
        row = transport_repo.get_folders(conn, peer.kind, peer.id)
    if row is None or row.outbox is None:
        return None
    outbox = Path(row.outbox)
    if not outbox.is_dir():
        raise TransportFolderInvalid(row.outbox, "missing")
    return outbox / bundle_file_name()
