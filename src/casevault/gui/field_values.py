"""Case field values and version stamps as short, readable text for previews and conflicts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

EMPTY = "—"


def value_text(value: Any) -> str:
    """A field value (JSON form) as one line: names joined, lists comma-separated."""
    if value in (None, "", [], {}):
        return EMPTY
    if isinstance(value, dict):
        parts = [str(value.get(k, "")) for k in ("surname", "given", "patronymic")]
        joined = " ".join(p for p in parts if p)
        return joined or EMPTY
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def stamp_text(untrusted_stamp: str) -> str:
    """A version stamp (`<wall ms hex>-<counter>-<node>`) as "date time, laptop <node>"."""
    parts = untrusted_stamp.split("-", 2)
    try:
        when = dt.datetime.fromtimestamp(int(parts[0], 16) / 1000, tz=dt.UTC).astimezone()
    except (ValueError, IndexError, OverflowError, OSError):
        return untrusted_stamp
    node = parts[2][:8] if len(parts) == 3 else ""
    return (
        QCoreApplication.translate("FieldValues", "%1, laptop %2")
        .replace("%1", when.strftime("%Y-%m-%d %H:%M"))
        .replace("%2", node)
    )
