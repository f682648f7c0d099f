-- 0005: name keys for transliteration-insensitive search and duplicate detection, and the
-- links a person sets between two cases ("same man" / "not the same man"). docs/names.md.

-- One row per (kind, part, value) of a live case. kind 't' = the spelling of a name word
-- (case/accent-blind), 'k' = one of its phonetic keys (domain/transliteration.py); part 's'
-- surname, 'g' given name, 'p' patronymic, 'a' alias. Deleted cases have no rows.
-- The key order puts the cases of one value together, sorted by case: "does case N have
-- value V" is one seek into the few pages holding V (search checks this per candidate case).
CREATE TABLE name_keys (
    case_rowid INTEGER NOT NULL REFERENCES cases (rowid) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('t', 'k')),
    part       TEXT NOT NULL CHECK (part IN ('s', 'g', 'p', 'a')),
    value      TEXT NOT NULL,
    PRIMARY KEY (kind, value, case_rowid, part)
) WITHOUT ROWID;
CREATE INDEX name_keys_by_case ON name_keys (case_rowid);

-- The distinct phonetic keys in use, with each key reversed, so that fuzzy search finds
-- candidate keys by two indexed range scans (prefix, suffix) instead of reading every case.
-- A key leaves this table when the last case using it does (no remnant of an erased name).
CREATE TABLE name_key_vocab (
    key      TEXT PRIMARY KEY,
    reversed TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX name_key_vocab_by_reversed ON name_key_vocab (reversed);

-- A person's decision about two cases. case_a < case_b, so a pair has one row.
CREATE TABLE case_links (
    case_a     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_b     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    verdict    TEXT NOT NULL CHECK (verdict IN ('duplicate', 'distinct')),
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    PRIMARY KEY (case_a, case_b),
    CHECK (case_a < case_b)
) WITHOUT ROWID;
CREATE INDEX case_links_by_b ON case_links (case_b);

-- Cases stored before this migration get their keys on the next unlock (vault/repos/name_index.py).
INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('name_index', 'rebuild');
