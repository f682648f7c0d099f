-- 0006: the laptops (nodes) of our own organisation. A removed node's bundles are refused from
-- then on (e.g. its laptop was seized). Spec: docs/sync.md.

CREATE TABLE removed_nodes (
    node_id    TEXT PRIMARY KEY,
    removed_at TEXT NOT NULL
) WITHOUT ROWID;
