"""The words of the asylum dossier, in the dossier's language, whatever the app's language.

The dossier is written for a French or English reader (OFPRA, the CNDA, a lawyer), chosen per
dossier, while the caseworker may run the app in Russian. So its strings (context
`AsylumDossier`) are never looked up through the application's installed translators: a
`DossierWords` holds its own QTranslator, loaded from `ui/translations/asylum-dossier.<lang>.ts`
(compiled in memory as gui/i18n.py does, or the `.qm` beside it in a packaged build). The file
is named so that the app's own catalog search (`*_<lang>.ts`) does not pick it up: the dossier
has its own languages (English and French), not the app's.

Strings are marked with `D_("...")` (tables) or passed as literals to a `DossierWords` called
`t` (gui/reports/asylum_dossier_pdf.py); tests/gui/reports/test_asylum_dossier_text.py finds
both and checks the French catalog has every one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

from casevault.domain.chronology import CASE_CALLUP, FlagKind
from casevault.domain.examination import ExaminationResult
from casevault.domain.timeline_kinds import EventKind, SummonsChannel
from casevault.gui.i18n import compiled_catalog, translations_dir
from casevault.services.asylum_dossier import SignatureState
from casevault.services.examination_verify import NoteStatus

CONTEXT = "AsylumDossier"
_PLACEHOLDER = re.compile(r"%(\d+)")


def D_(source: str) -> str:
    """Mark a dossier string for the dossier's catalog; translated when used (`DossierWords`)."""
    return source


KINDS = {
    EventKind.SUMMONS: D_("Summons"),
    EventKind.EXIT_BAN: D_("Exit ban"),
    EventKind.DESERTION: D_("Desertion"),
    EventKind.REFUSAL: D_("Refusal to serve"),
    EventKind.DEPARTURE: D_("Departure"),
    EventKind.CROSSING: D_("Border crossing"),
    EventKind.ARRIVAL: D_("Arrival"),
    EventKind.ASYLUM_FILING: D_("Asylum application filed"),
    EventKind.INTERVIEW: D_("Interview"),
    EventKind.DECISION: D_("Decision"),
    EventKind.NOTE: D_("Note"),
    CASE_CALLUP: D_("Call-up date recorded on the case"),
}
CHANNELS = {
    SummonsChannel.PAPER: D_("paper summons"),
    SummonsChannel.SMS: D_("SMS"),
    SummonsChannel.REGISTER: D_("Gosuslugi register"),
}
FLAGS = {
    FlagKind.NO_SUMMONS: D_(
        "No summons is recorded. Since July 2023 the CNDA asks for elements showing that he was "
        "actually called up.",
    ),
    FlagKind.DEPARTURE_BEFORE_CALLUP: D_(
        "The departure (%1) comes before the first proof of call-up (%2)."
    ),
    FlagKind.SUMMONS_DELIVERED_AFTER_DEPARTURE: D_(
        "A summons counts as delivered only after the departure (departure %1, delivered %2).",
    ),
    FlagKind.NO_DEPARTURE: D_("An arrival (%1) is recorded, but no departure or border crossing."),
    FlagKind.ARRIVAL_BEFORE_DEPARTURE: D_("The arrival (%1) is dated before the departure (%2)."),
    FlagKind.CROSSING_BEFORE_DEPARTURE: D_(
        "A border crossing (%1) is dated before the departure (%2)."
    ),
    FlagKind.CROSSINGS_DO_NOT_CHAIN: D_(
        "Two border crossings do not follow on (%1 and %2): the second leaves from a country "
        "the first did not enter.",
    ),
    FlagKind.FILING_BEFORE_ARRIVAL: D_(
        "The asylum application (%1) is dated before the arrival (%2)."
    ),
    FlagKind.INTERVIEW_BEFORE_FILING: D_(
        "The interview (%1) is dated before the asylum application (%2)."
    ),
    FlagKind.DECISION_BEFORE_FILING: D_(
        "The decision (%1) is dated before the asylum application (%2)."
    ),
}
SERVICE = {
    "mobilised": D_("Mobilised"),
    "contract": D_("Contract soldier"),
    "conscript": D_("Conscript"),
    "unknown": D_("Unknown"),
}
SIGNATURES = {
    SignatureState.VERIFIED: D_("Signed; signature verified"),
    SignatureState.INVALID: D_("Signature does NOT verify: do not rely on it"),
    SignatureState.NOT_COUNTING: D_(
        "Signed and verified; the signer is not one we rely on for screening"
    ),
    SignatureState.SUPERSEDED: D_("Signed and verified; replaced by a later correction"),
    SignatureState.DRAFT: D_("Draft: not signed"),
}
VERDICTS = {
    "cleared": D_("Cleared"),
    "not_cleared": D_("Not cleared"),
    "inconclusive": D_("Inconclusive"),
}
CONFIDENCE = {
    "low": D_("low"),
    "medium": D_("medium"),
    "high": D_("high"),
}
METHODS = {
    "interview": D_("interview"),
    "documents": D_("documents"),
    "open_source": D_("open-source check"),
    "references": D_("references"),
    "other": D_("other"),
}
CLEARANCE = {
    "cleared": D_("Screening: independent signed evaluations agree, none negative."),
    "blocked": D_("Screening: a signed evaluation is negative."),
    "pending": D_("Screening not complete."),
}
SYSTEMS = {
    "ICAO": D_("passport (ICAO)"),
    "English": D_("English usage"),
    "French": D_("French usage"),
    "German": D_("German usage"),
}
RESULTS = {
    ExaminationResult.CONSISTENT: D_("consistent"),
    ExaminationResult.ANOMALIES: D_("anomalies"),
    ExaminationResult.CANNOT_TELL: D_("cannot tell"),
}
NOTE_STATUS = {
    NoteStatus.VERIFIED: D_("the signature verifies"),
    NoteStatus.UNKNOWN_SIGNER: D_("NOT verified: signed by an organisation we hold no keys of"),
    NoteStatus.UNKNOWN_KEY: D_("NOT verified: signed with a key that is not the signer's"),
    NoteStatus.SIGNATURE: D_("NOT verified: changed after it was signed"),
    NoteStatus.PAYLOAD: D_("NOT verified: the signed text is unreadable"),
    NoteStatus.CONTENT_MISMATCH: D_("NOT verified: the stored note differs from the signed one"),
    NoteStatus.DOCUMENT_MISMATCH: D_("NOT verified: it was made on another file"),
    NoteStatus.UNVERIFIED_SIGNER: D_("NOT verified: the signer's keys were never compared"),
    NoteStatus.REVOKED: D_("NOT verified: the signer's keys were revoked"),
}


class DossierWords:
    """Looks up the dossier's strings in one language, ignoring the app's translators."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        self._catalog: bytes | None = None  # kept alive: QTranslator does not copy the data
        if language != "en":
            ts_file = translations_dir() / f"asylum-dossier.{language}.ts"
            self._catalog = compiled_catalog(language, ts_file)
            translator = QTranslator()
            if self._catalog is not None and translator.load(self._catalog):
                self._translator = translator

    @property
    def translated(self) -> bool:
        """True if a catalog for the language was loaded (English needs none)."""
        return self.language == "en" or self._translator is not None

    def __call__(self, source: object, *args: str) -> str:
        """`source` (an English string) in the dossier's language, with %1, %2... filled."""
        text = str(source)
        if self._translator is not None:
            text = self._translator.translate(CONTEXT, text) or text
        # One pass, so that a value holding "%2" (case data) is never substituted again.
        return _PLACEHOLDER.sub(
            lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m[0],
            text,
        )
