"""ASCII armour: a bundle as text for pasting into an e-mail, and detection on import.

Implements docs/spec/bundle-format.md, section "Armour" (the rules of age's armour):

    -----BEGIN CASEVAULT BUNDLE-----
    <standard base64 with padding, 64 columns per line, the last line 4..64>
    -----END CASEVAULT BUNDLE-----

Lines end in LF (CRLF accepted on reading, line by line; the END line may lack its
line end at the end of the file). No line has other whitespace. Only whitespace (space, tab,
CR, LF) may come before the BEGIN line or after the END line, at most 1024 bytes each. Base64
must be canonical, so one bundle has one armoured form. Both directions stream line by line.

`open_untrusted_bundle(file)` returns a reader of the binary bundle whichever form the file
is in; `unseal_bundle` calls it, so importers accept both without asking the user.
"""

from __future__ import annotations

import base64
import binascii
from typing import Protocol

from casevault.exchange.bundle_format import MAGIC
from casevault.exchange.errors import ArmorMalformed, NotABundle
from casevault.exchange.records import Writable

BEGIN = b"-----BEGIN CASEVAULT BUNDLE-----"
END = b"-----END CASEVAULT BUNDLE-----"
COLUMNS = 64
_BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_LEADING_WHITESPACE = 1024
MAX_TRAILING_WHITESPACE = 1024
_WHITESPACE = b" \t\r\n"


class RewindableSource(Protocol):
    """A binary file opened for reading that can go back to its start (a file, BytesIO)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...

    def seek(self, offset: int, whence: int = 0, /) -> int: ...


class ArmorWriter:
    """Wraps a sink: binary bundle bytes in, armoured lines out. Call `close()` once at the end."""

    def __init__(self, sink: Writable) -> None:
        self._sink = sink
        self._buffer = bytearray()
        sink.write(BEGIN + b"\n")

    def write(self, data: bytes) -> int:
        """Accept binary bytes; emit every complete 64-column line."""
        self._buffer += data
        full = len(self._buffer) // _BYTES_PER_LINE * _BYTES_PER_LINE
        if full:
            block = bytes(self._buffer[:full])
            del self._buffer[:full]
            lines = (block[i : i + _BYTES_PER_LINE] for i in range(0, full, _BYTES_PER_LINE))
            self._sink.write(b"".join(base64.b64encode(line) + b"\n" for line in lines))
        return len(data)

    def close(self) -> None:
        """Write the last (short) line and the END line."""
        if self._buffer:
            self._sink.write(base64.b64encode(bytes(self._buffer)) + b"\n")
            self._buffer.clear()
        self._sink.write(END + b"\n")


def armor(data: bytes) -> bytes:
    """The armoured form of a small bundle held in memory (tests, clipboard)."""

    class _Collect:
        def __init__(self) -> None:
            self.parts: list[bytes] = []

        def write(self, chunk: bytes) -> int:
            self.parts.append(chunk)
            return len(chunk)

    sink = _Collect()
    writer = ArmorWriter(sink)
    writer.write(data)
    writer.close()
    return b"".join(sink.parts)


class ArmorReader:
    """Decodes an armoured bundle as it is read. Supports `seek(0)` for a second pass.

    Raises ArmorMalformed(line) for any deviation from the rules in the module docstring.
    """

    def __init__(self, untrusted_source: RewindableSource) -> None:
        self._source = untrusted_source
        self._restart()

    def _restart(self) -> None:
        self._source.seek(0)
        self._pending = b""
        self._done = False
        self._short_seen = False
        self._body_lines = 0
        self._line = 1
        skipped = 0
        while True:
            byte = self._source.read(1)
            if byte and byte in _WHITESPACE and skipped < MAX_LEADING_WHITESPACE:
                skipped += 1
                self._line += byte == b"\n"
                continue
            break
        begin = byte + self._source.readline(len(BEGIN) + 2)
        if begin not in (BEGIN + b"\n", BEGIN + b"\r\n"):
            raise ArmorMalformed(self._line)

    def seek(self, offset: int, whence: int = 0) -> int:
        """Only a rewind to the start is supported (all a bundle reader needs)."""
        if offset != 0 or whence != 0:
            raise ValueError("ArmorReader can only rewind to the start")
        self._restart()
        return 0

    def readline(self, size: int = -1) -> bytes:
        """Not meaningful for binary content; present for the source protocol."""
        return self.read(size)

    def read(self, size: int = -1) -> bytes:
        """Up to `size` decoded bytes (all, if negative); b"" at the END line."""
        while not self._done and (size < 0 or len(self._pending) < size):
            self._pending += self._next_line()
        if size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def _next_line(self) -> bytes:
        self._line += 1
        raw = self._source.readline(COLUMNS + 2)
        if raw == END:
            text = END  # at the end of the file: clipboards and mail clients drop the last LF
        elif not raw.endswith(b"\n"):
            raise ArmorMalformed(self._line)  # over-long line, or end of file before END
        else:
            text = raw[:-1].removesuffix(b"\r")
        if text == END:
            if not self._body_lines:  # not `line == 2`: whitespace lines may precede BEGIN
                raise ArmorMalformed(self._line)  # no body at all
            self._check_trailer()
            self._done = True
            return b""
        if self._short_seen or not 0 < len(text) <= COLUMNS or len(text) % 4:
            raise ArmorMalformed(self._line)
        self._short_seen = len(text) < COLUMNS
        self._body_lines += 1
        try:
            decoded = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ArmorMalformed(self._line) from exc
        if base64.b64encode(decoded) != text:
            raise ArmorMalformed(self._line)  # non-canonical padding bits
        return decoded

    def _check_trailer(self) -> None:
        rest = self._source.read(MAX_TRAILING_WHITESPACE + 1)
        if len(rest) > MAX_TRAILING_WHITESPACE or rest.strip(_WHITESPACE):
            raise ArmorMalformed(self._line + 1)


def open_untrusted_bundle(untrusted_file: RewindableSource) -> RewindableSource:
    """A reader of the binary bundle in `untrusted_file`, armoured or not, at its start.

    Raises NotABundle if the file starts with neither the magic nor (after whitespace) the
    BEGIN line.
    """
    untrusted_file.seek(0)
    start = untrusted_file.read(MAX_LEADING_WHITESPACE + len(BEGIN))
    untrusted_file.seek(0)
    if start.startswith(MAGIC):
        return untrusted_file
    if start.lstrip(_WHITESPACE).startswith(BEGIN):
        return ArmorReader(untrusted_file)
    raise NotABundle()
