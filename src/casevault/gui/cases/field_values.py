"""Values as short, readable text in the UI language: case field values (enums by their
label, never their code), dates and times in the user's form, version stamps and sizes.
(Redaction profile names: gui/exchange_messages.profile_name.)"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from casevault.gui.cases.entry_fields import date_format
from casevault.gui.messages import risk_label, service_label, status_label

EMPTY = "—"
# Fields whose stored value is a code of a fixed list: shown by its label.
_CODED_FIELDS = {"status": status_label, "risk": risk_label, "service_type": service_label}


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


def size_text(size: int) -> str:
    """A size in bytes with its unit in the UI language (1024-based: "1.5 KB", "1,5 Ko",
    "1,5 КБ"): the default QLocale is the UI language (gui/i18n.py sets it)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def date_text(day: dt.date) -> str:
    """A date in the UI language's short form with a four-digit year (18.09.1993 in Russian);
    never ISO's form unless the language writes dates so."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def time_text(moment: dt.datetime, seconds: bool = False) -> str:
    """A moment as `date_text` and a 24-hour clock time in this laptop's time zone (an aware
    moment is converted; a naive one is shown as it is): never ISO's "T" or offset."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{date_text(local.date())} {local.strftime('%H:%M:%S' if seconds else '%H:%M')}"
