-- 0011: two cases of the same man merged into one. The absorbed case is hidden, not destroyed:
-- its timeline, evaluations and attachments stay its own and are shown with the kept case, and
-- the merge can be undone (services/case_merge.py).

CREATE TABLE case_merges (
    absorbed      TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    kept          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    merged_at     TEXT NOT NULL,
    filled_fields TEXT NOT NULL   -- JSON: {field: value copied into the kept case}
) WITHOUT ROWID;
CREATE INDEX case_merges_by_kept ON case_merges (kept);
