-- 0007: consent. The man's statements about where his file may go (append-only: a withdrawal is
-- a new row, history is kept), and the written reasons for exports made without consent.
-- Rules: domain/consent.py. Explained in docs/rights.md.

-- While a row exists here for a case, the rows that otherwise never change or go away (consent
-- records, override reasons, finalised evaluations: 0006) of that case may be removed. Only
-- services/erasure.py writes it, and only inside the erasure transaction, which removes it
-- again before committing: committed, the table is always empty.
CREATE TABLE erasure_in_progress (
    case_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- One statement: exactly one of partner_id / partner_kind. Never updated.
CREATE TABLE consents (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id),
    action        TEXT NOT NULL CHECK (action IN ('grant', 'withdraw')),
    partner_id    TEXT,
    partner_kind  TEXT,
    method        TEXT NOT NULL,
    attachment_id TEXT,
    witness       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    given_at      TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    CHECK ((partner_id IS NULL) <> (partner_kind IS NULL))
);
CREATE INDEX consents_by_case ON consents (case_id, given_at);

CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consent records are immutable');
END;
CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'consent records are immutable');
END;

-- An export made without consent, with the caseworker's written reason. The reason is free text
-- (it may name the man), so it lives here, inside the encryption, and the audit entry
-- `consent.override` only points to this row by id. Erasure of a case covered by an override
-- blanks the reason (reason NULL, reason_erased_at set) and drops the case's link row.
CREATE TABLE consent_overrides (
    id               TEXT PRIMARY KEY,
    partner_id       TEXT NOT NULL,
    reason           TEXT,
    at               TEXT NOT NULL,
    actor            TEXT NOT NULL,
    reason_erased_at TEXT,
    CHECK ((reason IS NULL) = (reason_erased_at IS NOT NULL))
);
CREATE TABLE consent_override_cases (
    override_id TEXT NOT NULL REFERENCES consent_overrides (id),
    case_id     TEXT NOT NULL,
    PRIMARY KEY (override_id, case_id)
) WITHOUT ROWID;
CREATE INDEX consent_override_cases_by_case ON consent_override_cases (case_id);

CREATE TRIGGER consent_overrides_no_update BEFORE UPDATE ON consent_overrides
WHEN NOT EXISTS (
    SELECT 1 FROM consent_override_cases c JOIN erasure_in_progress e ON e.case_id = c.case_id
    WHERE c.override_id = OLD.id
)
BEGIN
    SELECT RAISE(ABORT, 'consent overrides are immutable');
END;
CREATE TRIGGER consent_overrides_no_delete BEFORE DELETE ON consent_overrides
BEGIN
    SELECT RAISE(ABORT, 'consent overrides are immutable');
END;
CREATE TRIGGER consent_override_cases_no_update BEFORE UPDATE ON consent_override_cases
BEGIN
    SELECT RAISE(ABORT, 'consent overrides are immutable');
END;
CREATE TRIGGER consent_override_cases_no_delete BEFORE DELETE ON consent_override_cases
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'consent overrides are immutable');
END;
