"""Where the CLI finds its vault and its secrets, and how it opens a session.

Secrets come from, in order: a file named on the command line, an environment variable meant
for scripts, or a no-echo prompt. They are never taken as a plain command-line argument, since
those show up in `ps` and shell history.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import click
import platformdirs

from casevault.cli.i18n import _
from casevault.cli.os_words import os_error_cause
from casevault.services.session import Session
from casevault.services.unlock_guard import open_vault_counting

PASSPHRASE_ENV = "CASEVAULT_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
NEW_PASSPHRASE_ENV = "CASEVAULT_NEW_PASSPHRASE"  # noqa: S105 - a variable name
RECOVERY_CODE_ENV = "CASEVAULT_RECOVERY_CODE"
VAULT_ENV = "CASEVAULT_VAULT"
MAX_SECRET_FILE = 4096


def default_vault_path() -> Path:
    """The per-user vault folder (e.g. ~/.local/share/CaseVault/vault on Linux)."""
    return Path(platformdirs.user_data_dir("CaseVault", appauthor=False)) / "vault"


def read_secret_file(path: Path) -> str:
    """The first line of a small file (a trailing newline is not part of the secret)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SECRET_FILE + 1)
    except OSError as exc:
        message = _("Cannot read {path}: {why}").format(path=path, why=os_error_cause(exc))
        raise click.UsageError(message) from exc
    if len(data) > MAX_SECRET_FILE:
        raise click.UsageError(_("{path} is too large to be a passphrase file.").format(path=path))
    return data.decode("utf-8", errors="strict").splitlines()[0] if data.strip() else ""


@dataclass
class CliContext:
    """Options shared by every command."""

    vault_path: Path
    passphrase_file: Path | None
    actor: str

    def passphrase(self, prompt: str | None = None) -> str:
        """The current passphrase, from --passphrase-file, $CASEVAULT_PASSPHRASE or a prompt."""
        if self.passphrase_file is not None:
            return read_secret_file(self.passphrase_file)
        from_env = os.environ.get(PASSPHRASE_ENV)
        if from_env is not None:
            return from_env
        return str(click.prompt(prompt or _("Passphrase"), hide_input=True, err=True))

    def open_session(self) -> Session:
        """Unlock the vault with the passphrase (Argon2id runs here, about a second)."""
        # Counted like the desktop app's unlock, so the destroy-after-N-wrong-passphrases
        # option (off by default) cannot be bypassed from the command line.
        return open_vault_counting(self.vault_path, self.passphrase(), actor=self.actor)


def new_secret(
    file_option: Path | None, env_name: str, prompt: str, *, confirm: bool = True
) -> str:
    """A new secret from a file, an environment variable, or a prompt asked twice."""
    if file_option is not None:
        return read_secret_file(file_option)
    from_env = os.environ.get(env_name)
    if from_env is not None:
        return from_env
    return str(
        click.prompt(
            prompt,
            hide_input=True,
            confirmation_prompt=_("Repeat to confirm") if confirm else False,
            err=True,
        )
    )
