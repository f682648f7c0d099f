-- 0009: attachments (scans, PDFs, photos), stored inside the encrypted database in 64 KiB chunks,
-- so they are encrypted like everything else and can be streamed without a plaintext temp file.

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    origin_org  TEXT NOT NULL
);
CREATE INDEX attachments_by_case ON attachments (case_id, created_at);

CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
