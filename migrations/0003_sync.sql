-- 0003: what sync and exchange need. Field versions (multi-value registers, exchange/merge.py),
-- applied bundle ids (replay refusal), who received which case, redaction profiles, consent.
-- Spec: docs/spec/bundle-format.md and docs/sync.md.

-- The live versions of every field of one case, in one row, as JSON:
-- {field: [{"value": ..., "vector": [[node, count], ...], "stamp": "<hlc>"}, ...], ...}.
-- A field with more than one live version is in conflict; `conflicts` counts such fields.
CREATE TABLE case_field_versions (
    case_id   TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    versions  TEXT NOT NULL,
    conflicts INTEGER NOT NULL DEFAULT 0 CHECK (conflicts >= 0)
);
CREATE INDEX case_field_conflicts ON case_field_versions (conflicts) WHERE conflicts > 0;

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
