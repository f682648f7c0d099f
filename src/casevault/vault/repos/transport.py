"""Rows of `transport_folders` and `transport_files` (migration 0017): per-peer folders and the
register of every file picked up from an inbox, by content hash."""

from __future__ import annotations

import json
from dataclasses import dataclass

from casevault.vault.connection import Connection

# Audit actions that do not change what a bundle to a peer would carry: a pass that saw only
# these since its last send has nothing new to send (and two peers never bounce bundles forever).
_NOT_A_CHANGE = ("bundle.import", "bundle.export")


@dataclass(frozen=True)
class FolderRow:
    """One peer's folders and settings as stored."""

    peer_kind: str
    peer_id: str
    outbox: str | None
    inbox: str | None
    auto_apply: bool
    send_on_pass: bool
    last_sent_seq: int
    updated_at: str


@dataclass(frozen=True)
class FileRow:
    """One registered inbox file."""

    sha256: str
    peer_kind: str
    peer_id: str
    outcome: str
    detail: tuple[str, ...]
    bundle_id: str | None
    file_name: str
    seen_at: str


_FOLDER_COLUMNS = (
    "peer_kind, peer_id, outbox, inbox, auto_apply, send_on_pass, last_sent_seq, updated_at"
)
_FILE_COLUMNS = "sha256, peer_kind, peer_id, outcome, detail, bundle_id, file_name, seen_at"


def put_folders(conn: Connection, row: FolderRow) -> None:
    """Insert or replace one peer's folders and settings."""
    conn.execute(
        f"INSERT OR REPLACE INTO transport_folders ({_FOLDER_COLUMNS}) "  # noqa: S608 - fixed
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.peer_kind,
            row.peer_id,
            row.outbox,
            row.inbox,
            int(row.auto_apply),
            int(row.send_on_pass),
            row.last_sent_seq,
            row.updated_at,
        ),
    )


def get_folders(conn: Connection, peer_kind: str, peer_id: str) -> FolderRow | None:
    """One peer's folders, or None if it has none."""
    row = conn.execute(
        f"SELECT {_FOLDER_COLUMNS} FROM transport_folders "  # noqa: S608 - fixed columns
        "WHERE peer_kind = ? AND peer_id = ?",
        (peer_kind, peer_id),
    ).fetchone()
    return _folder(row) if row else None


def list_folders(conn: Connection) -> list[FolderRow]:
    """Every peer with folders, in a stable order."""
    rows = conn.execute(
        f"SELECT {_FOLDER_COLUMNS} FROM transport_folders ORDER BY peer_kind, peer_id"  # noqa: S608
    ).fetchall()
    return [_folder(row) for row in rows]


def delete_folders(conn: Connection, peer_kind: str, peer_id: str) -> bool:
    """Forget one peer's folders; False if it had none."""
    cursor = conn.execute(
        "DELETE FROM transport_folders WHERE peer_kind = ? AND peer_id = ?", (peer_kind, peer_id)
    )
    return bool(cursor.rowcount)


def set_last_sent(conn: Connection, peer_kind: str, peer_id: str, seq: int) -> None:
    """Remember the audit position right after a bundle was sent to this peer."""
    conn.execute(
        "UPDATE transport_folders SET last_sent_seq = ? WHERE peer_kind = ? AND peer_id = ?",
        (seq, peer_kind, peer_id),
    )


def changes_since(conn: Connection, seq: int) -> int:
    """How many audit entries after `seq` may change what a bundle carries."""
    row = conn.execute(
        "SELECT COUNT(*) FROM audit_log WHERE seq > ? AND action NOT LIKE 'transport.%' "
        "AND action NOT IN (?, ?)",
        (seq, *_NOT_A_CHANGE),
    ).fetchone()
    return int(row[0])


def get_file(conn: Connection, sha256: str) -> FileRow | None:
    """The register entry for a file's content, or None if never seen."""
    row = conn.execute(
        f"SELECT {_FILE_COLUMNS} FROM transport_files WHERE sha256 = ?",  # noqa: S608 - fixed
        (sha256,),
    ).fetchone()
    return _file(row) if row else None


def put_file(conn: Connection, row: FileRow) -> None:
    """Register (or update) one inbox file."""
    conn.execute(
        f"INSERT OR REPLACE INTO transport_files ({_FILE_COLUMNS}) "  # noqa: S608 - fixed
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.sha256,
            row.peer_kind,
            row.peer_id,
            row.outcome,
            json.dumps(list(row.detail)),
            row.bundle_id,
            row.file_name,
            row.seen_at,
        ),
    )


def set_file_name(conn: Connection, sha256: str, file_name: str) -> None:
    """Record the name a registered file has now (after it was moved aside)."""
    conn.execute("UPDATE transport_files SET file_name = ? WHERE sha256 = ?", (file_name, sha256))


def list_files(conn: Connection, outcome: str | None = None) -> list[FileRow]:
    """Registered files, oldest first, optionally only those with one outcome."""
    where = "WHERE outcome = ?" if outcome else ""
    rows = conn.execute(
        f"SELECT {_FILE_COLUMNS} FROM transport_files {where} ORDER BY seen_at, sha256",  # noqa: S608
        (outcome,) if outcome else (),
    ).fetchall()
    return [_file(row) for row in rows]


def _folder(row: tuple[object, ...]) -> FolderRow:
    return FolderRow(
        str(row[0]),
        str(row[1]),
        None if row[2] is None else str(row[2]),
        None if row[3] is None else str(row[3]),
        bool(row[4]),
        bool(row[5]),
        int(str(row[6])),
        str(row[7]),
    )


def _file(row: tuple[object, ...]) -> FileRow:
    detail = json.loads(str(row[4]))
    return FileRow(
        str(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        tuple(str(d) for d in detail) if isinstance(detail, list) else (),
        None if row[5] is None else str(row[5]),
        str(row[6]),
        str(row[7]),
    )
