"""Plain words for the errors no command group claims: crypto failures, the bundle writer's
refusals, and each layer's base class.

Before this table, these reached people as the layer's catch-all sentence or as "Something
unexpected went wrong"; tests/cli/test_every_error_has_words.py walks every error type and
fails if any still does. Registered into cli/messages.py by `register_messages()`.
"""

from __future__ import annotations

from casevault.cli.i18n import N_, _
from casevault.cli.messages import EXIT_DAMAGED, EXIT_FAILURE, EXIT_INVALID_INPUT, register
from casevault.crypto import errors as crypto
from casevault.exchange import errors as ex
from casevault.services import errors as svc

_STREAM_DAMAGED = N_(
    "The encrypted data is damaged, cut short or has bytes added: it was changed after it was "
    "made. Nothing was read from it."
)


def register_messages() -> None:
    """Add this module's sentences to the CLI's one table (idempotent)."""
    register(
        crypto.DecryptionFailed,
        lambda e: _(
            "Encrypted data could not be opened: it was changed or damaged, or it was locked "
            "with another key. Nothing was read from it."
        ),
        EXIT_DAMAGED,
    )
    register(
        crypto.SignatureInvalid,
        lambda e: _(
            "A signature does not match: the file was changed, or it was not signed by who it "
            "claims. Nothing was accepted."
        ),
        EXIT_DAMAGED,
    )
    register(
        crypto.KdfParametersRejected,
        lambda e: _(
            "The key file's protection settings are outside what CaseVault accepts: it was "
            "tampered with or not made by CaseVault. Restore it from a backup."
        ),
        EXIT_DAMAGED,
    )
    register(
        crypto.MalformedKey,
        lambda e: _(
            "A key in this file is not a valid key: the file is damaged or was not made by "
            "CaseVault. Nothing was accepted."
        ),
        EXIT_DAMAGED,
    )
    register(crypto.StreamError, lambda e: _(_STREAM_DAMAGED), EXIT_DAMAGED)
    register(
        crypto.NoMatchingStanza,
        lambda e: _("This file was not encrypted for your organisation. Nothing was read."),
        EXIT_DAMAGED,
    )
    register(
        crypto.HeaderMacInvalid,
        lambda e: _(
            "The start of this file was changed after it was made. Nothing was read from it."
        ),
        EXIT_DAMAGED,
    )
    register(
        ex.InvalidIdentifier,
        lambda e: _(
            "The identifier '{field}' is not valid (letters, digits and . _ : - only). "
            "Nothing was written."
        ).format(field=e.field),
        EXIT_INVALID_INPUT,
    )
    register(
        ex.RecordNotSerialisable,
        lambda e: _(
            "A {kind} record could not be put into the bundle. Nothing was written."
        ).format(kind=e.kind),
        EXIT_FAILURE,
    )
    register(
        ex.WriterClosed,
        lambda e: _("This bundle was already finished. Start the export again."),
        EXIT_FAILURE,
    )
    register(
        ex.DuplicateRecipient,
        lambda e: _("The same partner ({id}) was chosen twice. Name each partner once.").format(
            id=e.org_id
        ),
        EXIT_INVALID_INPUT,
    )
    register(
        ex.ExchangeError,
        lambda e: _("The bundle or card could not be used. Nothing was imported or sent."),
        EXIT_DAMAGED,
    )
    register(
        svc.UnlockLimitOutOfRange,
        lambda e: _("Choose a number between {minimum} and {maximum}.").format(
            minimum=e.minimum, maximum=e.maximum
        ),
        EXIT_INVALID_INPUT,
    )
    register(
        svc.ServiceError,
        lambda e: _("This action could not be completed. Nothing was changed."),
        EXIT_FAILURE,
    )
