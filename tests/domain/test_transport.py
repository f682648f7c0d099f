"""Which inbox files a pass may read, and when a file is complete (two looks, no sleeps)."""

from __future__ import annotations

import pytest

from casevault.domain.transport import is_candidate, settled


@pytest.mark.parametrize(
    "name",
    [
        ".syncthing.3fa9.cvb.tmp",  # Syncthing, while it downloads
        "~syncthing~3fa9.cvb.tmp",  # Syncthing on Windows
        ".3fa9.cvb.partial",  # our own writer (services/outbox.py)
        "3fa9.cvb.partial",  # `new_file` of the CLI
        "3fa9.cvb.part",
        "3fa9.cvb.crdownload",
        ".DS_Store",
        "",
    ],
)
def test_temp_partial_and_hidden_names_are_never_read(name: str) -> None:
    assert not is_candidate(name)


@pytest.mark.parametrize("name", ["3fa9c1e05b7d4c8e9f102a3b4c5d6e7f.cvb", "from-paris.cvb.asc"])
def test_ordinary_names_are_read(name: str) -> None:
    assert is_candidate(name)


def test_a_file_is_complete_only_when_two_looks_agree() -> None:
    first = {"a.cvb": (100, 1), "b.cvb": (50, 1)}
    assert settled({}, first) == []  # seen once: may still be arriving
    second = {"a.cvb": (100, 1), "b.cvb": (80, 2), "c.cvb": (10, 3)}
    assert settled(first, second) == ["a.cvb"]  # b grew, c is new
    third = {"a.cvb": (100, 1), "b.cvb": (80, 2), "c.cvb": (10, 3)}
    assert settled(second, third) == ["a.cvb", "b.cvb", "c.cvb"]


def test_same_size_but_newer_mtime_is_still_arriving() -> None:
    assert settled({"a.cvb": (100, 1)}, {"a.cvb": (100, 2)}) == []


def test_empty_and_temp_files_never_settle() -> None:
    look = {"empty.cvb": (0, 1), ".syncthing.x.tmp": (9, 1)}
    assert settled(look, dict(look)) == []
