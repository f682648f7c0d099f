-- 0003: what sync and exchange need. Field versions (multi-value registers, exchange/merge.py),
-- applied bundle ids (replay refusal), who received which case, redaction profiles, consent.
-- Spec: docs/spec/bundle-format.md and docs/sync.md.

-- The live versions of each field of each case, as JSON:
-- [{"value": ..., "vector": [[node, count], ...], "stamp": "<hlc>"}, ...]. More than one = conflict.
CREATE TABLE case_field_versions (
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    versions    TEXT NOT NULL,
    in_conflict INTEGER NOT NULL DEFAULT 0 CHECK (in_conflict IN (0, 1)),
    PRIMARY KEY (case_id, field)
) WITHOUT ROWID;
CREATE INDEX case_field_conflicts ON case_field_versions (in_conflict) WHERE in_conflict = 1;

-- Every bundle ever applied (or refused as already applied): a replay is refused by id.
CREATE TABLE applied_bundles (
    bundle_id  TEXT PRIMARY KEY,
    sender_org TEXT NOT NULL,
    sender_node TEXT NOT NULL,
    created_at TEXT NOT NULL,
    applied_at TEXT NOT NULL
) WITHOUT ROWID;

-- Which partner received which case, in which bundle (for the man's rights and for erasure).
CREATE TABLE case_deliveries (
    case_id    TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    bundle_id  TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (case_id, partner_id, bundle_id)
) WITHOUT ROWID;

-- Custom redaction profiles (the built-in ones live in code: exchange/redaction.py).
CREATE TABLE redaction_profiles (
    name   TEXT PRIMARY KEY,
    fields TEXT NOT NULL   -- JSON list of field names that may leave
) WITHOUT ROWID;

ALTER TABLE partners ADD COLUMN profile TEXT NOT NULL DEFAULT 'standard';

-- Timeline events and tombstones travel too: remember where they came from.
ALTER TABLE timeline_events ADD COLUMN origin_org TEXT;
