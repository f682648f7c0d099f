"""The asylum dossier as HTML and PDF, in the dossier's language
(gui/reports/asylum_dossier_text.py).

Order of the document: who he is (both scripts, every likely spelling), the chronology with
the points that may weaken the claim stated first and plainly, the proofs, the screening
evaluations with their signature state, and the organisation's attestation. Every value is
escaped: case text is data, never markup. The PDF is built in memory (gui/reports/report_pdf.py) and
its text is extractable (a real text layer, not an image).
"""

from __future__ import annotations

from html import escape

from casevault.domain.chronology import ChronologyEntry
from casevault.domain.examination import ExaminationResult
from casevault.domain.timeline_kinds import SummonsChannel
from casevault.gui.reports import asylum_dossier_text as words
from casevault.gui.reports.asylum_dossier_text import DossierWords
from casevault.gui.reports.report_pdf import render_pdf
from casevault.services.asylum_dossier import AsylumDossier
from casevault.services.asylum_proofs import ProofRow

_TABLE = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"


def _row(label: str, value: str) -> str:
    if not value:
        return ""
    return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{escape(value)}</td></tr>"


def _header(*labels: str) -> str:
    return "<tr>" + "".join(f"<th align='left'>{escape(label)}</th>" for label in labels) + "</tr>"


def _cells(*values: str) -> str:
    return "<tr>" + "".join(f"<td valign='top'>{escape(value)}</td>" for value in values) + "</tr>"


def _identity(dossier: AsylumDossier, t: DossierWords) -> str:
    who = dossier.identity
    rows = [
        _row(t("Name (Cyrillic)"), who.name_cyrillic),
        _row(t("Name (Latin)"), who.name_latin),
        _row(t("Other names and spellings used"), ", ".join(who.aliases)),
        *(
            _row(t("Spelling: %1", t(words.SYSTEMS[system])), spelling)
            for system, spelling in who.spellings
        ),
        _row(t("Date of birth"), who.date_of_birth.isoformat() if who.date_of_birth else ""),
        _row(t("Place of birth"), who.place_of_birth),
        _row(t("Service"), t(words.SERVICE[who.service_type]) if who.service_type else ""),
        _row(t("Military unit"), who.unit),
        _row(t("Rank"), who.rank),
        _row(t("Proof of call-up (as recorded)"), who.callup_proof),
    ]
    return "<table cellpadding='3'>" + "".join(rows) + "</table>"


def entry_details(entry: ChronologyEntry, t: DossierWords) -> str:
    """The details of one step: channel and delivery date, or the countries of a crossing."""
    if entry.summons is not None and entry.delivered is not None:
        channel = t(words.CHANNELS[entry.summons.channel])
        if entry.summons.channel is SummonsChannel.REGISTER and entry.summons.delivered is None:
            return t(
                "%1; counts as delivered %2 (7 days after it was placed)",
                channel,
                entry.delivered.isoformat(),
            )
        return t("%1; delivered %2", channel, entry.delivered.isoformat())
    if entry.crossing is not None and (entry.crossing.from_country or entry.crossing.to_country):
        return f"{entry.crossing.from_country or '?'} → {entry.crossing.to_country or '?'}"
    return ""


def _chronology(dossier: AsylumDossier, t: DossierWords) -> str:
    chronology = dossier.chronology
    if chronology.flags:
        flags = "".join(
            f"<li>{escape(t(words.FLAGS[flag.kind], *(d.isoformat() for d in flag.dates)))}</li>"
            for flag in chronology.flags
        )
        concerns = f"<p><b>{escape(t('Points that may weaken the claim'))}</b></p><ul>{flags}</ul>"
    else:
        concerns = f"<p>{escape(t('No point of concern in the order of events.'))}</p>"
    if not chronology.entries:
        return concerns + f"<p>{escape(t('No step of the asylum path is recorded.'))}</p>"
    rows = "".join(
        _cells(
            entry.date.isoformat(),
            t(words.KINDS[entry.kind]),
            entry_details(entry, t),
            entry.text,
        )
        for entry in chronology.entries
    )
    header = _header(t("Date"), t("Step"), t("Details"), t("What happened"))
    return concerns + _TABLE + header + rows + "</table>"


def _proofs(dossier: AsylumDossier, t: DossierWords) -> str:
    if not dossier.proofs:
        return f"<p>{escape(t('No document is attached.'))}</p>"
    rows = "".join(
        _cells(
            proof.filename,
            proof.media_type,
            str(proof.size),
            proof.sha256,
            proof.received_at.date().isoformat(),
            proof.origin,
        )
        + "".join(f"<tr><td colspan='6'>{line}</td></tr>" for line in _proof_lines(proof, t))
        for proof in dossier.proofs
    )
    header = _header(
        t("Document"), t("Type"), t("Size (bytes)"), "SHA-256", t("Received"), t("From")
    )
    return _TABLE + header + rows + "</table>"


def _proof_lines(proof: ProofRow, t: DossierWords) -> list[str]:
    """Provenance, derivation and each examination note of one document, as escaped HTML;
    a note reporting anomalies in bold (never left out, verified or not)."""
    if proof.received_from is None and proof.received_on is None:
        lines = [escape(t("Provenance: not recorded."))]
    else:
        lines = [
            escape(
                t(
                    "Provenance: received from %1 on %2.",
                    proof.received_from or t("(not recorded)"),
                    proof.received_on.isoformat() if proof.received_on else t("(not recorded)"),
                )
            )
        ]
    if proof.derived_from is not None:
        lines.append(
            escape(t("Derived copy of %1: %2", proof.derived_from, proof.derived_how or ""))
        )
    for note in proof.notes:
        if note.result is None:
            line = escape(t("Examination note: %1.", t(words.NOTE_STATUS[note.status])))
        else:
            result = t(words.RESULTS[note.result])
            finding = t("%1: %2", result, note.text) if note.text else result
            line = escape(
                t(
                    "Examined on %1 by %2: %3 (%4).",
                    note.examined_on.isoformat() if note.examined_on else "",
                    note.examiner,
                    finding,
                    t(words.NOTE_STATUS[note.status]),
                )
            )
            if note.result is ExaminationResult.ANOMALIES:
                line = f"<b>{line}</b>"
        lines.append(line)
    return lines


def _evaluations(dossier: AsylumDossier, t: DossierWords) -> str:
    outcome = f"<p>{escape(t(words.CLEARANCE[dossier.clearance]))}</p>"
    if not dossier.evaluations:
        return outcome + f"<p>{escape(t('No screening evaluation.'))}</p>"
    rows = "".join(
        _cells(
            row.date.isoformat(),
            ", ".join(part for part in (row.evaluator or t("unknown evaluator"), row.role) if part)
            + f" ({row.organisation})",
            t(words.VERDICTS.get(row.verdict, row.verdict)),
            t(words.CONFIDENCE.get(row.confidence, row.confidence)),
            ", ".join(t(words.METHODS.get(m, m)) for m in row.methods),
            t(words.SIGNATURES[row.state]),
        )
        for row in dossier.evaluations
    )
    header = _header(
        t("Date"), t("Evaluator"), t("Verdict"), t("Confidence"), t("Methods"), t("Signature")
    )
    return outcome + _TABLE + header + rows + "</table>"


def attestation_sentence(dossier: AsylumDossier, t: DossierWords) -> str:
    """The sentence the organisation signs (also printed in the dossier)."""
    return t(
        "%1 attests that this dossier was prepared on %2 from the records it holds on this "
        "case (case %3), and that the documents listed were received as stated.",
        dossier.organisation_name,
        dossier.made_at.date().isoformat(),
        str(dossier.case_id),
    )


def _attestation(dossier: AsylumDossier, t: DossierWords, file_name: str) -> str:
    check = t(
        "The signature (Ed25519 and ML-DSA-65) is in the file %1, delivered with this PDF. To "
        "check it: casevault dossier verify-attestation %2. Then compare the fingerprint it "
        "prints with the one the organisation gave you by another route.",
        f"{file_name}.attestation",
        file_name,
    )
    fingerprint = t("Fingerprint of the organisation's signing keys: %1")
    return (
        f"<p>{escape(attestation_sentence(dossier, t))}</p>"
        f"<p>{escape(fingerprint.replace('%1', dossier.organisation_fingerprint))}</p>"
        f"<p>{escape(check)}</p>"
    )


def asylum_dossier_html(dossier: AsylumDossier, file_name: str = "dossier.pdf") -> str:
    """The dossier as HTML in `dossier.language`; `file_name` is the PDF's name, printed in the
    attestation section so the reader knows which signature file goes with it."""
    t = DossierWords(dossier.language)
    title = t("Dossier for an asylum application")
    made = t(
        "Prepared by %1 on %2 with CaseVault. Case %3.",
        dossier.organisation_name,
        dossier.made_at.date().isoformat(),
        str(dossier.case_id),
    )
    withheld = t("Fields left out of this dossier (redaction profile %1): %2")
    sections = (
        (t("Identity and service"), _identity(dossier, t)),
        (t("Chronology"), _chronology(dossier, t)),
        (t("Proofs"), _proofs(dossier, t)),
        (t("Screening evaluations"), _evaluations(dossier, t)),
        (t("Attestation"), _attestation(dossier, t, file_name)),
    )
    body = "".join(f"<h2>{escape(name)}</h2>{html}" for name, html in sections)
    left_out = withheld.replace("%1", dossier.profile).replace(
        "%2", ", ".join(sorted(dossier.withheld)) or "-"
    )
    return (
        f"<html><body><h1>{escape(title)}</h1><p>{escape(made)}</p>"
        f"<p><i>{escape(left_out)}</i></p>{body}</body></html>"
    )


def render_asylum_pdf(dossier: AsylumDossier, file_name: str = "dossier.pdf") -> bytes:
    """The dossier's PDF bytes (in memory; needs a QGuiApplication)."""
    t = DossierWords(dossier.language)
    return render_pdf(
        asylum_dossier_html(dossier, file_name), t("Dossier for an asylum application")
    )
