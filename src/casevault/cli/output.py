"""Plain-text and JSON output for read commands. No case data goes anywhere but stdout."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from casevault.services.json_values import to_jsonable


def print_json(value: Any) -> None:
    """One JSON document on stdout (UTF-8, Cyrillic kept readable)."""
    click.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A simple aligned table; widths follow the content."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    click.echo(line.rstrip())
    for row in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def print_fields(pairs: Sequence[tuple[str, str]]) -> None:
    """`label: value` lines, labels aligned."""
    width = max((len(label) for label, _ in pairs), default=0)
    for label, value in pairs:
        click.echo(f"{label.ljust(width)}  {value}")
