-- 0017: per-laptop (node) keys certified by the organisation (docs/laptops.md,
-- docs/spec/vault.md "Node keys", docs/spec/bundle-format.md "Node certificates").
-- The keys themselves are made by the program on first unlock (SQL cannot make keys).

-- This laptop's own node keys: generated here, never exported. `certificate` is the
-- organisation's signed certificate for them (NULL until a laptop holding the organisation's
-- private keys has certified them; bundles are then signed with the organisation's keys).
CREATE TABLE own_node_keys (
    node_id      TEXT PRIMARY KEY,
    private_keys BLOB NOT NULL,   -- fixed layout of the four seeds, as own_organisation
    certificate  BLOB,            -- canonical JSON (docs/spec/bundle-format.md)
    created_at   TEXT NOT NULL
) WITHOUT ROWID;

-- Certified nodes of any organisation we know (ours and partners'), learned from bundles.
-- One row per node: a newer certificate for the same node replaces the older one.
CREATE TABLE node_certificates (
    org_id       TEXT NOT NULL,
    node_id      TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,   -- lower-case hex fingerprint of the node's public keys
    public_keys  TEXT NOT NULL,   -- JSON, as partners.public_keys
    issued_at    TEXT NOT NULL,   -- as signed by the organisation
    certificate  BLOB NOT NULL,
    received_at  TEXT NOT NULL,   -- our clock
    PRIMARY KEY (org_id, node_id)
) WITHOUT ROWID;

-- Signed node revocations (ours and partners'): every bundle signed by a revoked node, or
-- naming it as its sender, is refused whatever time it claims.
CREATE TABLE node_revocations (
    org_id       TEXT NOT NULL,
    node_id      TEXT NOT NULL,
    fingerprint  TEXT,            -- the node keys revoked (NULL: the node id only)
    revoked_at   TEXT NOT NULL,   -- as signed by the organisation
    revocation   BLOB NOT NULL,   -- canonical JSON, forwarded in every bundle
    received_at  TEXT NOT NULL,
    PRIMARY KEY (org_id, node_id)
) WITHOUT ROWID;
CREATE INDEX node_revocations_by_fingerprint ON node_revocations (fingerprint);
