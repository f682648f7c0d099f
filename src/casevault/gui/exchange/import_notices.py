"""Words for the import wizard: the calm "already imported" notice, and why each verified
evaluation of a bundle is not taken (the import plan's EvaluationSkip reasons)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from casevault.exchange.plan_types import EvaluationSkip
from casevault.gui.screening.screening_text import short
from casevault.services.imports import ImportPreview
from casevault.services.reimport import first_applied
from casevault.services.session import Session

_SKIPS = {
    EvaluationSkip.CASE_NOT_HELD: QT_TRANSLATE_NOOP(
        "ImportNotices",
        "Evaluation %1 is not taken: its case is not in your vault (it was not sent with it, "
        "or you erased it).",
    ),
    EvaluationSkip.SUPERSEDED_NOT_HELD: QT_TRANSLATE_NOOP(
        "ImportNotices",
        "Evaluation %1 is not taken: it corrects an evaluation you do not have. Ask the sender "
        "for the earlier one.",
    ),
    EvaluationSkip.ALREADY_CORRECTED: QT_TRANSLATE_NOOP(
        "ImportNotices",
        "Evaluation %1 is not taken: the evaluation it corrects was corrected already by the "
        "same organisation.",
    ),
}


def skipped_evaluation_lines(preview: ImportPreview) -> list[str]:
    """One line per verified evaluation the plan does not take, with the reason. Evaluations
    already held say nothing (nothing is new); refused ones are said by screening_text."""
    lines = []
    skipped = preview.plan.skipped_evaluations if preview.plan is not None else ()
    for item in skipped:
        text = _SKIPS.get(item.skip)
        if text is not None:
            translated = QCoreApplication.translate("ImportNotices", str(text))
            lines.append(translated.replace("%1", short(item.evaluation_id)))
    if preview.skipped_evaluations:
        lines.append(
            QCoreApplication.translate(
                "ImportNotices",
                "%n evaluation(s) signed by an organisation you hold no keys for: not taken.",
                "",
                preview.skipped_evaluations,
            )
        )
    return lines


def already_imported_text(session: Session, bundle_id: str) -> str:
    """ "You already imported this file on DATE; nothing to do." (without a date if unknown)."""
    when = first_applied(session, bundle_id)
    if when is None:
        return QCoreApplication.translate(
            "ImportNotices", "You already imported this file; nothing to do."
        )
    day = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(when.timestamp())), QLocale.FormatType.ShortFormat
    )
    return QCoreApplication.translate(
        "ImportNotices", "You already imported this file on %1; nothing to do."
    ).replace("%1", day)
