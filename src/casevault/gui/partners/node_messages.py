"""Plain words for per-laptop (node) keys: a removed laptop's bundle, a laptop certificate that
cannot be trusted, a laptop without the organisation's keys (docs/laptops.md).

Merged into the one table of gui/messages.py; the wording follows cli/node_commands.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from casevault.exchange.errors import NodeCertificateInvalid, NodeRevoked
from casevault.services.errors import NodeNotCertified
from casevault.vault.errors import OrgKeysNotHeld

Formatter = Callable[[Any], str]

NODE_MESSAGES: dict[type[BaseException], Formatter] = {
    NodeRevoked: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle was signed on a laptop that its organisation has removed (for example "
        "because it was seized). Nothing was imported. Bundles from that laptop are refused "
        "whatever date they carry; ask for anything you still need to be sent again from "
        "another laptop.",
    ),
    NodeCertificateInvalid: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle was signed on a laptop whose certificate from its organisation is forged "
        "or damaged. Nothing was imported. Call the sender before doing anything else.",
    ),
    NodeNotCertified: lambda e: QCoreApplication.translate(
        "Messages",
        "This laptop's own keys are not yet certified by your organisation's current keys, so "
        "it cannot do without the organisation's keys. Nothing was changed.",
    ),
    OrgKeysNotHeld: lambda e: QCoreApplication.translate(
        "Messages",
        "Your organisation's keys are not kept on this laptop. Do this on a laptop that keeps "
        "them (see the guide on laptops and keys).",
    ),
}
