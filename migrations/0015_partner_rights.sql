-- 0015: what a partner may change by import, and partners closing their copy of a case.
-- Rules and reasoning: docs/sync.md, "What a partner may change". Code: exchange/admission.py,
-- services/admission.py, vault/repos/partner_rights.py.

-- Which fields of each case have left to each partner: the union over every export to it (the
-- profile in force each time). A partner's import may change only these fields of a case that
-- did not come from it; a case never sent to it is not its to change at all.
CREATE TABLE case_shared_fields (
    case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL,
    fields     TEXT NOT NULL,   -- JSON list of field names, sorted
    PRIMARY KEY (case_id, partner_id)
) WITHOUT ROWID;

-- Deliveries made before this migration did not keep their field set: the partner's profile as
-- assigned now stands in for it (the built-in profiles as they are defined at this version).
INSERT INTO case_shared_fields (case_id, partner_id, fields)
SELECT d.case_id, d.partner_id,
       CASE coalesce(p.profile, 'standard')
           WHEN 'full' THEN '["aliases","callup_date","callup_proof","caseworker","city","contact_channel","country","date_of_birth","languages","name_cyrillic","name_latin","notes","place_of_birth","rank","risk","service_type","status","tags","unit"]'
           WHEN 'minimal' THEN '["aliases","callup_date","date_of_birth","name_cyrillic","name_latin","service_type","status"]'
           WHEN 'standard' THEN '["aliases","callup_date","callup_proof","city","country","date_of_birth","languages","name_cyrillic","name_latin","notes","place_of_birth","rank","risk","service_type","status","tags","unit"]'
           ELSE coalesce((SELECT r.fields FROM redaction_profiles r WHERE r.name = p.profile), '[]')
       END
FROM (SELECT DISTINCT case_id, partner_id FROM case_deliveries) d
LEFT JOIN partners p ON p.id = d.partner_id
WHERE d.case_id IN (SELECT id FROM cases);

-- A partner deleted its copy of one of our cases. Its tombstone never deletes our record: it
-- becomes this notice, shown with the case ("Partner X closed their copy").
CREATE TABLE partner_closures (
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    partner_id  TEXT NOT NULL,
    closed_at   TEXT NOT NULL,   -- when the partner deleted it (the partner's clock, as sent)
    received_at TEXT NOT NULL,   -- when the notice was imported here
    PRIMARY KEY (case_id, partner_id)
) WITHOUT ROWID;
