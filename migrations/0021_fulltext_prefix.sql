-- 0020: full-text index with prefix indexes (docs/performance.md, "Full-text search"; code:
-- vault/repos/cases.py `search_cases`, `_reindex`, `insert_new_cases`).
--
-- Every full-text query is a prefix query ("word"*). Without a prefix index FTS5 answers a
-- short prefix ("по"*) by merging the doclists of every term that starts with it, which is
-- most of the index at 100,000 cases; with prefix = '2 3' it reads one doclist. The table
-- stays contentless with contentless_delete (the text lives only in `cases` and
-- `timeline_events`; an erased case leaves no words behind: vault/repos/erasure.py).
--
-- The index is rebuilt here, in SQL, from the same text vault/repos/cases.py `_index_text`
-- and `_timeline_text` give it (words are what count: separators may differ). The old
-- table's pages are freed under secure_delete, so its words do not survive in free pages.

DROP TABLE case_fts;

CREATE VIRTUAL TABLE case_fts USING fts5 (
    names, notes, timeline,
    content = '',
    contentless_delete = 1,
    prefix = '2 3',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO case_fts (rowid, names, notes, timeline)
SELECT
    c.rowid,
    concat_ws(' ',
        c.fields ->> '$.name_cyrillic.surname', c.fields ->> '$.name_cyrillic.given',
        c.fields ->> '$.name_cyrillic.patronymic', c.fields ->> '$.name_latin.surname',
        c.fields ->> '$.name_latin.given', c.fields ->> '$.name_latin.patronymic',
        (SELECT group_concat(a.value, ' ') FROM json_each(c.fields, '$.aliases') a)),
    coalesce(c.fields ->> '$.notes', ''),
    coalesce((SELECT group_concat(t.text, char(10))
              FROM (SELECT text FROM timeline_events WHERE case_id = c.id ORDER BY date) t), '')
FROM cases c
WHERE c.deleted = 0;
