-- 0020: laptop certificates and node revocations go to a peer only until its acknowledgement
-- shows it holds them (docs/sync.md, "Laptop certificates until acknowledged"; code:
-- services/node_record_delivery.py, vault/repos/node_record_acks.py).
--
-- A new or replaced certificate and a new revocation take a number of the change sequence
-- (migration 0019), so the next bundle to each peer ends above the one the peer last
-- acknowledged: once the peer applies it, its acknowledgement names that bundle, and the
-- records the bundle carried count as held by the peer.

CREATE TRIGGER change_node_certificate_insert AFTER INSERT ON node_certificates BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
END;
CREATE TRIGGER change_node_certificate_update AFTER UPDATE ON node_certificates BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
END;
CREATE TRIGGER change_node_revocation_insert AFTER INSERT ON node_revocations BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
END;

-- Which node records (SHA-256 of the signed envelope, hex) each of our bundles carried to
-- each peer organisation, until the peer acknowledges one of them.
CREATE TABLE node_record_sends (
    peer_org  TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    digest    TEXT NOT NULL,
    PRIMARY KEY (peer_org, bundle_id, digest)
) WITHOUT ROWID;

-- Node records a peer acknowledged: it applied a bundle of ours that carried the record, and
-- that bundle brought its knowledge of our changes to `seq`. The record counts as held while
-- the peer's stored acknowledgement is at least `seq`; a peer that restored an older backup
-- acknowledges less and gets the record again.
CREATE TABLE node_records_held (
    peer_org TEXT NOT NULL,
    digest   TEXT NOT NULL,
    seq      INTEGER NOT NULL CHECK (seq > 0),
    PRIMARY KEY (peer_org, digest)
) WITHOUT ROWID;
