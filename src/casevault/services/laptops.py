"""This organisation's laptops as people see them, and the names of the laptops that made the
competing values of a conflict.

Read-only, apart from `ensure_node_identity` (which writes only when this laptop's keys are
missing or uncertified, as on unlock). What a laptop is *called* comes from the label inside
its certificate, which the organisation signed and this vault verified on receipt; a laptop
without one is shown by the start of its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from casevault.domain.audit_actions import AuditAction
from casevault.domain.errors import UnsafeName
from casevault.domain.outside_names import NameProblem, display_name_problem
from casevault.exchange.errors import NodeCertificateInvalid
from casevault.exchange.node_certificates import (
    CERTIFICATE_FORMAT,
    MAX_LABEL,
    build_certificate,
    open_envelope,
    verify_certificate,
)
from casevault.services import node_keys
from casevault.services.session import Session
from casevault.services.versioning import node_id
from casevault.vault.errors import OrgKeysNotHeld
from casevault.vault.repos import laptops as laptop_repo
from casevault.vault.repos import node_keys as node_key_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo


@dataclass(frozen=True)
class Laptop:
    """One laptop of our organisation, for the laptops screen.

    `holds_org_keys` is known for this laptop only (None for the others: nothing tells us).
    `certified` means a certificate from our organisation for its keys is held here.
    """

    node_id: str
    label: str | None
    fingerprint: str | None  # 64 hex digits in groups of four, or None without a certificate
    certified: bool
    removed_at: str | None
    revoked_at: str | None
    last_bundle_applied: str | None
    is_this: bool
    holds_org_keys: bool | None

    @property
    def refused(self) -> bool:
        """Its bundles are refused here (removed here, or a signed revocation is held)."""
        return self.removed_at is not None or self.revoked_at is not None


@dataclass(frozen=True)
class NodeName:
    """Who made a value: the organisation and the laptop, and whether it is us."""

    node_id: str
    org_name: str | None  # None: a laptop this vault never heard from
    label: str | None
    ours: bool
    this_laptop: bool


def certificate_label(certificate: bytes | None) -> str | None:
    """The label inside a certificate held here (verified on receipt), if it is a safe name."""
    if certificate is None:
        return None
    try:
        label = open_envelope(certificate, CERTIFICATE_FORMAT).document.get("label")
    except NodeCertificateInvalid:
        return None
    if not isinstance(label, str) or display_name_problem(label) is not None:
        return None
    return label


def _grouped(hex_digits: str | None) -> str | None:
    if hex_digits is None:
        return None
    upper = hex_digits.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def list_laptops(session: Session) -> list[Laptop]:
    """Every laptop of our organisation known here, this one first."""
    status = node_keys.ensure_node_identity(session)
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        rows = laptop_repo.laptops_of(conn, own.id, status.node_id)
    found = []
    for row in rows:
        this = row.node_id == status.node_id
        found.append(
            Laptop(
                node_id=row.node_id,
                label=certificate_label(row.certificate),
                fingerprint=status.fingerprint if this else _grouped(row.fingerprint),
                certified=status.certified if this else row.certificate is not None,
                removed_at=row.removed_at,
                revoked_at=row.revoked_at,
                last_bundle_applied=row.last_bundle_applied,
                is_this=this,
                holds_org_keys=status.holds_org_keys if this else None,
            )
        )
    return sorted(found, key=lambda laptop: (not laptop.is_this, laptop.node_id))


def node_names(session: Session, node_ids: Iterable[str]) -> dict[str, NodeName]:
    """Who each node id is: our organisation or a partner (by name), and the laptop's label.

    The mapping comes from certificates and applied bundles held here. A node id this vault
    never heard from keeps `org_name` None. Note that a node id inside a version stamp is the
    stamp's own claim (docs/laptops.md, "Conflicts").
    """
    wanted = set(node_ids)
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        this_node = node_id(conn)
        partners = {p.id: p.name for p in partner_repo.list_partners(conn)}
        origins = laptop_repo.known_node_origins(conn)
    names: dict[str, NodeName] = {}
    for org_id, origin_node, certificate in origins:
        if origin_node not in wanted or origin_node in names:
            continue
        ours = org_id == own.id
        org_name = own.name if ours else partners.get(org_id)
        if org_name is None:
            continue  # a bundle of an organisation we no longer hold: say nothing
        names[origin_node] = NodeName(
            origin_node, org_name, certificate_label(certificate), ours, origin_node == this_node
        )
    for missing in wanted - names.keys():
        this = missing == this_node
        names[missing] = NodeName(missing, own.name if this else None, None, this, this)
    return names


def _issued_after(previous: bytes | None, now: dt.datetime) -> dt.datetime:
    """`now`, or one second after the previous certificate if that is not later (certificates
    are dated to the second, and only a later one replaces an earlier one anywhere)."""
    if previous is None:
        return now
    try:
        issued = open_envelope(previous, CERTIFICATE_FORMAT).document.get("issued_at")
        last = dt.datetime.strptime(str(issued), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except (NodeCertificateInvalid, ValueError):
        return now
    return max(now, last + dt.timedelta(seconds=1))


def name_this_laptop(session: Session, label: str) -> None:
    """Give this laptop a name people recognise ("office", "Anna's laptop"): a new certificate
    carrying it, signed by the organisation's keys, which travels like every certificate so our
    other laptops and partners show the name too. Audited (`node.certify`).

    Raises UnsafeName (empty, longer than 64 characters, or characters that could disguise
    text), OrgKeysNotHeld (only a laptop keeping the organisation's keys can sign it)."""
    label = label.strip()
    problem = display_name_problem(label)
    if problem is None and len(label) > MAX_LABEL:
        problem = NameProblem.TOO_LONG
    if problem is not None:
        raise UnsafeName(problem.value)
    node_keys.ensure_node_identity(session)
    with session.vault.transaction() as conn:
        if not org_repo.holds_own_private_keys(conn):
            raise OrgKeysNotHeld()
        this_node = node_id(conn)
        held = node_key_repo.get_own_node_keys(conn, this_node)
        if held is None:  # pragma: no cover - ensure_node_identity just made them
            raise RuntimeError("no node keys")
        own = org_repo.get_own_organisation(conn)
        issued = _issued_after(held[1], session.clock())
        certificate = build_certificate(
            own.id,
            org_repo.get_own_private_keys(conn),
            this_node,
            held[0].public_keys(),
            issued,
            label,
        )
        verified = verify_certificate(
            open_envelope(certificate, CERTIFICATE_FORMAT), own.public_keys
        )
        node_key_repo.set_own_certificate(conn, this_node, certificate)
        node_key_repo.put_certificate(
            conn, own.id, this_node, verified.node_keys, verified.issued_at, certificate, issued
        )
        session.audit(conn, AuditAction.NODE_CERTIFY, "node", this_node, {"label": label})
