"""Plain words for the transport folders in the CLI: why a bundle waits for a person, why a
file was set aside in refused/, and the errors of services/transport.py and services/inbox.py.

The GUI says the same in gui/exchange/transport_text.py.
"""

from __future__ import annotations

from casevault.cli.i18n import N_, _
from casevault.cli.messages import EXIT_INVALID_INPUT, EXIT_NOT_FOUND
from casevault.cli.messages import register as register_message
from casevault.domain.transport import RefusalCause, WaitReason
from casevault.services.errors import TransportFolderInvalid, TransportNotSet, WaitingFileNotFound

_W = WaitReason
WAIT_TEXT: dict[WaitReason, str] = {
    _W.AUTO_APPLY_OFF: N_("automatic import is off for this sender, so every bundle waits"),
    _W.CONFLICTS: N_("it brings edits that conflict with yours"),
    _W.POSSIBLE_DUPLICATES: N_("it brings a case that may be a man you already have"),
    _W.REFUSALS: N_("part of it may not be applied (changes the sender may not make here)"),
    _W.ERASURE_NOTICES: N_("the sender asks you to erase cases"),
    _W.KEY_EVENTS: N_("the sender announces a change of its keys"),
}

_C = RefusalCause
REFUSAL_TEXT: dict[RefusalCause, str] = {
    _C.NOT_A_BUNDLE: N_("not a CaseVault bundle"),
    _C.DAMAGED: N_("changed, cut short or damaged after it was made"),
    _C.NOT_FOR_US: N_("not made for your organisation"),
    _C.UNKNOWN_SENDER: N_("signed by no partner you know (or by keys you do not hold for it)"),
    _C.SENDER_NOT_TRUSTED: N_("its sender is not verified, or its keys were revoked"),
    _C.REMOVED_LAPTOP: N_("made on a laptop removed from your organisation"),
    _C.OWN_BUNDLE: N_("made on this laptop: the outbox and inbox folders are crossed"),
    _C.WRONG_FOLDER: N_("authentic, but from another sender than the one this folder is for"),
    _C.INVALID_CONTENT: N_("its content breaks the rules of the bundle format"),
    _C.REJECTED_BY_PERSON: N_("rejected by a person"),
    _C.NOT_ACCEPTED: N_("not accepted; import it by hand to see why"),
}


def wait_text(reasons: tuple[WaitReason, ...]) -> str:
    """Why a bundle waits, in one line."""
    return "; ".join(_(WAIT_TEXT[r]) for r in reasons)


def refusal_text(cause: RefusalCause) -> str:
    """Why a file went to refused/, in a few words."""
    return _(REFUSAL_TEXT[cause])


_FOLDER_PROBLEMS = {
    "missing": N_("{path} does not exist (is the USB stick or shared drive connected?)."),
    "not-a-folder": N_("{path} is a file, not a folder."),
    "same": N_(
        "The outbox and the inbox must be two different folders ({path}): otherwise CaseVault "
        "would pick up its own bundles."
    ),
}


def register_transport_messages() -> None:
    """Sentences for the transport errors (called once when the commands are imported)."""
    register_message(
        TransportNotSet,
        lambda e: (
            _(
                "No outbox folder is set for {peer}. "
                "Set one: casevault transport set {peer} --outbox DIR"
            )
            if e.folder == "outbox"
            else _(
                "No inbox folder is set for {peer}. "
                "Set one: casevault transport set {peer} --inbox DIR"
            )
        ).format(peer=e.peer_id[:8]),
        EXIT_INVALID_INPUT,
    )
    register_message(
        TransportFolderInvalid,
        lambda e: _(_FOLDER_PROBLEMS.get(e.problem, _FOLDER_PROBLEMS["missing"])).format(
            path=e.path
        ),
        EXIT_INVALID_INPUT,
    )
    register_message(
        WaitingFileNotFound,
        lambda e: _(
            "No bundle waiting for you matches {ref}. See the list: casevault transport pending"
        ).format(ref=e.file_ref),
        EXIT_NOT_FOUND,
    )
