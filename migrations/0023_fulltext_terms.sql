-- 0023: the full-text index's vocabulary as a plain table (vault/repos/fulltext_terms.py).
--
-- A search word of four letters or more is spelt out as the indexed terms it is a prefix of
-- (vault/repos/case_search.py). FTS5's vocabulary tables took 0.5-3 ms per statement at
-- 100,000 cases, most of a search's time; this b-tree answers in microseconds. Written with
-- every index write (vault/repos/cases.py), pruned to the index after erasure; filled here
-- once from the index itself, so it holds exactly the terms the tokenizer made.

CREATE TABLE case_fts_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.case_fts_vocabulary_0023 USING fts5vocab(main, case_fts, row);
INSERT INTO case_fts_terms (term) SELECT term FROM temp.case_fts_vocabulary_0023;
DROP TABLE temp.case_fts_vocabulary_0023;
