-- 0012: erasure is final. A register of erased cases that every path bringing records in
-- consults (import from partners and own laptops, restore, unmerge), the erasure notices we owe
-- to those who received an erased case, and the notices we complied with.
-- Rules: services/erasure.py, services/erasure_guard.py, services/erasure_notices.py;
-- docs/rights.md, docs/spec/bundle-format.md.

-- One row per erased case: its random id and the date, nothing that identifies the man. Never
-- updated or removed: an erasure cannot be undone.
CREATE TABLE erased_cases (
    case_id   TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
) WITHOUT ROWID;

-- Erasures made before this migration left a `case.erase` audit entry: register them too.
INSERT OR IGNORE INTO erased_cases (case_id, erased_at)
    SELECT record_id, min(at) FROM audit_log
    WHERE action = 'case.erase' AND record_type = 'case'
    GROUP BY record_id;

CREATE TRIGGER erased_cases_no_update BEFORE UPDATE ON erased_cases
BEGIN
    SELECT RAISE(ABORT, 'erasure is final');
END;
CREATE TRIGGER erased_cases_no_delete BEFORE DELETE ON erased_cases
BEGIN
    SELECT RAISE(ABORT, 'erasure is final');
END;

-- Defence in depth: whatever code path tries it, an erased case's id never enters `cases` again.
CREATE TRIGGER cases_never_erased BEFORE INSERT ON cases
WHEN EXISTS (SELECT 1 FROM erased_cases WHERE case_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'this case was erased');
END;

-- Which organisation sent us which case (so that an erasure notice is accepted only from an
-- organisation that held the case). Removed with the case when it is erased.
CREATE TABLE case_received_from (
    case_id    TEXT NOT NULL,
    sender_org TEXT NOT NULL,
    PRIMARY KEY (case_id, sender_org)
) WITHOUT ROWID;

-- Erasure notices we send: one notice per erasure, one row per organisation that received the
-- case (a partner's id, or our own organisation's id for our other laptops). Carried by every
-- bundle to that recipient (the receiver ignores a notice it already complied with).
CREATE TABLE erasure_notices_out (
    notice_id     TEXT NOT NULL,
    case_id       TEXT NOT NULL,
    erased_at     TEXT NOT NULL,
    recipient_org TEXT NOT NULL,
    sent_count    INTEGER NOT NULL DEFAULT 0 CHECK (sent_count >= 0),
    last_sent_at  TEXT,
    PRIMARY KEY (notice_id, recipient_org)
) WITHOUT ROWID;
CREATE INDEX erasure_notices_out_by_recipient ON erasure_notices_out (recipient_org);

-- Erasure notices we complied with (what data-protection law asks of whoever passed data on):
-- which notice, from whom, in which bundle, when the sender erased and when we did.
CREATE TABLE erasure_compliance (
    notice_id   TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    sender_org  TEXT NOT NULL,
    bundle_id   TEXT NOT NULL,
    erased_at   TEXT NOT NULL,
    complied_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER erasure_compliance_no_update BEFORE UPDATE ON erasure_compliance
BEGIN
    SELECT RAISE(ABORT, 'compliance records are immutable');
END;
CREATE TRIGGER erasure_compliance_no_delete BEFORE DELETE ON erasure_compliance
BEGIN
    SELECT RAISE(ABORT, 'compliance records are immutable');
END;
