"""When `casevault start --self-test` may run (the built app's smoke test, gui/safety/self_test.py).

The self-test adds a case to the vault it is given. It must never be able to touch a vault a
person uses, whoever types the hidden flag: it runs only with Qt offscreen (no window a person
could see), with the passphrase in a file (never a prompt), on a vault inside the system's
temporary folder that holds no case yet. Anything else is refused before the vault is opened
for the app, and nothing is written.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from casevault.cli.i18n import _
from casevault.vault.temp_location import inside_temporary_folder


def self_test_refusal(
    vault_path: Path, passphrase_file: Path | None, environ: Mapping[str, str] | None = None
) -> str | None:
    """Why the self-test may not run here (a sentence for the user), or None if it may.
    Checks the environment and the path only; the caller also checks the vault is empty."""
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM") != "offscreen":
        return _("The self-test runs only offscreen (QT_QPA_PLATFORM=offscreen).")
    if passphrase_file is None:
        return _("The self-test needs the passphrase in a file (--passphrase-file).")
    if not inside_temporary_folder(vault_path):
        return _("The self-test runs only on a new vault in the temporary folder.")
    return None


def not_empty_refusal() -> str:
    """The sentence when the vault already holds cases."""
    return _("The self-test runs only on a new vault without cases; nothing was changed.")
