"""Plain words for what an import refused to apply (services/admission.py) and for partners
closing their copy of a case (services/partner_closures.py), on screen.

The same sentences as cli/admission_text.py, in Qt's translation system (context "Admission").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from casevault.exchange.admission import RecordKind, RefusalReason
from casevault.services.admission import ClosingNotice, Refusal
from casevault.services.imports import ImportPreview
from casevault.services.partner_closures import PartnerClosure

_K = RecordKind
_R = RefusalReason
_SENTENCES: dict[tuple[RecordKind, RefusalReason], object] = {  # QT_TRANSLATE_NOOP: object
    (_K.CASE, _R.CASE_NOT_SHARED): QT_TRANSLATE_NOOP(
        "Admission",
        "%1: not changed. %2 never received this case from you, so it may not change it "
        "(it tried: %3).",
    ),
    (_K.CASE, _R.FIELD_NOT_SHARED): QT_TRANSLATE_NOOP(
        "Admission", "%1: %3 not changed. These fields were never sent to %2."
    ),
    (_K.CASE, _R.CLAIMS_OUR_ORIGIN): QT_TRANSLATE_NOOP(
        "Admission",
        "%1: refused. It claims to be a case of your own organisation, but your vault does not "
        "hold it; your cases reach you only from your own laptops.",
    ),
    (_K.CASE, _R.OTHER_ORIGIN): QT_TRANSLATE_NOOP(
        "Admission",
        "%1: it claims to come from %4. Only %2 signed it, so it is kept as coming from %2.",
    ),
    (_K.TOMBSTONE, _R.CASE_NOT_SHARED): QT_TRANSLATE_NOOP(
        "Admission", "%1: %2's deletion ignored. %2 never received this case from you."
    ),
}
# Sentences with a count: %n takes the plural form of each language.
_COUNTED: dict[tuple[RecordKind, RefusalReason], Callable[[int], str]] = {
    (_K.TIMELINE, _R.CASE_NOT_SHARED): lambda n: QCoreApplication.translate(
        "Admission",
        "%1: %n timeline event(s) refused. %2 never received this case from you.",
        "",
        n,
    ),
    (_K.TIMELINE, _R.CLAIMS_OUR_ORIGIN): lambda n: QCoreApplication.translate(
        "Admission",
        "%1: %n timeline event(s) refused. They claim to be written by your own organisation, "
        "but came from %2.",
        "",
        n,
    ),
    (_K.TIMELINE, _R.OTHER_ORIGIN): lambda n: QCoreApplication.translate(
        "Admission",
        "%1: %n timeline event(s) claim to come from %4; they are kept as coming from %2, who "
        "signed them.",
        "",
        n,
    ),
    (_K.ATTACHMENT, _R.CASE_NOT_SHARED): lambda n: QCoreApplication.translate(
        "Admission",
        "%1: %n attachment(s) refused. %2 never received this case from you.",
        "",
        n,
    ),
    (_K.ATTACHMENT, _R.CLAIMS_OUR_ORIGIN): lambda n: QCoreApplication.translate(
        "Admission",
        "%1: %n attachment(s) refused. They claim to be added by your own organisation, but "
        "came from %2.",
        "",
        n,
    ),
    (_K.ATTACHMENT, _R.OTHER_ORIGIN): lambda n: QCoreApplication.translate(
        "Admission",
        "%1: %n attachment(s) claim to come from %4; they are kept as coming from %2, who "
        "signed them.",
        "",
        n,
    ),
}
_FALLBACK = QT_TRANSLATE_NOOP(
    "Admission", "%1: part of this record was not applied (%2 may not change it)."
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Admission", text)


def case_label(display_name: str, case_id: object) -> str:
    """How a case is named in these sentences: our name for it and the start of its id."""
    return (
        QCoreApplication.translate("Admission", "Case %1 %2")
        .replace("%1", str(case_id)[:8])
        .replace("%2", display_name)
        .strip()
    )


def refusal_text(refusal: Refusal, sender_name: str) -> str:
    """One refusal in plain words."""
    counted = _COUNTED.get((refusal.kind, refusal.reason))
    if counted is not None:
        template = counted(refusal.count)
    else:
        template = _t(str(_SENTENCES.get((refusal.kind, refusal.reason), _FALLBACK)))
    values = {
        "%4": refusal.claimed_origin_name or refusal.claimed_origin[:8],
        "%3": ", ".join(refusal.fields),
        "%2": sender_name,
        "%1": case_label(refusal.display_name, refusal.case_id),
    }
    return _fill(template, values)


def closing_text(notice: ClosingNotice, sender_name: str) -> str:
    """A partner's deletion, as it will be kept: a notice, not a deletion."""
    template = QCoreApplication.translate(
        "Admission",
        "%1 closed their copy of %2 on %3. Your record stays as it is; a note is kept with it.",
    )
    return _fill(
        template,
        {
            "%3": _day(notice.closed_at),
            "%2": case_label(notice.display_name, notice.case_id),
            "%1": sender_name,
        },
    )


def closures_text(closures: list[PartnerClosure]) -> str:
    """The line(s) the case editor shows for partners that closed their copy ("" for none)."""
    template = QCoreApplication.translate("Admission", "%1 closed their copy of this case on %2.")
    return "\n".join(
        _fill(template, {"%2": _day(c.closed_at), "%1": c.partner_name}) for c in closures
    )


def add_refusal_groups(tree: QTreeWidget, preview: ImportPreview) -> None:
    """Partners closing their copy, and what the sender may not change here, in plain words."""

    if preview.closures:
        group = QTreeWidgetItem(
            tree, [QCoreApplication.translate("Admission", "Closed by the partner (kept here)")]
        )
        for notice in preview.closures:
            QTreeWidgetItem(group, [closing_text(notice, preview.sender_name)])
        group.setExpanded(True)
    if preview.refusals:
        title = QCoreApplication.translate(
            "Admission", "Not applied: %1 (the rest of the bundle still applies)"
        )
        group = QTreeWidgetItem(tree, [title.replace("%1", str(len(preview.refusals)))])
        for refusal in preview.refusals:
            row = QTreeWidgetItem(group, [refusal_text(refusal, preview.sender_name)])
            row.setForeground(0, Qt.GlobalColor.darkRed)
        group.setExpanded(True)


def _fill(template: str, values: dict[str, str]) -> str:
    """Put each value in its place in one pass: a name containing "%1" is not expanded again."""
    return re.sub(r"%\d", lambda m: values.get(m.group(0), m.group(0)), template)


def _day(moment: dt.datetime) -> str:
    return moment.date().isoformat()
