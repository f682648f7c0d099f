"""The exchange layer's one error hierarchy: every refusal of a bundle is one of these.

Subclasses name the failure and carry data (which field, which limit, which chunk), never
sentences; cli/ and gui/ turn them into words. Reading a bundle raises nothing else: a
crypto failure is translated into the matching class here (see unseal.py).
"""

from __future__ import annotations


class ExchangeError(Exception):
    """Base of every failure raised by casevault.exchange."""


# --- The file is not a well-formed bundle -------------------------------------------------


class BundleMalformed(ExchangeError):
    """The bytes do not follow docs/spec/bundle-format.md."""


class NotABundle(BundleMalformed):
    """The file does not start with the bundle magic (nor an armoured bundle's BEGIN line)."""


class UnsupportedVersion(BundleMalformed):
    """A format version this program does not read (perhaps a newer one)."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class UnsupportedSuite(BundleMalformed):
    """A cipher suite this program does not read."""

    def __init__(self, suite: int) -> None:
        super().__init__(suite)
        self.suite = suite


class HeaderTruncated(BundleMalformed):
    """The file ends inside the header."""


class FrameMalformed(BundleMalformed):
    """An inner frame breaks the grammar; `field` names what was wrong (tag, kind, order...)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class ManifestInvalid(BundleMalformed):
    """The signed manifest is not valid JSON of the expected shape; `field` names the culprit."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class ArmorMalformed(BundleMalformed):
    """An armoured bundle's text is broken at line `line` (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class LimitExceeded(BundleMalformed):
    """A size or count outside its bound (docs/spec/bundle-format.md, "Bounds").

    Raised by the reader before anything is allocated, and by the writer, so that no
    bundle it produces can be refused for size by a partner.
    """

    def __init__(self, limit: str, value: int, maximum: int) -> None:
        super().__init__(limit, value, maximum)
        self.limit = limit
        self.value = value
        self.maximum = maximum


# --- Authenticity and integrity -------------------------------------------------------------


class BundleNotForUs(ExchangeError):
    """No recipient stanza opens with our private key (or every stanza was altered)."""


class BundleTampered(ExchangeError):
    """The bundle was altered, cut or extended after it was sealed."""


class HeaderTampered(BundleTampered):
    """The header MAC does not match: a stanza or the stream nonce was changed."""


class ContentCorrupt(BundleTampered):
    """Encrypted chunk `chunk` does not authenticate (altered, reordered or swapped)."""

    def __init__(self, chunk: int) -> None:
        super().__init__(chunk)
        self.chunk = chunk


class ContentTruncated(BundleTampered):
    """The encrypted content ends early (a cut file); `chunks_read` chunks were intact."""

    def __init__(self, chunks_read: int) -> None:
        super().__init__(chunks_read)
        self.chunks_read = chunks_read


class TrailingData(BundleTampered):
    """Bytes follow the end of the bundle."""


class ContentHashMismatch(BundleTampered):
    """The content does not match the hash in the signed manifest."""


class BundleChanged(BundleTampered):
    """The file changed between the verifying pass and the reading pass."""


class RecipientCountMismatch(BundleTampered):
    """The header holds `stanzas` stanzas but the signed manifest lists `recipients` recipients."""

    def __init__(self, stanzas: int, recipients: int) -> None:
        super().__init__(stanzas, recipients)
        self.stanzas = stanzas
        self.recipients = recipients


class SignatureInvalid(BundleTampered):
    """The manifest signature does not verify; `algorithm` is the first that failed."""

    def __init__(self, algorithm: str) -> None:
        super().__init__(algorithm)
        self.algorithm = algorithm


# --- Authentic, but not acceptable ----------------------------------------------------------


class SenderUnknown(ExchangeError):
    """The manifest names a sender organisation we hold no public keys for."""

    def __init__(self, org_id: str) -> None:
        super().__init__(org_id)
        self.org_id = org_id


class SenderKeyMismatch(ExchangeError):
    """The sender's key fingerprint in the manifest is not the one we hold for `org_id`."""

    def __init__(self, org_id: str) -> None:
        super().__init__(org_id)
        self.org_id = org_id


class NotARecipient(ExchangeError):
    """We opened a stanza but the signed recipient list does not name us: re-addressed."""

    def __init__(self, org_id: str) -> None:
        super().__init__(org_id)
        self.org_id = org_id


# --- Writer side ----------------------------------------------------------------------------


class InvalidIdentifier(ExchangeError):
    """An id (bundle, organisation, node, record kind, blob) breaks the identifier rules."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class RecordNotSerialisable(ExchangeError):
    """A record of kind `kind` is not a JSON object of plain JSON values."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class WriterClosed(ExchangeError):
    """The bundle writer was used after it was finished or abandoned."""


class DuplicateRecipient(ExchangeError):
    """The same organisation was given twice as a recipient."""

    def __init__(self, org_id: str) -> None:
        super().__init__(org_id)
        self.org_id = org_id


# --- Identity cards -----------------------------------------------------------------------


class IdentityCardInvalid(ExchangeError):
    """An identity card that cannot be used. `reason`: "too-large", "not-a-card", "schema",
    "unsupported-version", "bad-id", "bad-name", "bad-kind", "bad-country", "bad-date",
    "bad-keys", "bad-signature" (docs/spec/identity-card.md)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- Content that decrypted and verified, but is not acceptable ------------------------------


class ContentInvalid(ExchangeError):
    """A record inside a verified bundle breaks the content schema (docs/spec/bundle-format.md).

    `kind` is the record kind, `field` the first offending field. A signed bundle with invalid
    content comes from a broken or hostile partner program; nothing of it is applied.
    """

    def __init__(self, kind: str, field: str) -> None:
        super().__init__(f"{kind}.{field}")
        self.kind = kind
        self.field = field


class UnsafeNameInBundle(ContentInvalid):
    """A signed name in a verified bundle (an evaluator's name or role, the organisation's name
    in an enrolment) that could disguise text on screen. It cannot be neutralised without
    breaking its signature, so the whole bundle is refused. `problem` is a NameProblem value.
    """

    def __init__(self, kind: str, field: str, problem: str) -> None:
        super().__init__(kind, field)
        self.problem = problem


# --- Node (per-laptop) keys: docs/spec/bundle-format.md, "Node certificates" ------------------


class NodeCertificateInvalid(ExchangeError):
    """A node-signed bundle whose node certificate cannot be trusted. `reason`: "format" (not a
    certificate), "binding" (it is for another organisation, laptop or key than the manifest
    names), "certifier" (signed by another key than the organisation key it names),
    "signature". One certified by a key we do not hold for the organisation is
    SenderKeyMismatch instead (as a bundle signed by such a key)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NodeRevoked(ExchangeError):
    """The bundle was signed by (or names as its sender) a laptop its organisation revoked.
    Refused whatever time the bundle claims: a seized laptop's key can sign any date."""

    def __init__(self, org_id: str, node_id: str) -> None:
        super().__init__(org_id, node_id)
        self.org_id = org_id
        self.node_id = node_id


# --- Dossier attestations: docs/spec/attestation.md ------------------------------------------


class AttestationInvalid(ExchangeError):
    """A dossier's attestation does not hold. `reason`: "format" (not an attestation file),
    "signature" (a signature does not verify), "statement" (signed, but not a valid statement),
    "document" (it attests other PDF bytes: the PDF was changed or is another one),
    "fingerprint" (valid, but signed by other keys than the fingerprint the user gave)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
