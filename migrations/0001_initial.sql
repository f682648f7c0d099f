-- 0001: the vault foundation. Identity, cases, timeline, tombstones, full-text index, audit chain.
-- Spec: docs/spec/vault.md.

-- Facts about this vault (vault_id, node_id, created_at). One row per key.
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- User-visible settings (e.g. the clearance threshold). One row per key; values are JSON.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Our own organisation: exactly one row. Private keys exist only here, inside the encryption.
CREATE TABLE own_organisation (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    public_keys  TEXT NOT NULL,   -- JSON: base64 of each raw public key
    private_keys BLOB NOT NULL,   -- fixed layout of the four seeds (crypto/keys.py)
    created_at   TEXT NOT NULL
);

-- Cases. Filterable fields are columns (indexed); the full record is the JSON in `fields`.
CREATE TABLE cases (
    rowid         INTEGER PRIMARY KEY,   -- stable integer key for the FTS index
    id            TEXT NOT NULL UNIQUE,  -- global id (UUID), the same in every vault
    origin_org    TEXT NOT NULL,
    status        TEXT NOT NULL,
    risk          TEXT NOT NULL,
    country       TEXT,
    display_name  TEXT NOT NULL,
    sort_name     TEXT NOT NULL,
    date_of_birth TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    fields        TEXT NOT NULL
);
CREATE INDEX cases_by_name    ON cases (deleted, sort_name);
CREATE INDEX cases_by_status  ON cases (deleted, status, sort_name);
CREATE INDEX cases_by_country ON cases (deleted, country, sort_name);
CREATE INDEX cases_by_updated ON cases (deleted, updated_at);
CREATE INDEX cases_by_created ON cases (deleted, created_at);

CREATE TABLE case_tags (
    tag     TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, case_id)
) WITHOUT ROWID;
CREATE INDEX case_tags_by_case ON case_tags (case_id);

CREATE TABLE timeline_events (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX timeline_by_case ON timeline_events (case_id, date);

-- A deletion that must travel and must survive: late bundles cannot resurrect the record.
CREATE TABLE tombstones (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
) WITHOUT ROWID;

-- Full-text index over names, notes and timeline text. Contentless: the text is stored once,
-- in `cases`, and erasing a case removes its index entries (contentless_delete).
CREATE VIRTUAL TABLE case_fts USING fts5 (
    names, notes, timeline,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The audit chain. Each entry's hash covers the previous entry's hash: a removed, altered or
-- reordered entry breaks the chain (domain/audit.py). Details hold field names, never values,
-- so the log carries no personal data.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_by_record ON audit_log (record_type, record_id);

-- Defence in depth: the application never rewrites history, so the database refuses it too.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit entries are immutable');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit entries are immutable');
END;
