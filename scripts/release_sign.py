"""Release signing: SHA256SUMS for the artifacts and minisign signatures (docs/releases.md).

    python scripts/release_sign.py keygen --secret-key KEY --public-key casevault-release.pub
    python scripts/release_sign.py sign --secret-key KEY dist/
    python scripts/release_sign.py verify --public-key casevault-release.pub dist/

`sign` writes, in the folder of artifacts, `SHA256SUMS` (the format of `sha256sum -c` and
`shasum -a 256 -c`), `SHA256SUMS.minisig`, and one `<artifact>.minisig` beside each artifact.
The signatures are minisign's format (Ed25519 over the BLAKE2b-512 of the file, with a signed
"trusted comment"), so anyone verifies them with the stock `minisign -V` on Linux, macOS or
Windows, with the one-line public key published in SECURITY.md and docs/install.md. Signing
uses the project's own `cryptography`; no other tool is needed to make a release.

The secret key file is PKCS#8, encrypted with the passphrase from CASEVAULT_RELEASE_PASSPHRASE
(or asked for). It is a maintainer's file and never enters the repository.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SUMS = "SHA256SUMS"
SIGNATURE_SUFFIX = ".minisig"
_PUBLIC_KEY_ALGORITHM = b"Ed"
_PREHASHED_ALGORITHM = b"ED"  # minisign's default since 0.8: sign BLAKE2b-512 of the file
_CHUNK = 1 << 20


class ReleaseSignatureError(Exception):
    """A signature, a key or a checksum does not verify; `reason` says which and where."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ReleasePublicKey:
    """A minisign public key: an 8-byte key id and the Ed25519 public key."""

    key_id: bytes
    key: Ed25519PublicKey

    def to_text(self) -> str:
        """The two lines of a minisign `.pub` file."""
        raw = self.key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        blob = base64.b64encode(_PUBLIC_KEY_ALGORITHM + self.key_id + raw).decode()
        return f"untrusted comment: minisign public key {self.key_id[::-1].hex().upper()}\n{blob}\n"

    @classmethod
    def from_text(cls, text: str) -> ReleasePublicKey:
        """Read a `.pub` file, or just its base64 line. Raises ReleaseSignatureError."""
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if not lines:
            raise ReleaseSignatureError("empty public key")
        try:
            blob = base64.b64decode(lines[-1], validate=True)
        except ValueError as error:
            raise ReleaseSignatureError("public key is not base64") from error
        if len(blob) != 42 or blob[:2] != _PUBLIC_KEY_ALGORITHM:
            raise ReleaseSignatureError("not a minisign Ed25519 public key")
        return cls(blob[2:10], Ed25519PublicKey.from_public_bytes(blob[10:]))


@dataclass(frozen=True)
class ReleaseSecretKey:
    """The release signing key with its minisign key id."""

    key_id: bytes
    key: Ed25519PrivateKey

    @property
    def public(self) -> ReleasePublicKey:
        return ReleasePublicKey(self.key_id, self.key.public_key())

    @classmethod
    def generate(cls) -> ReleaseSecretKey:
        return cls(secrets.token_bytes(8), Ed25519PrivateKey.generate())

    def to_pem(self, passphrase: bytes) -> bytes:
        """PKCS#8, encrypted; the key id travels in a header line before the PEM block."""
        pem = self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        return b"casevault-release-key-id: " + self.key_id.hex().encode() + b"\n" + pem

    @classmethod
    def from_pem(cls, data: bytes, passphrase: bytes) -> ReleaseSecretKey:
        header, _, pem = data.partition(b"\n")
        if not header.startswith(b"casevault-release-key-id: "):
            raise ReleaseSignatureError("not a CaseVault release key file")
        try:
            key = serialization.load_pem_private_key(pem, passphrase)
        except ValueError as error:
            # A wrong passphrase usually fails the padding check, but about one time in 256
            # it decrypts to garbage that fails parsing instead: both mean the same thing here.
            raise ReleaseSignatureError(
                "wrong passphrase, or the release key file is damaged"
            ) from error
        if not isinstance(key, Ed25519PrivateKey):
            raise ReleaseSignatureError("the release key is not Ed25519")
        return cls(bytes.fromhex(header.split(b": ", 1)[1].decode()), key)


def _blake2b_of(path: Path) -> bytes:
    digest = hashlib.blake2b(digest_size=64)
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.digest()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sign_file(path: Path, secret: ReleaseSecretKey, trusted_comment: str) -> str:
    """The text of a minisign signature of `path` (write it to `<path>.minisig`)."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ReleaseSignatureError("the trusted comment must be one line")
    signature = secret.key.sign(_blake2b_of(path))
    global_signature = secret.key.sign(signature + trusted_comment.encode())
    return (
        f"untrusted comment: signature from the CaseVault release key\n"
        f"{base64.b64encode(_PREHASHED_ALGORITHM + secret.key_id + signature).decode()}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode()}\n"
    )


def verify_file(path: Path, signature_text: str, public: ReleasePublicKey) -> str:
    """Check a minisign signature of `path`; return its trusted comment.

    Raises ReleaseSignatureError if the signature is malformed, by another key, or does not
    match the file or its trusted comment."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise ReleaseSignatureError(f"{path.name}: malformed signature file")
    try:
        blob = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except ValueError as error:
        raise ReleaseSignatureError(f"{path.name}: signature is not base64") from error
    if len(blob) != 74 or blob[:2] != _PREHASHED_ALGORITHM:
        raise ReleaseSignatureError(f"{path.name}: not a prehashed Ed25519 minisign signature")
    if blob[2:10] != public.key_id:
        raise ReleaseSignatureError(f"{path.name}: signed by another key")
    signature = blob[10:]
    trusted_comment = lines[2][len("trusted comment: ") :]
    try:
        public.key.verify(signature, _blake2b_of(path))
    except InvalidSignature as error:
        raise ReleaseSignatureError(
            f"{path.name}: the file does not match its signature"
        ) from error
    try:
        public.key.verify(global_signature, signature + trusted_comment.encode())
    except InvalidSignature as error:
        raise ReleaseSignatureError(f"{path.name}: the trusted comment was altered") from error
    return trusted_comment


def artifacts_in(folder: Path) -> list[Path]:
    """The files to sum and sign: everything in `folder` but the sums and signatures."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.name != SUMS and not path.name.endswith(SIGNATURE_SUFFIX)
    )


def sign_release(folder: Path, secret: ReleaseSecretKey, version: str) -> list[Path]:
    """Write SHA256SUMS, its signature and one signature per artifact; return what was written."""
    artifacts = artifacts_in(folder)
    if not artifacts:
        raise ReleaseSignatureError(f"no artifacts in {folder}")
    sums = folder / SUMS
    sums.write_text("".join(f"{_sha256_of(path)}  {path.name}\n" for path in artifacts))
    written = [sums]
    for path in [*artifacts, sums]:
        comment = f"CaseVault {version} file:{path.name}"
        target = path.with_name(path.name + SIGNATURE_SUFFIX)
        target.write_text(sign_file(path, secret, comment))
        written.append(target)
    return written


def verify_release(folder: Path, public: ReleasePublicKey) -> list[str]:
    """Verify SHA256SUMS's signature, every sum, and every artifact's own signature.

    Returns the names verified; raises ReleaseSignatureError at the first failure. An artifact
    missing from SHA256SUMS, or a listed one missing from the folder, is a failure too."""
    sums = folder / SUMS
    comment = verify_file(sums, _read_signature(sums), public)
    if not comment.endswith(f"file:{SUMS}"):
        raise ReleaseSignatureError(f"{SUMS}: the signature is for another file ({comment})")
    listed: dict[str, str] = {}
    for line in sums.read_text().splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {path.name for path in artifacts_in(folder)}
    if set(listed) != present:
        raise ReleaseSignatureError(
            f"{SUMS} lists {sorted(listed)} but the folder holds {sorted(present)}"
        )
    for name, digest in listed.items():
        path = folder / name
        if _sha256_of(path) != digest:
            raise ReleaseSignatureError(f"{name}: SHA-256 does not match {SUMS}")
        comment = verify_file(path, _read_signature(path), public)
        if not comment.endswith(f"file:{name}"):
            raise ReleaseSignatureError(f"{name}: the signature is for another file ({comment})")
    return sorted(listed)


def _read_signature(path: Path) -> str:
    signature = path.with_name(path.name + SIGNATURE_SUFFIX)
    if not signature.is_file():
        raise ReleaseSignatureError(f"{path.name}: no signature ({signature.name} is missing)")
    return signature.read_text()


def _passphrase(confirm: bool) -> bytes:
    from_environment = os.environ.get("CASEVAULT_RELEASE_PASSPHRASE")
    if from_environment:
        return from_environment.encode()
    first = getpass.getpass("Release key passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise ReleaseSignatureError("the two passphrases differ")
    return first.encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    keygen = commands.add_parser("keygen", help="make a new release key pair")
    keygen.add_argument("--secret-key", type=Path, required=True)
    keygen.add_argument("--public-key", type=Path, required=True)
    sign = commands.add_parser("sign", help="write SHA256SUMS and signatures for a folder")
    sign.add_argument("--secret-key", type=Path, required=True)
    sign.add_argument("--version", required=True)
    sign.add_argument("folder", type=Path)
    verify = commands.add_parser("verify", help="check SHA256SUMS and every signature")
    verify.add_argument("--public-key", type=Path, required=True)
    verify.add_argument("folder", type=Path)
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "keygen":
            if arguments.secret_key.exists():
                raise ReleaseSignatureError(f"{arguments.secret_key} exists; not overwritten")
            secret = ReleaseSecretKey.generate()
            arguments.secret_key.touch(mode=0o600)
            arguments.secret_key.write_bytes(secret.to_pem(_passphrase(confirm=True)))
            arguments.public_key.write_text(secret.public.to_text())
            print(arguments.public_key.read_text(), end="")
        elif arguments.command == "sign":
            secret = ReleaseSecretKey.from_pem(
                arguments.secret_key.read_bytes(), _passphrase(confirm=False)
            )
            for path in sign_release(arguments.folder, secret, arguments.version):
                print(f"wrote {path}")
        else:
            public = ReleasePublicKey.from_text(arguments.public_key.read_text())
            for name in verify_release(arguments.folder, public):
                print(f"OK {name}")
    except (ReleaseSignatureError, ValueError, OSError) as error:
        print(f"release_sign: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
