-- 0019: incremental exchange (docs/sync.md, "Incremental bundles"; code: services/incremental.py,
-- exchange/acks.py, vault/repos/exchange_state.py).
--
-- Every write that a bundle would carry is stamped with this vault's change sequence: a counter
-- that only grows, local to this vault (one sequence per node). Triggers do the stamping, so no
-- write path can forget it: local edits and imports alike. Field versions change only together
-- with their case row (services/versioning.py, imports.py, conflicts.py), so the trigger on
-- `cases` covers them (a trigger on case_field_versions would not survive schema_repairs.py).

CREATE TABLE change_counter (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL CHECK (seq >= 0)
);
INSERT INTO change_counter (id, seq) VALUES (1, 1);

-- The last change of each record a bundle carries (kind: case, timeline, evaluation,
-- attachment, tombstone), with the case it belongs to. first_seq: when it first appeared here.
CREATE TABLE record_changes (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
CREATE INDEX record_changes_by_seq ON record_changes (seq);
CREATE INDEX record_changes_by_case ON record_changes (case_id);

-- Everything already held counts as changed at sequence 1 (a peer that never acknowledged
-- anything gets it all; any acknowledgement is later than 1).
INSERT INTO record_changes SELECT 'case', id, id, 1, 1 FROM cases;
INSERT INTO record_changes SELECT 'timeline', id, case_id, 1, 1 FROM timeline_events;
INSERT INTO record_changes SELECT 'evaluation', id, case_id, 1, 1 FROM evaluations
    WHERE state = 'finalised';
INSERT INTO record_changes SELECT 'attachment', id, case_id, 1, 1 FROM attachments;
INSERT INTO record_changes SELECT 'tombstone', record_id, record_id, 1, 1 FROM tombstones
    WHERE record_type = 'case';

CREATE TRIGGER change_case_insert AFTER INSERT ON cases BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'case', NEW.id, NEW.id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_case_update AFTER UPDATE ON cases BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'case', NEW.id, NEW.id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_timeline_insert AFTER INSERT ON timeline_events BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'timeline', NEW.id, NEW.case_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_evaluation_insert AFTER INSERT ON evaluations
WHEN NEW.state = 'finalised' BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'evaluation', NEW.id, NEW.case_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_evaluation_update AFTER UPDATE ON evaluations
WHEN NEW.state = 'finalised' BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'evaluation', NEW.id, NEW.case_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_attachment_insert AFTER INSERT ON attachments BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'attachment', NEW.id, NEW.case_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_tombstone_insert AFTER INSERT ON tombstones
WHEN NEW.record_type = 'case' BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'tombstone', NEW.record_id, NEW.record_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
CREATE TRIGGER change_tombstone_update AFTER UPDATE ON tombstones
WHEN NEW.record_type = 'case' BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    INSERT INTO record_changes (kind, record_id, case_id, seq, first_seq)
    SELECT 'tombstone', NEW.record_id, NEW.record_id, seq, seq FROM change_counter WHERE id = 1
    ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq;
END;
-- A consent recorded for a case makes the whole case travel again: a case newly consented for a
-- partner goes to it even if nothing else changed since the partner's last acknowledgement.
CREATE TRIGGER change_consent_insert AFTER INSERT ON consents BEGIN
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    UPDATE record_changes SET seq = (SELECT seq FROM change_counter WHERE id = 1)
    WHERE case_id = NEW.case_id;
END;
-- Erasing a case removes its change records with it (nothing of it may linger).
CREATE TRIGGER change_case_delete AFTER DELETE ON cases BEGIN
    DELETE FROM record_changes WHERE case_id = OLD.id AND kind <> 'tombstone';
END;

-- What this vault has applied from each sending node without a gap: every change of that
-- node's sequence up to `seq` (its own and all it had itself applied, for a full-profile sync
-- bundle). `bundle_id` names the bundle that brought it there, so the sender can recognise it.
CREATE TABLE peer_knowledge (
    node_id    TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL,
    seq        INTEGER NOT NULL CHECK (seq >= 0),
    bundle_id  TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- The latest acknowledgement each peer organisation sent us about THIS node: it has applied
-- our changes up to `seq`, last brought by our bundle `bundle_id`. `bundle_created_at` is the
-- creation time of the peer's bundle that carried it (a delayed older bundle cannot raise it).
CREATE TABLE peer_acks (
    peer_org          TEXT PRIMARY KEY,
    seq               INTEGER NOT NULL CHECK (seq >= 0),
    bundle_id         TEXT NOT NULL,
    bundle_created_at TEXT NOT NULL,
    received_at       TEXT NOT NULL
) WITHOUT ROWID;

-- Every whole-vault bundle this node wrote: to whom (a partner id, or our organisation's id
-- for a sync bundle), the sequence it covers up to, and `coverage`, the JSON list of fields
-- that every change up to `high` reached the peer with (if the peer acknowledges this bundle).
CREATE TABLE sent_bundles (
    bundle_id TEXT NOT NULL,
    peer_org  TEXT NOT NULL,
    base      INTEGER NOT NULL CHECK (base >= 0),
    high      INTEGER NOT NULL CHECK (high >= base),
    coverage  TEXT NOT NULL,
    sent_at   TEXT NOT NULL,
    PRIMARY KEY (bundle_id, peer_org)
) WITHOUT ROWID;
