"""The attachments panel's work in a worker thread: add a file, add a derived copy, export a
copy. Each opens only the file the person chose and hands it to services/attachments.py."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from casevault.domain.attachment import Attachment
from casevault.services import attachments as attachment_service
from casevault.services.session import Session
from casevault.services.user_files import user_file


def add_file_job(
    session: Session,
    case_id: uuid.UUID,
    path: str,
    received_from: str,
    received_on: dt.date | None,
) -> Attachment:
    """Runs in a worker. The person chose this file; the service streams it in chunks."""
    with Path(path).open("rb") as source:
        return attachment_service.add_attachment(
            session,
            case_id,
            source,
            Path(path).name,
            received_from=received_from or None,
            received_on=received_on,
        )


def derive_file_job(session: Session, original_id: uuid.UUID, path: str, how: str) -> Attachment:
    """Runs in a worker: a derived copy of `original_id`, read from the chosen file."""
    with Path(path).open("rb") as source:
        return attachment_service.derive_attachment(
            session, original_id, source, Path(path).name, how
        )


def export_file_job(session: Session, attachment_id: uuid.UUID, path: str) -> Attachment:
    """Runs in a worker. The person chose this place after being told it is not encrypted; the
    one careful writer: partial file, user-only, fsync, rename, removed on failure."""
    with user_file(Path(path)) as sink:
        return attachment_service.copy_attachment_out(session, attachment_id, sink)
