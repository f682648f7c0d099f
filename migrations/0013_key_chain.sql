-- 0013: a partner's whole key history as a chain (docs/sync.md, "Key rotation and revocation").
-- Every key a partner ever had: where it came from (its identity card, or the signed rotation
-- statement of the key before it), whether we verified it, when a successor replaced it, and
-- whether and by which signed statement it was revoked. A revocation signed by any key of the
-- chain revokes that key and every key rotated from it. A partner whose keys were rotated is
-- unverified until the new short code is compared: keys_changed_at says since when.

ALTER TABLE partners ADD COLUMN keys_changed_at TEXT;

CREATE TABLE partner_keys (
    partner_id     TEXT NOT NULL,
    fingerprint    TEXT NOT NULL,   -- lower-case hex SHA-256 over the canonical key bytes
    public_keys    TEXT NOT NULL,   -- JSON, as in partners.public_keys
    predecessor    TEXT,            -- fingerprint of the key that signed the rotation; NULL: card
    introduced_at  TEXT NOT NULL,   -- when we accepted it (our clock)
    introduced_by  BLOB,            -- the signed rotation statement; NULL: an identity card
    verified_at    TEXT,            -- a short code or fingerprint compared for THIS key
    verified_by    TEXT,
    replaced_at    TEXT,            -- when a rotation made a successor current
    revoked_at     TEXT,            -- when we learned it is revoked (our clock)
    revoked_via    TEXT,            -- fingerprint the revocation named: this key or an ancestor
    revoked_by     BLOB,            -- that signed revocation statement
    PRIMARY KEY (partner_id, fingerprint)
) WITHOUT ROWID;

-- Every partner's current keys, as received on its card (or the last rotation, linked below).
INSERT INTO partner_keys
    (partner_id, fingerprint, public_keys, introduced_at, verified_at, verified_by, revoked_at)
SELECT id, lower(fingerprint), public_keys, added_at, verified_at, verified_by, revoked_at
FROM partners;

-- Keys replaced by a rotation before this version (0010 kept them with the statement that
-- replaced them).
INSERT OR IGNORE INTO partner_keys
    (partner_id, fingerprint, public_keys, introduced_at, replaced_at)
SELECT partner_id, fingerprint, public_keys, replaced_at, replaced_at
FROM partner_key_history;

-- Link each key to the rotation statement that introduced it: the statement names the new
-- keys (compared by their Ed25519 part) and the replaced key's fingerprint.
UPDATE partner_keys
SET predecessor = (
        SELECT h.fingerprint FROM partner_key_history h
        WHERE h.partner_id = partner_keys.partner_id
          AND json_extract(CAST(h.statement AS TEXT), '$.new_public_keys.ed25519')
              = json_extract(partner_keys.public_keys, '$.ed25519')
    ),
    introduced_by = (
        SELECT h.statement FROM partner_key_history h
        WHERE h.partner_id = partner_keys.partner_id
          AND json_extract(CAST(h.statement AS TEXT), '$.new_public_keys.ed25519')
              = json_extract(partner_keys.public_keys, '$.ed25519')
    );

-- A rotation accepted before this version kept the partner verified although nobody compared
-- the new keys: it now waits for the new short code like any other key change.
UPDATE partners
SET keys_changed_at = (
        SELECT k.introduced_at FROM partner_keys k
        WHERE k.partner_id = partners.id AND k.fingerprint = lower(partners.fingerprint)
    ),
    verified_at = NULL,
    verified_by = NULL
WHERE verified_at IS NOT NULL AND revoked_at IS NULL AND EXISTS (
    SELECT 1 FROM partner_keys k
    WHERE k.partner_id = partners.id AND k.fingerprint = lower(partners.fingerprint)
      AND k.introduced_by IS NOT NULL
);
UPDATE partner_keys SET verified_at = NULL, verified_by = NULL WHERE introduced_by IS NOT NULL;

DROP TABLE partner_key_history;
