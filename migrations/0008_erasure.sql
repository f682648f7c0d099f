-- 0008: the one narrow route by which a finalised (signed) evaluation may be removed: erasure of
-- the man's case at his request (GDPR art. 17). The trigger of 0004 is replaced by one that
-- still refuses every deletion, except of an evaluation whose case is being erased in the
-- current transaction (table erasure_in_progress, 0007; services/erasure.py). Updates stay
-- refused without exception (trigger evaluations_finalised_no_update is unchanged).

DROP TRIGGER evaluations_finalised_no_delete;
CREATE TRIGGER evaluations_finalised_no_delete BEFORE DELETE ON evaluations
WHEN OLD.state = 'finalised'
    AND NOT EXISTS (SELECT 1 FROM erasure_in_progress WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'finalised evaluations are immutable');
END;
