"""Writing a file the user named: never over an existing one, never half-written under its name.

Bundles, enrolment and announcement files, identity cards, and the unencrypted copies a user
asks for (an attachment, a subject-access report) all go through `new_file`, which adds the
CLI's rule (no silent replacing without --force) and its messages to the one careful writer of
both front ends, services/user_files.py (0600 partial file, fsync, rename, removed on failure).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import click

from casevault.cli.i18n import _
from casevault.cli.os_words import os_error_cause
from casevault.services.user_files import user_file


@contextlib.contextmanager
def new_file(output: Path, *, force: bool | None = None) -> Iterator[BinaryIO]:
    """A binary sink that becomes `output` when the block ends without an error.

    `force` is None where the command has no --force option; False or True where it has one
    (True replaces an existing file). Raises click.UsageError if `output` exists.
    """
    if output.exists() and not force:
        message = (
            _("{path} exists; choose a new file name.")
            if force is None
            else _("{path} already exists. Choose another file or add --force.")
        )
        raise click.UsageError(message.format(path=output))
    try:
        writer = user_file(output)
        sink = writer.__enter__()
    except OSError as exc:
        message = _("Could not write {path}: {why}").format(path=output, why=os_error_cause(exc))
        raise click.ClickException(message) from exc
    with contextlib.ExitStack() as stack:
        stack.push(writer)
        yield sink
