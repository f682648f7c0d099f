-- 0010: key rotation and revocation. Our retired keys are kept (encrypted, like everything here)
-- to open bundles partners still address to them; partners' earlier keys are kept as history.

CREATE TABLE retired_keys (
    fingerprint  TEXT PRIMARY KEY,
    public_keys  TEXT NOT NULL,
    private_keys BLOB NOT NULL,
    retired_at   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE partner_key_history (
    partner_id   TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    public_keys  TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    statement    BLOB NOT NULL,   -- the signed rotation statement that replaced these keys
    PRIMARY KEY (partner_id, fingerprint)
) WITHOUT ROWID;
