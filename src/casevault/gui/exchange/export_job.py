"""One export, run in a worker: write the bundle through the one careful writer (a partial file,
renamed when complete).

A person sees a bundle file under its real name only once it is whole: if the export fails or
is cancelled, the partial file is deleted, so no half-written bundle is ever mistaken for a good
one (readers refuse it anyway). Only ciphertext is written (services/exports.py seals it).
This class touches no widget; the wizard listens to its signals.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QObject, Signal

from casevault.services import exports
from casevault.services.exports import ExportResult
from casevault.services.session import Session
from casevault.services.user_files import user_file


class ExportCancelled(Exception):
    """The person pressed Cancel; the partial bundle was deleted."""


@dataclass(frozen=True)
class ExportOutcome:
    """What the export made: the service's result, and the armoured text if asked for."""

    result: ExportResult
    path: Path | None
    armoured_text: str | None


class ExportProgress(QObject):
    """Progress crosses from the worker thread to the GUI thread through this queued signal."""

    advanced = Signal(int, int)  # (cases written, cases in all)


class ExportJob:
    """Everything one export needs; `run()` is called in a worker thread."""

    def __init__(
        self,
        session: Session,
        partner_ids: Sequence[str],
        case_ids: Sequence[str] | None,
        path: Path | None,
        override_reason: str | None = None,
        full: bool = False,
    ) -> None:
        self._session = session
        self._full = full
        self._partner_ids = list(partner_ids)
        self._case_ids = list(case_ids) if case_ids is not None else None
        self.path = path
        self._override_reason = override_reason
        self._cancel = threading.Event()
        self.progress = ExportProgress()

    def cancel(self) -> None:
        """Ask the export to stop at the next case (it then deletes what it wrote)."""
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()
        self.progress.advanced.emit(done, total)

    def _export_to(self, sink: BinaryIO, armor: bool) -> ExportResult:
        if self._cancel.is_set():
            raise ExportCancelled()
        return exports.export_bundle(
            self._session,
            self._partner_ids,
            sink,
            self._case_ids,
            armor=armor,
            progress=self._on_progress,
            override_reason=self._override_reason,
            full=self._full,
        )

    def run(self) -> ExportOutcome:
        """Export to the file (via `.partial`) or to armoured text in memory."""
        if self.path is None:
            buffer = io.BytesIO()
            result = self._export_to(buffer, armor=True)
            return ExportOutcome(result, None, buffer.getvalue().decode("ascii"))
        # The one careful writer (0600 partial file, fsync, rename; removed on failure/cancel).
        with user_file(self.path) as sink:
            result = self._export_to(sink, armor=False)
        return ExportOutcome(result, self.path, None)
