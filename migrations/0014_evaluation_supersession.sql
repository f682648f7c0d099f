-- 0014: only the organisation that signed an evaluation may correct it. Until now at most one
-- evaluation of ANY organisation could name a given one in `supersedes`, so a partner's signed
-- evaluation naming one of ours (stored by an import before this rule) made our own correction
-- impossible forever. The unique index is now per organisation: each organisation corrects its
-- own evaluation at most once (a second correction corrects the correction), and a foreign
-- record that names ours blocks nothing. Spec: docs/spec/evaluation.md, "Supersession".
DROP INDEX evaluations_one_successor;
CREATE UNIQUE INDEX evaluations_one_successor_per_org ON evaluations (organisation_id, supersedes)
    WHERE supersedes IS NOT NULL;
