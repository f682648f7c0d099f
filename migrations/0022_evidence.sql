-- 0020: evidence with provenance (issue #15). Spec: docs/spec/examination.md; code:
-- domain/attachment.py, domain/examination.py, services/attachments.py, services/examinations.py.
--
-- Provenance: when and from whom a document was received (typed by the caseworker, distinct
-- from `created_at`, when it was added), and for a derived copy (a crop, a redaction) the id of
-- the original and how it was made. All NULL for attachments stored before this migration: they
-- read as "provenance not recorded". `derived_from` has no foreign key: a partner may hold a
-- redacted copy without its original, and the link still says what it was made from.
ALTER TABLE attachments ADD COLUMN received_from TEXT;
ALTER TABLE attachments ADD COLUMN received_on TEXT;
ALTER TABLE attachments ADD COLUMN derived_from TEXT;
ALTER TABLE attachments ADD COLUMN derived_how TEXT;
CREATE INDEX attachments_by_original ON attachments (derived_from) WHERE derived_from IS NOT NULL;

-- The original bytes stay as received: a stored chunk is never rewritten, and the size and
-- SHA-256 are written once, when the last chunk is in (the placeholder digest is all zeros).
CREATE TRIGGER attachment_chunks_immutable BEFORE UPDATE ON attachment_chunks BEGIN
    SELECT RAISE(ABORT, 'attachment bytes are immutable');
END;
CREATE TRIGGER attachment_digest_once BEFORE UPDATE OF size, sha256, id, case_id ON attachments
WHEN OLD.sha256 <> '0000000000000000000000000000000000000000000000000000000000000000'
BEGIN
    SELECT RAISE(ABORT, 'attachment digest is immutable');
END;

-- Signed examination notes on one document: the signed bytes and both signatures, as received
-- or as signed here. The other columns are read from the signed bytes (an index, checked
-- against them on every verification). Never updated; removed only with their attachment or
-- case (erasure, deletion).
CREATE TABLE examination_notes (
    id                     TEXT PRIMARY KEY,
    case_id                TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    attachment_id          TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    result                 TEXT NOT NULL CHECK (result IN ('consistent', 'anomalies', 'cannot_tell')),
    signer_org_id          TEXT NOT NULL,
    signer_key_fingerprint TEXT NOT NULL,
    signed_at              TEXT NOT NULL,
    payload                BLOB NOT NULL,
    sig_ed25519            BLOB NOT NULL,
    sig_mldsa65            BLOB NOT NULL,
    stored_at              TEXT NOT NULL
);
CREATE INDEX examination_notes_by_attachment ON examination_notes (attachment_id, signed_at);
CREATE INDEX examination_notes_by_case ON examination_notes (case_id);
CREATE TRIGGER examination_notes_immutable BEFORE UPDATE ON examination_notes BEGIN
    SELECT RAISE(ABORT, 'examination notes are immutable');
END;

-- Incremental exchange (0019): a new note makes its case travel again.
CREATE TRIGGER change_examination_insert AFTER INSERT ON examination_notes BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'examination', NEW.id, NEW.case_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
