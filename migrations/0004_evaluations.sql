-- 0004: screening. Evaluators, evaluations (draft -> finalised, signed), and the database-level
-- rule that a finalised evaluation is never changed or removed. Spec: docs/spec/evaluation.md.

-- People who screen. An evaluator belongs to one organisation (ours today, partners' later).
-- Never deleted while an evaluation names them (foreign key below).
CREATE TABLE evaluators (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX evaluators_by_org ON evaluators (organisation_id, name);

-- One screening of one case. `content` is the evaluation as JSON (domain/evaluation.py), kept for
-- reading; for a finalised row, `payload` holds the exact signed bytes and the two signatures,
-- and `casevault evaluation verify` checks that the two agree. The signer's organisation and key
-- fingerprint are stored with the signature, so that evaluations signed by partners (exchange)
-- can be verified against the right key later.
CREATE TABLE evaluations (
    id                     TEXT PRIMARY KEY,
    case_id                TEXT NOT NULL REFERENCES cases (id),
    evaluator_id           TEXT NOT NULL REFERENCES evaluators (id),
    organisation_id        TEXT NOT NULL,
    state                  TEXT NOT NULL CHECK (state IN ('draft', 'finalised')),
    verdict                TEXT NOT NULL,
    supersedes             TEXT REFERENCES evaluations (id),
    content                TEXT NOT NULL,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    finalised_at           TEXT,
    payload                BLOB,
    sig_ed25519            BLOB,
    sig_mldsa65            BLOB,
    signer_org_id          TEXT,
    signer_key_fingerprint TEXT,
    -- A draft carries no signature; a finalised row carries all of it.
    CHECK (
        (state = 'draft' AND finalised_at IS NULL AND payload IS NULL AND sig_ed25519 IS NULL
            AND sig_mldsa65 IS NULL AND signer_org_id IS NULL AND signer_key_fingerprint IS NULL)
        OR
        (state = 'finalised' AND finalised_at IS NOT NULL AND payload IS NOT NULL
            AND sig_ed25519 IS NOT NULL AND sig_mldsa65 IS NOT NULL AND signer_org_id IS NOT NULL
            AND signer_key_fingerprint IS NOT NULL)
    )
);
CREATE INDEX evaluations_by_case ON evaluations (case_id, created_at);
CREATE INDEX evaluations_by_evaluator ON evaluations (evaluator_id);
-- An evaluation is corrected at most once; a second correction corrects the correction.
CREATE UNIQUE INDEX evaluations_one_successor ON evaluations (supersedes)
    WHERE supersedes IS NOT NULL;

-- Defence in depth: the services never change a finalised evaluation, and the database refuses
-- it too. A draft may be edited, finalised (the one UPDATE that turns it into 'finalised') or
-- deleted; after that, nothing.
CREATE TRIGGER evaluations_finalised_no_update BEFORE UPDATE ON evaluations
WHEN OLD.state = 'finalised'
BEGIN
    SELECT RAISE(ABORT, 'finalised evaluations are immutable');
END;
CREATE TRIGGER evaluations_finalised_no_delete BEFORE DELETE ON evaluations
WHEN OLD.state = 'finalised'
BEGIN
    SELECT RAISE(ABORT, 'finalised evaluations are immutable');
END;
-- Evaluators named by an evaluation are part of what was signed: they stay as they were.
CREATE TRIGGER evaluators_no_update BEFORE UPDATE ON evaluators
WHEN EXISTS (SELECT 1 FROM evaluations WHERE evaluator_id = OLD.id AND state = 'finalised')
BEGIN
    SELECT RAISE(ABORT, 'evaluators of finalised evaluations are immutable');
END;
