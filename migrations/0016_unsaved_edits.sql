-- 0016: edits that were open in a case editor when the vault locked (idle timer or Ctrl+L).
-- Kept here, inside the encrypted database, until the caseworker restores or discards them
-- after the next unlock: locking never silently drops work, and nothing goes to disk in
-- plaintext. Code: vault/repos/unsaved_edits.py, services/unsaved_edits.py.
CREATE TABLE unsaved_edits (
    id       TEXT PRIMARY KEY,                                   -- uuid of this kept edit
    case_id  TEXT REFERENCES cases (id) ON DELETE CASCADE,       -- NULL: a case not yet saved
    fields   TEXT NOT NULL,   -- JSON object: the editor's form values (CaseFields shape)
    kept_at  TEXT NOT NULL    -- ISO 8601 UTC, when the vault locked
);
