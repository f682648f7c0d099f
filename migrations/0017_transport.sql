-- 0017: transport folders. A peer (a partner organisation, or another laptop of ours) may be
-- given an outbox (where bundles for it are written) and an inbox (where its bundles are picked
-- up); a USB stick, a shared drive or Syncthing moves the files. Paths live here, inside the
-- encrypted database, never in a plain settings file. Every file picked up from an inbox is
-- registered by the SHA-256 of its bytes, so a file is never imported twice even if it comes
-- back. Code: vault/repos/transport.py, services/transport.py, services/inbox.py.
CREATE TABLE transport_folders (
    peer_kind    TEXT NOT NULL CHECK (peer_kind IN ('partner', 'node')),
    peer_id      TEXT NOT NULL,            -- partner id, or node id of one of our laptops
    outbox       TEXT,                     -- absolute folder path, NULL: none
    inbox        TEXT,                     -- absolute folder path, NULL: none
    auto_apply   INTEGER NOT NULL DEFAULT 0 CHECK (auto_apply IN (0, 1)),
    send_on_pass INTEGER NOT NULL DEFAULT 0 CHECK (send_on_pass IN (0, 1)),
    last_sent_seq INTEGER NOT NULL DEFAULT 0, -- audit seq after the last bundle sent by a pass
    updated_at   TEXT NOT NULL,            -- ISO 8601 UTC
    PRIMARY KEY (peer_kind, peer_id)
);

CREATE TABLE transport_files (
    sha256     TEXT PRIMARY KEY,           -- hex digest of the file's bytes
    peer_kind  TEXT NOT NULL,
    peer_id    TEXT NOT NULL,
    outcome    TEXT NOT NULL CHECK (outcome IN ('applied', 'waiting', 'refused', 'already')),
    detail     TEXT NOT NULL DEFAULT '[]', -- JSON list of machine codes: why it waits / was refused
    bundle_id  TEXT,                       -- the signed bundle id, once verified
    file_name  TEXT NOT NULL,              -- its name now (inside processed/, waiting/, refused/)
    seen_at    TEXT NOT NULL               -- ISO 8601 UTC, first picked up
);
CREATE INDEX transport_files_outcome ON transport_files (outcome);
