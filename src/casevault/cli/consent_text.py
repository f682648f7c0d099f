"""A consent statement's codes in words for people: what he said, how, and for which kind of
partner (the `--method`/`--kind` options keep the codes a user types)."""

from __future__ import annotations

from casevault.cli.i18n import N_, _
from casevault.domain.consent import ConsentAction, ConsentMethod
from casevault.domain.organisation import PartnerKind

_ACTION_WORDS = {
    ConsentAction.GRANT: N_("agreed"),
    ConsentAction.WITHDRAW: N_("withdrew or refused"),
}
_METHOD_WORDS = {
    ConsentMethod.SIGNED_FORM: N_("signed form"),
    ConsentMethod.ORAL_WITNESSED: N_("said before a witness"),
    ConsentMethod.MESSAGE: N_("message from him (messenger, e-mail)"),
    ConsentMethod.OTHER: N_("other (see the note)"),
}
# Translators: a kind of partner, in the plural, after "every partner among".
_KIND_WORDS = {
    PartnerKind.TRANSIT_NGO: N_("transit NGOs"),
    PartnerKind.ASSOCIATION: N_("associations"),
    PartnerKind.LAWYER: N_("lawyers"),
    PartnerKind.AUTHORITY: N_("authorities"),
    PartnerKind.OTHER: N_("other partners"),
}


def action_words(action: ConsentAction) -> str:
    """What the statement says."""
    return _(_ACTION_WORDS[action])


def method_words(method: ConsentMethod | str) -> str:
    """How he said it (a code this version does not know, as recorded)."""
    try:
        return _(_METHOD_WORDS[ConsentMethod(method)])
    except ValueError:
        return str(method)


def kind_words(kind: PartnerKind | str) -> str:
    """A kind of partner, in the plural (a code this version does not know, as recorded)."""
    try:
        return _(_KIND_WORDS[PartnerKind(kind)])
    except ValueError:
        return str(kind)


def scope_words(partner_id: str | None, kind: PartnerKind | None) -> str:
    """Who a statement is about: the partner's id, or every partner of a kind."""
    if partner_id is not None:
        return partner_id
    return _("every partner among {kind}").format(kind=kind_words(kind or PartnerKind.OTHER))
