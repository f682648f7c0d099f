"""Attachments: what is known about a stored file, and which kinds of file we recognise."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from casevault.domain.bounds import SaneDate, ShortText

CHUNK_SIZE = 64 * 1024
# A phone video of a call-up paper can be large; beyond this, keep it out of the vault.
MAX_ATTACHMENT_BYTES = 2 * 1024**3
VIEWABLE_IN_MEMORY_BYTES = 256 * 1024**2

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


class Attachment(BaseModel):
    """A file attached to a case. Its bytes live in the vault, never in plaintext on disk."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: uuid.UUID
    case_id: uuid.UUID
    filename: ShortText
    media_type: Annotated[str, Field(max_length=100, pattern=r"^[a-z]+/[a-z0-9.+-]+$")]
    size: Annotated[int, Field(ge=0, le=MAX_ATTACHMENT_BYTES)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    created_at: dt.datetime
    origin_org: Annotated[str, Field(max_length=64)]
    # Provenance (migration 0020). None on attachments stored before it: "not recorded".
    # Who handed the document over, and by which channel, as the caseworker typed it
    # ("the man himself, by Signal"); and the day it was received (not the day it was added).
    received_from: ShortText | None = None
    received_on: SaneDate | None = None
    # A derived copy (a crop, a redaction) names its original, which stays unchanged.
    derived_from: uuid.UUID | None = None
    # How it was made ("cropped to the stamp", "phone number blacked out"), up to 200 chars.
    derived_how: ShortText | None = None

    @property
    def provenance_recorded(self) -> bool:
        """False for an attachment stored before provenance was recorded (or without it)."""
        return self.received_from is not None or self.received_on is not None

    @property
    def is_image(self) -> bool:
        """True for formats an image viewer shows."""
        return self.media_type.startswith("image/")

    @property
    def is_pdf(self) -> bool:
        """True for PDF documents."""
        return self.media_type == "application/pdf"


def sniff_media_type(first_bytes: bytes) -> str:
    """The media type from the file's first bytes (never from its name, which anyone can set)."""
    if first_bytes[:4] == b"RIFF" and first_bytes[8:12] == b"WEBP":
        return "image/webp"
    for signature, media_type in _SIGNATURES:
        if first_bytes.startswith(signature):
            return media_type
    return "application/octet-stream"
