"""Transport folders, the pure rules: which inbox files may be read, when a file is complete,
why a bundle waits for a person and why a file was set aside.

No file system here: a *look* is a mapping name -> (size, mtime in ns) taken by the caller
(services/inbox.py). A file is complete when two looks in a row saw it unchanged; the caller
takes the looks (one per pick-up pass), so tests inject them as two passes, never as sleeps.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

Look = Mapping[str, tuple[int, int]]  # file name -> (size in bytes, mtime in nanoseconds)

# Our own writer's partial files (services/outbox.py), and those of common copy tools.
PARTIAL_SUFFIXES = (".partial", ".part", ".tmp", ".crdownload", ".download")
PROCESSED_DIR = "processed"
WAITING_DIR = "waiting"
REFUSED_DIR = "refused"
BUNDLE_SUFFIX = ".cvb"


class PeerKind(enum.StrEnum):
    """Who is at the other end of a folder pair."""

    PARTNER = "partner"  # a partner organisation
    NODE = "node"  # another laptop of our own organisation


class Outcome(enum.StrEnum):
    """What a pick-up pass did with one inbox file."""

    APPLIED = "applied"  # verified, nothing needed a person, applied: moved to processed/
    WAITING = "waiting"  # verified, waits for a person: moved to waiting/
    REFUSED = "refused"  # failed a check or came from the wrong sender: moved to refused/
    ALREADY = "already"  # this file or bundle was handled before: moved to processed/


class WaitReason(enum.StrEnum):
    """Why a verified bundle was not applied on its own."""

    AUTO_APPLY_OFF = "auto-apply-off"
    CONFLICTS = "conflicts"
    POSSIBLE_DUPLICATES = "possible-duplicates"
    REFUSALS = "refusals"  # records or evaluations the sender may not send us
    ERASURE_NOTICES = "erasure-notices"
    KEY_EVENTS = "key-events"  # the partner announces a key change or revocation


class RefusalCause(enum.StrEnum):
    """Why an inbox file was set aside in refused/ without touching the vault."""

    NOT_A_BUNDLE = "not-a-bundle"
    DAMAGED = "damaged"  # cut short, changed or malformed
    NOT_FOR_US = "not-for-us"
    UNKNOWN_SENDER = "unknown-sender"
    SENDER_NOT_TRUSTED = "sender-not-trusted"  # unverified or revoked partner
    REMOVED_LAPTOP = "removed-laptop"
    OWN_BUNDLE = "own-bundle"  # made on this laptop: the folders are crossed
    WRONG_FOLDER = "wrong-folder"  # authentic, but from another sender than this folder's peer
    INVALID_CONTENT = "invalid-content"
    REJECTED_BY_PERSON = "rejected-by-person"
    NOT_ACCEPTED = "not-accepted"  # any other refusal: a manual import shows the reason


def is_candidate(name: str) -> bool:
    """True for a file name a pass may pick up: not hidden, not a temp or partial name.

    Excluded: dotfiles (Syncthing's `.syncthing.NAME.tmp`, our `.NAME.partial`, desktop
    metadata), Syncthing's Windows temp names `~syncthing~NAME.tmp`, and partial names of common
    copy tools (`PARTIAL_SUFFIXES`)."""
    if not name or name.startswith((".", "~")):
        return False
    return not name.lower().endswith(PARTIAL_SUFFIXES)


def settled(previous: Look, current: Look) -> list[str]:
    """Names seen unchanged (same size and mtime) in both looks, sorted: complete files.

    A name new in `current`, or whose size or mtime changed, is still being written (or was
    just replaced) and waits for the next look. Empty files wait too: no bundle is empty."""
    return sorted(
        name
        for name, seen in current.items()
        if previous.get(name) == seen and seen[0] > 0 and is_candidate(name)
    )
