"""Field merge: concurrent edits become conflicts, never losses; any delivery order converges."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.exchange.hlc import Timestamp
from casevault.exchange.merge import (
    FieldVersion,
    dominates,
    in_conflict,
    merge_versions,
    next_version,
    shown_value,
)

NODES = ["berlin", "paris", "yerevan", "almaty"]


def _edit(live: tuple[FieldVersion, ...], value: str, node: str, wall: int) -> FieldVersion:
    return next_version(live, value, node, Timestamp(wall, 0, node))


def test_sequential_edits_replace_concurrent_ones_conflict() -> None:
    a1 = _edit((), "KZ", "berlin", 1)
    b1 = _edit((a1,), "AM", "paris", 2)  # paris had seen berlin's edit
    assert merge_versions([a1], [b1]) == (b1,)
    a2 = _edit((a1,), "GE", "berlin", 3)  # berlin edits without seeing paris
    live = merge_versions([a2], [b1])
    assert in_conflict(live)
    assert {v.value for v in live} == {"AM", "GE"}
    assert shown_value(live) == "GE"  # newest stamp; the same on every vault
    resolved = _edit(live, "AM", "berlin", 4)
    assert merge_versions(live, [resolved]) == (resolved,)


operations = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from(NODES), st.text(max_size=3)),
        st.tuples(st.just("send"), st.sampled_from(NODES), st.sampled_from(NODES)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(operations, st.randoms(use_true_random=False))
def test_any_delivery_order_converges_and_loses_nothing(ops: list, rnd: object) -> None:
    state: dict[str, tuple[FieldVersion, ...]] = {n: () for n in NODES}
    every_edit: list[FieldVersion] = []
    for wall, (kind, a, b) in enumerate(ops):
        if kind == "edit":
            version = _edit(state[a], b, a, wall)
            every_edit.append(version)
            state[a] = merge_versions(state[a], [version])
        else:
            state[b] = merge_versions(state[b], state[a])
    # Finally every node receives every other node's state, in a random order, some twice.
    deliveries = [(src, dst) for src in NODES for dst in NODES] * 2
    rnd.shuffle(deliveries)  # type: ignore[attr-defined]
    for src, dst in deliveries:
        state[dst] = merge_versions(state[dst], state[src])
    finals = set(state.values())
    assert len(finals) == 1
    final = finals.pop()
    for edit in every_edit:
        assert any(dominates(live.vector_map, edit.vector_map) for live in final)
    if final:
        assert shown_value(final) in {v.value for v in final}


@given(st.lists(st.sampled_from(NODES), max_size=12), st.lists(st.sampled_from(NODES), max_size=12))
def test_merge_is_commutative_and_idempotent(left_nodes: list[str], right_nodes: list[str]) -> None:
    def history(nodes: list[str], offset: int) -> tuple[FieldVersion, ...]:
        live: tuple[FieldVersion, ...] = ()
        for i, node in enumerate(nodes):
            live = merge_versions(live, [_edit(live, f"{node}{i}", node, offset + i)])
        return live

    left, right = history(left_nodes, 0), history(right_nodes, 100)
    assert merge_versions(left, right) == merge_versions(right, left)
    both = merge_versions(left, right)
    assert merge_versions(both, left, right) == both
