-- 0024: name_keys' check on `part` as four comparisons instead of an IN list.
--
-- SQLite checks `x IN (...)` with more than two constants through an ephemeral table that it
-- empties and fills again for every row written (EXPLAIN shows OpenEphemeral inside the row
-- loop). With cipher_memory_security on, each allocation that takes is an mlock and each free
-- a wipe and an munlock: the list cost more than the row itself (an import writes 8-9 of these
-- rows a case; docs/performance.md, "Import"). Same rule, same rows: the table is rebuilt
-- because SQLite cannot alter a check.

CREATE TABLE name_keys_0024 (
    case_rowid INTEGER NOT NULL REFERENCES cases (rowid) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('t', 'k')),
    part       TEXT NOT NULL CHECK (part = 's' OR part = 'g' OR part = 'p' OR part = 'a'),
    value      TEXT NOT NULL,
    PRIMARY KEY (kind, value, case_rowid, part)
) WITHOUT ROWID;
INSERT INTO name_keys_0024 (case_rowid, kind, part, value)
    SELECT case_rowid, kind, part, value FROM name_keys;
DROP TABLE name_keys;
ALTER TABLE name_keys_0024 RENAME TO name_keys;
CREATE INDEX name_keys_by_case ON name_keys (case_rowid);
