"""Writing a file the user named: never over an existing one, never half-written under its name.

Bundles, enrolment and announcement files, identity cards, and the unencrypted copies a user
asks for (an attachment, a subject-access report) all go through `new_file`: the bytes go to
`<name>.partial` (created for the user only, 0600), are synced, and take the final name only
when complete; if anything fails, the partial file is removed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import click

from casevault.cli.i18n import _


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
    partial = output.with_name(output.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        message = _("Could not write {path}: {why}").format(path=output, why=exc.strerror)
        raise click.ClickException(message) from exc
    try:
        with os.fdopen(fd, "wb") as sink:
            yield sink
            sink.flush()
            os.fsync(sink.fileno())
        partial.replace(output)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
