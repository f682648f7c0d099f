"""vault/repos/nodes.py: removed nodes stay removed, other nodes are listed with their last
bundle, our identity can be replaced, and the records that block joining are counted."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from casevault.crypto.keys import PrivateKeys
from casevault.vault.repos import nodes
from casevault.vault.repos import organisation as org_repo

AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _applied(conn: Any, bundle: str, org: str, node: str, at: dt.datetime) -> None:
    conn.execute(
        "INSERT INTO applied_bundles (bundle_id, sender_org, sender_node, created_at, applied_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (bundle, org, node, at.isoformat(), at.isoformat()),
    )


def test_a_removed_node_stays_removed(conn: Any) -> None:
    assert not nodes.is_removed(conn, "node-a")
    nodes.remove_node(conn, "node-a", AT)
    nodes.remove_node(conn, "node-a", AT + dt.timedelta(days=1))  # idempotent, first time kept
    assert nodes.is_removed(conn, "node-a")
    assert not nodes.is_removed(conn, "node-b")
    own = org_repo.get_own_organisation(conn).id
    assert nodes.list_nodes(conn, own) == [("node-a", None, AT.isoformat())]


def test_nodes_are_listed_with_their_last_bundle_only_for_our_organisation(conn: Any) -> None:
    own = org_repo.get_own_organisation(conn).id
    later = AT + dt.timedelta(hours=5)
    _applied(conn, "b1", own, "node-b", AT)
    _applied(conn, "b2", own, "node-b", later)
    _applied(conn, "b3", own, "node-a", AT)
    _applied(conn, "b4", "org-partner", "node-z", AT)  # a partner's laptop is not ours
    nodes.remove_node(conn, "node-a", later)
    assert nodes.list_nodes(conn, own) == [
        ("node-a", AT.isoformat(), later.isoformat()),
        ("node-b", later.isoformat(), None),
    ]


def test_replacing_our_identity_and_counting_records(case_id: str, conn: Any) -> None:
    assert nodes.count_own_records(conn) == 1  # the one case
    keys = PrivateKeys.generate()
    public_json = json.dumps(keys.public_keys().to_dict())
    nodes.replace_own_identity(conn, "org-joined", "Joined e.V.", public_json, keys)
    own = org_repo.get_own_organisation(conn)
    assert (own.id, own.name) == ("org-joined", "Joined e.V.")
    assert org_repo.get_own_private_keys(conn).to_bytes() == keys.to_bytes()
