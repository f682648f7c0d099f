"""Values as short, readable text in the UI language: case field values (enums by their
label, never their code), version stamps, redaction profile names and sizes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from casevault.gui.messages import risk_label, service_label, status_label

EMPTY = "—"
# Fields whose stored value is a code of a fixed list: shown by its label.
_CODED_FIELDS = {"status": status_label, "risk": risk_label, "service_type": service_label}
# The built-in redaction profiles by a short name in the UI language (a custom profile is
# shown by the name its maker gave it).
_PROFILE_NAMES = {
    "standard": QT_TRANSLATE_NOOP("FieldValues", "Standard"),
    "full": QT_TRANSLATE_NOOP("FieldValues", "Full"),
    "minimal": QT_TRANSLATE_NOOP("FieldValues", "Minimal"),
}


def value_text(value: Any, field: str | None = None) -> str:
    """A field value (JSON form) as one line: names joined, lists comma-separated, and the
    code of a status, risk or service type as its label in the UI language."""
    if value in (None, "", [], {}):
        return EMPTY
    if isinstance(value, str) and field in _CODED_FIELDS:
        return _CODED_FIELDS[field](value)
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


def profile_name(name: str) -> str:
    """A redaction profile's name: a built-in one in the UI language, a custom one as named."""
    label = _PROFILE_NAMES.get(name)
    return QCoreApplication.translate("FieldValues", label) if label else name


def size_text(size: int) -> str:
    """A size in bytes with its unit in the UI language (1024-based: "1.5 KB", "1,5 Ko",
    "1,5 КБ"): the default QLocale is the UI language (gui/i18n.py sets it)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
