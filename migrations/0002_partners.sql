-- 0002: partner organisations and their keys. Spec: docs/spec/identity-card.md.

CREATE TABLE partners (
    id           TEXT PRIMARY KEY,      -- the partner's organisation id (from its identity card)
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    country      TEXT,
    public_keys  TEXT NOT NULL,         -- JSON: base64 of each raw public key
    fingerprint  TEXT NOT NULL,         -- hex SHA-256 over the canonical key bytes
    card         BLOB NOT NULL,         -- the signed identity card as received (evidence)
    added_at     TEXT NOT NULL,
    verified_at  TEXT,
    verified_by  TEXT,
    revoked_at   TEXT
);
