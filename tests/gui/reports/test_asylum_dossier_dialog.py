"""The asylum dossier: language and profile chosen per dossier, the plaintext warning, a PDF
whose text reads back (QtPdf) in French and in English with the chronology in order and the
flags in words, and an attestation that verifies over the exact bytes written."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdf import QPdfDocument
from tests.support.asylum_case import CONTACT, make_asylum_case

from casevault.exchange.attestation import verify_attestation
from casevault.gui.i18n import Translations
from casevault.gui.reports.asylum_dossier_dialog import AsylumDossierDialog
from casevault.services.organisation import show_organisation

pytestmark = pytest.mark.gui


def _pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return " ".join(text.split())  # lines wrap anywhere: compare with single spaces


def _open(qtbot, session, case_id):  # type: ignore[no-untyped-def]
    dialog = AsylumDossierDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    return dialog


def _in_order(text: str, *parts: str) -> bool:
    positions = [text.find(part) for part in parts]
    return -1 not in positions and positions == sorted(positions)


def test_french_and_english_dossiers_read_back_with_chronology_flags_and_attestation(  # type: ignore[no-untyped-def]
    qtbot, session, tmp_path: Path
) -> None:
    case_id = make_asylum_case(session, departure="2025-02-20")  # left before the summons
    dialog = _open(qtbot, session, case_id)
    assert "NOT be encrypted" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.status))
    )
    assert dialog.language.currentData() == "fr"  # the default: the French asylum bodies
    french = dialog.save_to(tmp_path / "fr.pdf")
    assert french is not None, dialog.status.text()
    text = _pdf_text(french)
    assert "Récapitulatif pour une demande d’asile" in text
    assert "Le départ (2025-02-20) précède la première preuve de convocation (2025-03-01)." in text
    assert _in_order(
        text, "Départ", "Convocation", "Interdiction de sortie", "Passage de frontière", "Arrivée"
    )
    assert "registre Gosouslougui" in text
    assert "Chuviliaev Sergei Iurevich" in text  # the passport (ICAO) spelling
    assert "Tschuwiljajew" in text
    assert "Чувиляев Сергей Юрьевич" in text
    assert "register.png" in text
    assert "signature vérifiée" in text
    assert "Brouillon" in text  # the draft evaluation, shown as not signed
    assert CONTACT not in text

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    english = dialog.save_to(tmp_path / "en.pdf")
    assert english is not None
    text_en = _pdf_text(english)
    assert "Dossier for an asylum application" in text_en
    assert (
        "The departure (2025-02-20) comes before the first proof of call-up (2025-03-01)."
        in text_en
    )
    assert _in_order(text_en, "Departure", "Summons", "Exit ban", "Border crossing", "Arrival")
    assert "Signed; signature verified" in text_en
    assert "Draft: not signed" in text_en
    organisation = show_organisation(session).name
    assert f"Evaluator Alpha, lawyer ({organisation})" in text_en  # who signed, and for whom
    assert text_en != text

    fingerprint = show_organisation(session).fingerprint
    for pdf in (french, english):
        attestation = pdf.with_name(pdf.name + ".attestation").read_bytes()
        verified = verify_attestation(pdf.read_bytes(), attestation, fingerprint)
        assert verified.fingerprint == fingerprint
        assert fingerprint in _pdf_text(pdf)
    assert verify_attestation(english.read_bytes(), attestation).statement.language == "en"


def test_the_dossier_language_ignores_the_app_language_and_the_profile_cuts_fields(  # type: ignore[no-untyped-def]
    qtbot, session
) -> None:
    case_id = make_asylum_case(session)
    app = QCoreApplication.instance()
    translations = Translations()
    assert translations.install(app, "ru")  # the caseworker runs the app in Russian
    try:
        dialog = _open(qtbot, session, case_id)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        html = dialog.html()
        assert "Dossier for an asylum application" in html
        assert "в/ч 00000" in html
        dialog.profile.setCurrentIndex(dialog.profile.findData("minimal"))
        qtbot.waitUntil(
            lambda: dialog.save_button.isEnabled() and dialog.dossier.profile == "minimal",
            timeout=20_000,
        )
        assert "в/ч 00000" not in dialog.html()
        assert "redaction profile minimal" in dialog.html()
    finally:
        translations.remove(app)


def test_an_anomaly_on_a_document_is_in_the_pdf_in_french(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io

    from casevault.gui.reports.asylum_dossier_pdf import render_asylum_pdf
    from casevault.services import attachments as attachment_service
    from casevault.services import evaluations as eval_service
    from casevault.services.asylum_dossier import collect_asylum_dossier
    from casevault.services.examinations import examine_attachment

    case_id = make_asylum_case(session)
    document = attachment_service.add_attachment(
        session, case_id, io.BytesIO(b"%PDF-1.4 summons"), "summons.pdf", received_from="Signal"
    )
    examiner = eval_service.add_evaluator(session, "Evaluator Gamma", "document examiner")
    examine_attachment(session, document.id, examiner.id, "anomalies", "date typed later")
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(render_asylum_pdf(collect_asylum_dossier(session, case_id, "fr", "standard")))
    text = " ".join(_pdf_text(pdf).split())
    assert "Evaluator Gamma" in text
    assert "anomalies : date typed later" in text.replace("\xa0", " ")
    assert "la signature est valide" in text
    assert "reçu de Signal" in text
