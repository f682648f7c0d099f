"""The short built-in guide F1 shows, one per screen, in the UI language.

Texts are marked here and translated at the point of use (`guide_for`), so they live in the
Qt Linguist catalogs with the rest of the app (context "HelpTexts"). Each says what the screen
is for and the two or three things people do there; the full documentation is the docs folder
of the installation (named in Help → About).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# screen key -> (title, guide). Keys are what gui/help_menu.help_context() returns.
GUIDES: dict[str, tuple[object, object]] = {  # QT_TRANSLATE_NOOP: object
    "wizard": (
        QT_TRANSLATE_NOOP("HelpTexts", "Setting up CaseVault"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Choose a long passphrase that you can remember: nobody can reset it. Then name "
            "your organisation. CaseVault shows a recovery code once: print it or write it on "
            "paper and hide the paper away from the laptop. It is the only way back in if the "
            "passphrase is forgotten.",
        ),
    ),
    "unlock": (
        QT_TRANSLATE_NOOP("HelpTexts", "Unlocking the vault"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Type your passphrase and press Enter. If you forgot it, use the recovery code "
            "from paper (the button below the passphrase). In an emergency, File → Destroy "
            "the vault (panic) works here too, without the passphrase.",
        ),
    ),
    "cases": (
        QT_TRANSLATE_NOOP("HelpTexts", "The case list"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Every case of this vault. Type in the search box to find a name in either "
            "alphabet, or narrow the list with the filters. Double-click a case, or press Enter, "
            "to open it; Ctrl+N starts a new case. Ctrl+L locks the vault when you step away.",
        ),
    ),
    "audit": (
        QT_TRANSLATE_NOOP("HelpTexts", "The audit log"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Who changed what and when. The entries are chained: “Verify chain” finds an entry "
            "that was altered, removed or reordered. The log never holds case contents, only "
            "what kind of change was made to which record.",
        ),
    ),
    "dashboard": (
        QT_TRANSLATE_NOOP("HelpTexts", "The dashboard"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Counts of cases by status, risk and month, and the cases that need you. The "
            "figures can be saved as a PDF or printed for a report; the PDF is not encrypted.",
        ),
    ),
    "exchange": (
        QT_TRANSLATE_NOOP("HelpTexts", "Partners and exchange"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Your partner organisations and their keys. Verify a partner's short code by "
            "phone or in person before you send to them. Export a bundle (Ctrl+E) to send "
            "cases; import a bundle (Ctrl+I) that a partner sent you. Bundles are encrypted and "
            "signed; a changed or replayed file is refused.",
        ),
    ),
    "case-editor": (
        QT_TRANSLATE_NOOP("HelpTexts", "Editing a case"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "The tabs hold the man's details, service, situation and notes, his timeline, "
            "screenings and attachments. Ctrl+S saves; an unsaved change is marked with * in "
            "the title and is kept, encrypted, if the vault locks before you save.",
        ),
    ),
    "destroyed": (
        QT_TRANSLATE_NOOP("HelpTexts", "The vault was destroyed"),
        QT_TRANSLATE_NOOP(
            "HelpTexts",
            "Its keys are gone: nobody can open it from this computer any more. You can close "
            "the window. To work again, set up a new vault, or receive your cases back from a "
            "partner.",
        ),
    ),
}


def guide_for(screen: str) -> tuple[str, str]:
    """(title, guide) for `screen` in the UI language; the case list's for an unknown key."""
    title, text = GUIDES.get(screen, GUIDES["cases"])
    return (
        QCoreApplication.translate("HelpTexts", str(title)),
        QCoreApplication.translate("HelpTexts", str(text)),
    )
